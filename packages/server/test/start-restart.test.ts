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
async function startTwice(env: Record<string, string>, countHouseholds: () => Promise<number>) {
  const first = await spawnServer(env);
  expect(first.output()).toContain('demo data loaded now');
  expect(first.output()).toContain('counselor.gwangsan');
  const ready = await fetch(`${first.url}/readyz`);
  expect(ready.status).toBe(200);
  expect(((await ready.json()) as { migrations: string }).migrations).toBe('current');
  expect(await login(first.url)).toBe(200);
  expect(await first.stop()).toBe(0);
  expect(await countHouseholds()).toBe(DEMO_HOUSEHOLDS);

  const second = await spawnServer(env);
  expect(second.output()).not.toContain('demo data loaded now');
  expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
  expect(await login(second.url)).toBe(200);
  expect(await second.stop()).toBe(0);
  expect(await countHouseholds()).toBe(DEMO_HOUSEHOLDS);
}

describe('built server on a fresh PGlite folder', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-start-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('migrates, seeds, answers /readyz, restarts without re-seeding', async () => {
    await startTwice({ JIBSA_DATA_DIR: dir }, async () => {
      const { PGlite } = await import('@electric-sql/pglite');
      const db = new PGlite(dir);
      const r = await db.query<{ n: number }>('select count(*)::int as n from household');
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
      await startTwice({ DATABASE_URL: url }, async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        const r = await client.query('select count(*)::int as n from household');
        await client.end();
        return r.rows[0].n;
      });
    },
    120_000,
  );
});
