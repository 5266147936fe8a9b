import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { csvBytes } from '@jibsa/lists/test-files';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, requirePostgres } from '../support/postgres.ts';
import { type SpawnedServer, spawnServer } from '../support/spawn-server.ts';
import { copyPgliteTemplate } from '../support/templates.ts';
import { type ListHeader, mappingFor } from './list-mapping.ts';

const postgres = await requirePostgres();

const ROWS = 8000;
const HEADERS: ListHeader[] = [
  '성명',
  '구',
  '생년월일',
  '점유형태',
  '주거유형',
  '보증금',
  '월세',
  '월소득',
  '금융재산',
  '주택소유',
  '가구원수',
];
const MAPPING = mappingFor(HEADERS);
const GU = ['동구', '서구', '남구', '북구', '광산구'];

/** Fictional households, made by code. */
function list(): Buffer {
  const rows: string[][] = [HEADERS];
  for (let i = 0; i < ROWS; i++) {
    rows.push([
      `가상${i}`,
      GU[i % 5] as string,
      `19${40 + (i % 50)}.${(i % 12) + 1}.1`,
      '월세',
      '쪽방',
      '300만',
      '25만원',
      `${(i % 7) * 30}만원`,
      '50만',
      '아니오',
      '1',
    ]);
  }
  return csvBytes(rows, 'cp949');
}

async function login(url: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'jibsa-demo' }),
  });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

const jobState = async (url: string, auth: { cookie: string }, jobId: string) =>
  (await (await fetch(`${url}/api/outreach/jobs/${jobId}`, { headers: { cookie: auth.cookie } })).json()) as {
    state: string;
    rowsDone: number;
  };

async function startJob(url: string, auth: Record<string, string>): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([list()]), '명단.csv');
  const up = await fetch(`${url}/api/outreach/lists`, { method: 'POST', headers: auth, body: form });
  expect(up.status).toBe(201);
  const listId = ((await up.json()) as { id: string }).id;
  const started = await fetch(`${url}/api/outreach/lists/${listId}/jobs`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ mapping: MAPPING, date: '2026-06-01' }),
  });
  expect(started.status).toBe(202);
  return ((await started.json()) as { id: string }).id;
}

describe('outreach job survives kill -9 of the built server (PGlite)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-kill-'));
  let server: SpawnedServer | undefined;
  afterAll(async () => {
    if (server?.child.exitCode === null) server.child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a job killed mid-way resumes on restart and every row ends screened exactly once', async () => {
    await copyPgliteTemplate('seeded', dir);
    server = await spawnServer({ JIBSA_DATA_DIR: dir });
    let auth = await login(server.url);
    const jobId = await startJob(server.url, auth);
    // Kill as soon as the first blocks are committed: the process gets no chance to hand the job back.
    let before = await jobState(server.url, auth, jobId);
    while (before.rowsDone < 1000) {
      await new Promise((r) => setTimeout(r, 20));
      before = await jobState(server.url, auth, jobId);
    }
    const gone = new Promise((r) => server?.child.once('exit', r));
    server.child.kill('SIGKILL');
    await gone;
    expect(before.state).toBe('running');
    expect(before.rowsDone).toBeLessThan(ROWS);

    server = await spawnServer({ JIBSA_DATA_DIR: dir });
    auth = await login(server.url);
    let after = await jobState(server.url, auth, jobId);
    for (let i = 0; i < 600 && after.state !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 200));
      after = await jobState(server.url, auth, jobId);
    }
    expect(after).toMatchObject({ state: 'done', rowsDone: ROWS });
    expect(await server.stop()).toBe(0);

    const { PGlite } = await import('@electric-sql/pglite');
    const db = new PGlite(dir);
    const counted = await db.query<{ n: number; distinct: number; first: number; last: number }>(
      `select count(*)::int as n, count(distinct row_number)::int as distinct, min(row_number) as first, max(row_number) as last
       from outreach_result where job_id = $1`,
      [jobId],
    );
    // A what-if run the stopped server still held, as a server killed while counting leaves it
    // (lease ten minutes on): the next start lets go of it and counts it at once.
    const held = await db.query<{ id: string }>(
      `insert into outreach_whatif_run (job_id, requested_by, overrides, state, rows_total, worker, lease_until)
       select $1, id, $2, 'running', $3, 'killed:1:gone', now() + interval '10 minutes'
       from staff_user where username = 'admin' returning id`,
      [jobId, JSON.stringify([{ parameter: 'housing-benefit.selection-rate', value: 0.5 }]), ROWS],
    );
    await db.close();
    expect(counted.rows[0]).toEqual({ n: ROWS, distinct: ROWS, first: 2, last: ROWS + 1 });

    server = await spawnServer({ JIBSA_DATA_DIR: dir });
    auth = await login(server.url);
    const runUrl = `${server.url}/api/outreach/what-if/runs/${held.rows[0]?.id}`;
    let run = { state: 'running', rowsDone: 0 };
    for (let i = 0; i < 150 && run.state !== 'done' && run.state !== 'failed'; i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, 200));
      run = (await (await fetch(runUrl, { headers: { cookie: auth.cookie } })).json()) as typeof run;
    }
    expect(run).toMatchObject({ state: 'done', rowsDone: ROWS });
    expect(await server.stop()).toBe(0);
  }, 240_000);
});

