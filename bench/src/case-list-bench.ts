/**
 * The counselor's case list over 100,000 fictional cases (issue #9): each filter the list offers
 * (status, 구, program, overdue tasks, name / 초성 / phone / number search), run many times, p50
 * and p95 per filter on embedded PGlite and on PostgreSQL (a fresh database of its own, when one
 * answers). Target: p95 < 50 ms. `--quick` seeds 20,000 cases and runs fewer rounds.
 *   node --import tsx bench/src/case-list-bench.ts [--quick]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import type { RecordScope } from '../../packages/server/src/access/scope.ts';
import { type CaseListFilter, listCases } from '../../packages/server/src/cases/queries.ts';
import { connectDatabase, type DatabaseHandle } from '../../packages/server/src/db/connect.ts';
import { migrateToLatest } from '../../packages/server/src/db/migrate.ts';
// The server's Fastify declarations (request.server.db …), which its modules imported here rely on.
import type {} from '../../packages/server/src/platform/context.ts';
import { seedBulkCases } from '../../packages/server/src/seed/bulk-cases.ts';

const QUICK = process.argv.includes('--quick');
const CASES = QUICK ? 20_000 : 100_000;
const ROUNDS = QUICK ? 20 : 60;
const TARGET_P95_MS = 50;
const POSTGRES_ADMIN_URL = process.env.JIBSA_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const today = new Date().toISOString().slice(0, 10);
const ALL: RecordScope = { all: true };
const DONG: RecordScope = { all: false, district: 'dong' };
const SCENARIOS: [string, RecordScope, Partial<CaseListFilter>][] = [
  ['전체, 첫 쪽 (all, first page)', ALL, {}],
  ['구 상담사: 동구 (district scope)', DONG, {}],
  ['상태 = 상담 (status)', ALL, { status: 'counseling' }],
  ['구 + 상태 (district + status)', ALL, { district: 'nam', status: 'planning' }],
  ['제도 (program)', ALL, { program: 'youth-rent' }],
  ['기한 지난 할 일 (overdue tasks)', DONG, { overdue: true }],
  ['이름 찾기 (name)', ALL, { q: '박지호' }],
  ['초성 찾기 (initials)', ALL, { q: 'ㅂㅈㅎ' }],
  ['전화 찾기 (phone)', ALL, { q: '0101234' }],
  ['사례번호 (case number)', ALL, { q: 'C-2026-0000' }],
];

async function measure(label: string, db: DatabaseHandle['db']) {
  const started = performance.now();
  await seedBulkCases(db, CASES);
  console.log(
    `${label}: seeded ${CASES.toLocaleString('en')} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  let worst = 0;
  for (const [name, scope, filter] of SCENARIOS) {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < ROUNDS + 3; i++) {
      const t0 = performance.now();
      const { page } = await listCases(db, scope, { today, limit: 50, ...filter });
      const ms = performance.now() - t0;
      if (i >= 3) times.push(ms); // the first rounds warm caches and plans
      rows = page.length;
    }
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 95);
    worst = Math.max(worst, p95);
    console.log(
      `  ${name.padEnd(34)} p50 ${percentile(times, 50).toFixed(1).padStart(7)} ms  p95 ${p95.toFixed(1).padStart(7)} ms  (${rows} rows)`,
    );
  }
  console.log(
    `  ${label} worst p95 ${worst.toFixed(1)} ms vs target ${TARGET_P95_MS} ms: ${worst < TARGET_P95_MS ? 'met' : 'MISSED'}`,
  );
}

async function onPglite() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-bench-cases-'));
  const handle = await connectDatabase({ dataDir });
  try {
    await migrateToLatest(handle.db as never);
    await measure('PGlite', handle.db);
  } finally {
    await handle.db.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function onPostgres() {
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    console.log(`PostgreSQL: skipped, not reachable at ${POSTGRES_ADMIN_URL} (${(error as Error).message})`);
    return;
  }
  const name = `jibsa_bench_${process.pid}`;
  await admin.query(`create database ${name}`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  const handle = await connectDatabase({ databaseUrl: url.toString(), dataDir: os.tmpdir() });
  try {
    await migrateToLatest(handle.db as never);
    await measure('PostgreSQL', handle.db);
  } finally {
    await handle.db.destroy();
    await admin.query(`drop database if exists ${name}`);
    await admin.end();
  }
}

export async function runCaseListBench() {
  console.log(`case list: ${CASES.toLocaleString('en')} fictional cases, ${ROUNDS} rounds per filter, 50 rows a page`);
  await onPglite();
  await onPostgres();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runCaseListBench();
