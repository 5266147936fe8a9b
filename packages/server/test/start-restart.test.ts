import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_HOUSEHOLDS } from '../src/seed/demo-seed.ts';
import { createTestDatabase, requirePostgres } from './support/postgres.ts';
import { spawnServer } from './support/spawn-server.ts';

async function login(url: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'jibsa-demo' }),
  });
  return res.status;
}

/** Start, check, stop, start again: migrations and demo data happen once, data survives. */
async function startTwice(env: Record<string, string>, count: (table: string) => Promise<number>) {
  const first = await spawnServer(env);
  expect(first.output()).toContain('demo data loaded now');
  expect(first.output()).toContain('counselor.gwangsan');
  const ready = await fetch(`${first.url}/readyz`);
  expect(ready.status).toBe(200);
  expect(((await ready.json()) as { migrations: string }).migrations).toBe('current');
  expect(await login(first.url)).toBe(200);
  const created = await fetch(`${first.url}/api/consultations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: '테스트',
      phone: '010-0000-0000',
      consent: { contact: true, household: false, result: false },
    }),
  });
  expect(created.status).toBe(201);
  expect(await first.stop()).toBe(0);
  expect(await count('household')).toBe(DEMO_HOUSEHOLDS);

  const second = await spawnServer(env);
  expect(second.output()).not.toContain('demo data loaded now');
  expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
  expect(await login(second.url)).toBe(200);
  expect(await second.stop()).toBe(0);
  expect(await count('household')).toBe(DEMO_HOUSEHOLDS);
  expect(await count('staff_user')).toBeGreaterThan(5);
  expect(await count('consultation_request')).toBe(1);
}

describe('built server on a fresh PGlite folder', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-start-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('migrates, seeds, answers /readyz, restarts without re-seeding', async () => {
    await startTwice({ JIBSA_DATA_DIR: dir }, async (table) => {
      const { PGlite } = await import('@electric-sql/pglite');
      const db = new PGlite(dir);
      const r = await db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
      await db.close();
      return r.rows[0]?.n ?? -1;
    });
  }, 120_000);
});

describe('built server on PostgreSQL', async () => {
  const run = await requirePostgres();
  const database = run ? await createTestDatabase('start') : undefined;
  afterAll(async () => database?.drop());

  it.runIf(run)(
    'migrates, seeds, answers /readyz, restarts without re-seeding',
    async () => {
      const url = database?.url ?? '';
      await startTwice({ DATABASE_URL: url }, async (table) => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        const r = await client.query(`select count(*)::int as n from ${table}`);
        await client.end();
        return r.rows[0].n;
      });
    },
    120_000,
  );
});
