/**
 * The counselor's case list over 100,000 fictional cases (issue #9): each filter the list offers
 * (status, 구, program, overdue tasks, waiting referrals, name / 초성 / phone / number search, the
 * next page), p50 and p95 per filter on embedded PGlite and on PostgreSQL (a fresh database of its
 * own, when one answers). Target: p95 < 50 ms. Peer, measured side by side (rounds alternate, so
 * both see the same machine): the query shape before migration 0012 (./case-list-previous.ts).
 * A first page is timed with the count of matching cases the route sends with it (capped at 1,000).
 * `SELECT 1` is timed alongside as the floor: how much of a p95 is the machine, not the query.
 * `--quick` seeds 20,000 cases and runs fewer rounds.
 *   node --import tsx bench/src/case-list-bench.ts [--quick]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import type { RecordScope } from '../../packages/server/src/access/scope.ts';
import { type CaseListFilter, caseListQuery, countCases, listCases } from '../../packages/server/src/cases/queries.ts';
import { connectDatabase, type DatabaseHandle } from '../../packages/server/src/db/connect.ts';
import { migrateToLatest } from '../../packages/server/src/db/migrate.ts';
import { decodeCursor } from '../../packages/server/src/http/cursor.ts';
// The server's Fastify declarations (request.server.db …), which its modules imported here rely on.
import type {} from '../../packages/server/src/platform/context.ts';
import { seedBulkCases } from '../../packages/server/src/seed/bulk-cases.ts';
import { previousCaseListQuery } from './case-list-previous.ts';
import { openBenchDb } from './pg-bench-db.ts';

const QUICK = process.argv.includes('--quick');
const CASES = QUICK ? 20_000 : 100_000;
const ROUNDS = QUICK ? 20 : 60;
const WARM = 3;
const TARGET_P95_MS = 50;
const POSTGRES_ADMIN_URL = process.env.JIBSA_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

type Db = DatabaseHandle['db'];
type Filter = Partial<CaseListFilter>;

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

const today = new Date().toISOString().slice(0, 10);
const ALL: RecordScope = { all: true };
const DONG: RecordScope = { all: false, district: 'dong' };
// The second page needs the first page's cursor: filled in per database before timing.
const SECOND_PAGE: Filter = {};
const SCENARIOS: [string, RecordScope, Filter][] = [
  ['전체, 첫 쪽 (all, first page)', ALL, {}],
  ['전체, 둘째 쪽 (all, next page)', ALL, SECOND_PAGE],
  ['구 상담사: 동구 (district scope)', DONG, {}],
  ['상태 = 상담 (status)', ALL, { status: 'counseling' }],
  ['구 + 상태 (district + status)', ALL, { district: 'nam', status: 'planning' }],
  ['제도 (program)', ALL, { program: 'youth-rent' }],
  ['구 + 제도 (district + program)', DONG, { program: 'emergency-housing' }],
  ['기한 지난 할 일 (overdue tasks)', DONG, { overdue: true }],
  ['연계 회신 대기 (referral waiting)', DONG, { referral: 'waiting' }],
  ['연계 기한 지남 (referral overdue)', ALL, { referral: 'overdue' }],
  ['대기 + 할 일 (waiting + overdue)', DONG, { referral: 'waiting', overdue: true }],
  ['이름 찾기 (name)', ALL, { q: '박지호' }],
  ['띄어 쓴 이름 (spaced name)', ALL, { q: '박 지 호' }],
  ['이름 두 글자 (given name)', DONG, { q: '지호' }],
  ['초성 찾기 (initials)', ALL, { q: 'ㅂㅈㅎ' }],
  ['전화 찾기 (phone)', ALL, { q: '0101234' }],
  ['사례번호 (case number)', ALL, { q: 'C-2026-0000' }],
];

interface Row {
  name: string;
  ours: number[];
  peer: number[];
  rows: number;
  peerRows: number;
}

async function time(run: () => Promise<unknown>) {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

async function measure(label: string, db: Db) {
  const started = performance.now();
  await seedBulkCases(db, CASES);
  console.log(
    `${label}: seeded ${CASES.toLocaleString('en')} cases in ${((performance.now() - started) / 1000).toFixed(1)} s; load average ${load()}`,
  );
  const first = await listCases(db, ALL, { today, limit: 50 });
  SECOND_PAGE.after = decodeCursor(first.nextCursor ?? undefined);
  const floor: number[] = [];
  const results: Row[] = [];
  for (const [name, scope, filter] of SCENARIOS) {
    const f: CaseListFilter = { today, limit: 50, ...filter };
    const row: Row = { name, ours: [], peer: [], rows: 0, peerRows: 0 };
    for (let i = 0; i < ROUNDS + WARM; i++) {
      // Alternate which goes first, so neither always runs on the warmer cache.
      // As the route answers: a first page comes with its (capped) count of matching cases.
      const ours = async () => {
        if (!f.after) await countCases(db, scope, f);
        row.rows = (await listCases(db, scope, f)).page.length;
      };
      const peer = () =>
        previousCaseListQuery(db, scope, f)
          .execute()
          .then((r) => (row.peerRows = Math.min(50, r.length)));
      let a: number;
      let b: number;
      if (i % 2) {
        a = await time(ours);
        b = await time(peer);
      } else {
        b = await time(peer);
        a = await time(ours);
      }
      const one = await time(() => sql`select 1`.execute(db));
      if (i < WARM) continue; // the first rounds warm caches and plans
      row.ours.push(a);
      row.peer.push(b);
      floor.push(one);
    }
    if (row.rows !== row.peerRows) throw new Error(`${name}: ${row.rows} rows, the previous query ${row.peerRows}`);
    results.push(row);
  }
  let worst = 0;
  const pad = (n: number) => n.toFixed(1).padStart(6);
  console.log(`  ${''.padEnd(36)}     this query       | previous shape (peer) | p95 ratio`);
  for (const r of results) {
    const ours = [...r.ours].sort((a, b) => a - b);
    const peer = [...r.peer].sort((a, b) => a - b);
    const p95 = percentile(ours, 95);
    worst = Math.max(worst, p95);
    console.log(
      `  ${r.name.padEnd(34)} p50 ${pad(percentile(ours, 50))} p95 ${pad(p95)} | p50 ${pad(percentile(peer, 50))} p95 ${pad(percentile(peer, 95))} | ${(percentile(peer, 95) / p95).toFixed(1).padStart(5)}× (${r.rows} rows)`,
    );
  }
  floor.sort((a, b) => a - b);
  console.log(
    `  SELECT 1 (the floor, same rounds)  p50 ${pad(percentile(floor, 50))} p95 ${pad(percentile(floor, 95))}; load average ${load()}`,
  );
  console.log(
    `  ${label} worst p95 ${worst.toFixed(1)} ms vs target ${TARGET_P95_MS} ms: ${worst < TARGET_P95_MS ? 'met' : 'MISSED'} (ms; ${ROUNDS} rounds a filter, 50 rows a page)`,
  );
  if (process.env.JIBSA_BENCH_EXPLAIN) await explainAll(db);
}

/** JIBSA_BENCH_EXPLAIN=1 prints each filter's plan (EXPLAIN ANALYZE), for tuning. */
async function explainAll(db: Db) {
  for (const [name, scope, filter] of SCENARIOS) {
    const c = caseListQuery(db, scope, { today, limit: 50, ...filter }).compile();
    const inline = c.sql.replace(/\$(\d+)/g, (_, n) => `'${String(c.parameters[Number(n) - 1]).replace(/'/g, "''")}'`);
    const { rows } = await sql.raw<{ 'QUERY PLAN': string }>(`explain (analyze, costs off) ${inline}`).execute(db);
    console.log(`\n-- ${name}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
  }
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

/** No bench statement may outlive the bench: each session carries a timeout (seeding included). */
const STATEMENT_TIMEOUT_MS = 600_000;

async function onPostgres() {
  // The run's own database, whose backends are cancelled and the database dropped on any exit.
  const bench = await openBenchDb(POSTGRES_ADMIN_URL, STATEMENT_TIMEOUT_MS);
  if (!bench) return;
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${bench.name}`;
  url.searchParams.set('application_name', bench.name);
  url.searchParams.set(
    'options',
    `-c statement_timeout=${STATEMENT_TIMEOUT_MS} -c client_connection_check_interval=1000`,
  );
  const handle = await connectDatabase({ databaseUrl: url.toString(), dataDir: os.tmpdir() });
  try {
    await migrateToLatest(handle.db as never);
    await measure('PostgreSQL', handle.db);
  } finally {
    await handle.db.destroy();
    await bench.drop();
  }
}

export async function runCaseListBench() {
  console.log(
    `case list: ${CASES.toLocaleString('en')} fictional cases, ${ROUNDS} rounds per filter, 50 rows a page; ${os.cpus().length} CPUs`,
  );
  await onPglite();
  await onPostgres();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runCaseListBench();