describe.runIf(postgres)('two built servers on one PostgreSQL share the outreach queue', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-two-'));
  const servers: SpawnedServer[] = [];
  let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  afterAll(async () => {
    // A child killed by a signal keeps exitCode null: only a live one is asked to stop.
    for (const s of servers) if (s.child.exitCode === null && s.child.signalCode === null) await s.stop();
    await database?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('one of them takes the job; killed (-9) mid-way, the other finishes it once its lease runs out; each row once', async () => {
    database = await createTestDatabase('two', { from: 'seeded' });
    // One shared folder stands for the shared disk the uploaded file sits on. The second starts
    // after the first has migrated the database.
    // A short lease: the survivor takes the job over 8 s after the kill instead of the default 30 s.
    const env = { DATABASE_URL: database.url, JIBSA_DATA_DIR: dir, JIBSA_OUTREACH_LEASE_SECONDS: '8' };
    servers.push(await spawnServer(env));
    servers.push(await spawnServer(env));
    const [a, b] = servers as [SpawnedServer, SpawnedServer];
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      const auth = await login(a.url);
      const jobId = await startJob(a.url, auth);
      let before = await jobState(a.url, auth, jobId);
      while (before.rowsDone < 1000) {
        await new Promise((r) => setTimeout(r, 20));
        before = await jobState(a.url, auth, jobId);
      }
      const { rows } = await db.query<{ worker: string }>('select worker from outreach_job where id = $1', [jobId]);
      const holderPid = Number(rows[0]?.worker.split(':')[1]);
      const [holder, other] = holderPid === a.child.pid ? [a, b] : [b, a];
      expect(holder.child.pid).toBe(holderPid);
      const gone = new Promise((r) => holder.child.once('exit', r));
      holder.child.kill('SIGKILL');
      await gone;
      expect(before.state).toBe('running');
      expect(before.rowsDone).toBeLessThan(ROWS);

      // The same session works on either server: sessions live in the database.
      let after = await jobState(other.url, auth, jobId);
      for (let i = 0; i < 600 && after.state !== 'done'; i++) {
        await new Promise((r) => setTimeout(r, 200));
        after = await jobState(other.url, auth, jobId);
      }
      expect(after).toMatchObject({ state: 'done', rowsDone: ROWS });
      const counted = await db.query<{ n: number; distinct: number; first: number; last: number }>(
        `select count(*)::int as n, count(distinct row_number)::int as distinct, min(row_number) as first, max(row_number) as last
         from outreach_result where job_id = $1`,
        [jobId],
      );
      expect(counted.rows[0]).toEqual({ n: ROWS, distinct: ROWS, first: 2, last: ROWS + 1 });
    } finally {
      await db.end();
    }
  }, 240_000);
});
