/**
 * Issue 11/12's SQL rows: 주거급여 (임차급여) screened inside PostgreSQL and inside PGlite by the
 * compiled SQL, over the same fictional households the engine bench uses, with the JS batch path
 * on the same rows as the named peer, measured in the same run. Figures:
 *  - PostgreSQL: `INSERT INTO results SELECT …` of the compiled query (what `jibsa screen-sql`
 *    does), rows/s; the households are loaded by COPY-free SQL replication of 4,000 distinct
 *    demo households (row i is demo household i mod 4,000, exactly as the JS side sees them);
 *  - PGlite, on a data directory in the OS temp dir (made beforehand): load by `COPY … FROM STDIN
 *    WITH (FORMAT binary, FREEZE)` sent as wire-protocol messages (execProtocol) with the binary
 *    rows written straight from the households into them (householdsCopyIn), 50,000 at a time,
 *    into unkeyed UNLOGGED tables made in the same transaction (a list loaded to be screened: no
 *    WAL; CHECKs tested as COPY goes), then the keys added once (rows/s of writing the rows, COPY
 *    and keys together, as wall and as process CPU time, and the process's peak RSS while
 *    loading), then the same query;
 * The results table is UNLOGGED on both (rebuilt by screening again, so its rows need no WAL).
 * Each answer is checked against the batch path (status and amount per household).
 * `--quick` uses 100,000 households (printed).  node --import tsx bench/src/sql-bench.ts [--quick]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { PGlite } from '@electric-sql/pglite';
import { checkHousehold, findProgram, householdSchema } from '@jibsa/programs';
import type { Household, Program } from '@jibsa/rules';
import { compileBatch, statusName, toColumns } from '@jibsa/rules/batch';
import { bulkRows, compileSql, constraintsSql, createTablesSql, householdsCopyIn } from '@jibsa/rules/sql';
import type pg from 'pg';
import { type Query, screenInDatabase } from '../../cli/src/screen-sql/screen-in-database.ts';
import { insertByUnnest } from '../../packages/rules/test/fixtures/unnest-load.ts';
import { makeDemoHousehold } from '../../packages/server/src/seed/demo-households.ts';
import { seededRandom } from '../../packages/server/src/seed/random.ts';
import { completeDemo } from './complete-demo.ts';
import { type BenchDb, openBenchDb } from './pg-bench-db.ts';

const DATE = '2026-03-01';
const QUICK = process.argv.includes('--quick');
const N = QUICK ? 100_000 : 1_000_000;
const DISTINCT = 4000;
const SLICE = Number(process.env.JIBSA_BENCH_SLICE ?? 50_000);
const ADMIN_URL = process.env.JIBSA_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });
const mib = (b: number) => b / 1024 / 1024;

/**
 * Full GCs without `--expose-gc` on the command line (bench only); twice, a task apart, as a
 * closed PGlite's heap was only partly freed by one.
 */
async function collectGarbage(): Promise<void> {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  gc();
  await new Promise((r) => setTimeout(r, 0));
  gc();
}

function demoHouseholds(): Household[] {
  const rand = seededRandom(2026);
  const carAge = seededRandom(10);
  return Array.from({ length: DISTINCT }, () => {
    const c = checkHousehold(completeDemo(makeDemoHousehold(rand).household, carAge), DATE);
    if (!c.ok) throw new Error('a demo household does not validate');
    return c.value;
  });
}

type Answer = { status: string; amount: number | null };

/** The JS batch path on the same N rows: the peer, and the reference every SQL answer must equal. */
function batchPeer(program: Program, base: readonly Household[]) {
  const hs = Array.from({ length: N }, (_, i) => base[i % base.length] as Household);
  const cols = toColumns(householdSchema, hs);
  const batch = compileBatch(program, { date: DATE });
  batch.run(cols);
  const t0 = performance.now();
  const res = batch.run(cols);
  const ms = performance.now() - t0;
  const answers: Answer[] = base.map((_, i) => {
    const a = res.amount[i] as number;
    return { status: statusName(res.status[i] as number), amount: Number.isNaN(a) ? null : a };
  });
  return { perSec: N / (ms / 1000), answers };
}

/** Counts rows of the results table that differ from the batch answer of their household. */
async function mismatches(
  q: (s: string) => Promise<{ rows: Record<string, unknown>[] }>,
  answers: Answer[],
  table = 'results',
) {
  const { rows } = await q(
    `SELECT (household_id - 1) % 4000 AS k, status, amount, count(*)::bigint AS n FROM ${table} GROUP BY 1, 2, 3`,
  );
  let bad = 0;
  let total = 0;
  for (const r of rows) {
    const want = answers[Number(r.k)] as Answer;
    total += Number(r.n);
    if (want.status !== r.status || want.amount !== (r.amount === null ? null : Number(r.amount))) bad += Number(r.n);
  }
  return { bad, total };
}

async function postgres(program: Program, base: readonly Household[], answers: Answer[]) {
  // No statement of the bench may run longer than this (the 1M load takes well under it).
  const db = await openBenchDb(ADMIN_URL, QUICK ? 120_000 : 600_000);
  if (!db) return null;
  const c = db.client();
  try {
    await c.connect();
    await c.query(createTablesSql(householdSchema, { households: 'base_households', members: 'base_members' }));
    await insertByUnnest((sql, params) => c.query(sql, params), householdSchema, base, {
      households: 'base_households',
      members: 'base_members',
    });
    // The column names only (from the schema: an empty batch still has them).
    const rows = bulkRows(householdSchema, []);
    // The FK is checked once for the whole table after loading, not per row.
    const [hh, mm] = createTablesSql(householdSchema).split(';\n') as [string, string];
    await c.query(hh);
    await c.query(mm.replace(/ REFERENCES "households" \("id"\) ON DELETE CASCADE/, ''));
    const hcols = rows.households.columns.filter((x) => x !== 'id').map((x) => `b."${x}"`);
    const mcols = rows.members.columns.filter((x) => x !== 'household_id').map((x) => `b."${x}"`);
    const reps = Math.ceil(N / DISTINCT);
    const t0 = performance.now();
    await c.query(
      `INSERT INTO households SELECT g * ${DISTINCT} + b."id", ${hcols.join(', ')} FROM base_households b, generate_series(0, ${reps - 1}) g WHERE g * ${DISTINCT} + b."id" <= ${N}`,
    );
    await c.query(
      `INSERT INTO members SELECT g * ${DISTINCT} + b."household_id", ${mcols.join(', ')} FROM base_members b, generate_series(0, ${reps - 1}) g WHERE g * ${DISTINCT} + b."household_id" <= ${N}`,
    );
    await c.query('ALTER TABLE members ADD FOREIGN KEY ("household_id") REFERENCES households ("id")');
    await c.query('VACUUM ANALYZE households');
    await c.query('VACUUM ANALYZE members');
    const loadMs = performance.now() - t0;
    const sql = compileSql(program, { date: DATE });
    await c.query('CREATE UNLOGGED TABLE results (household_id bigint, status text, amount double precision)');
    const t1 = performance.now();
    await c.query(`INSERT INTO results SELECT r."household_id", r."status", r."amount" FROM (${sql.rows}) AS r`);
    const ms = performance.now() - t1;
    const check = await mismatches((s) => c.query(s), answers);
    const floors = await postgresFloors((s) => c.query(s));
    const jobs = await screenSqlJobs(c, db, program, answers);
    return { perSec: N / (ms / 1000), ms, loadMs, ...check, ...floors, jobs };
  } finally {
    await c.end().catch(() => undefined);
    await db.drop();
  }
}

/**
 * What PostgreSQL does with the same tables in the same run when the rule is nearly nothing: the
 * speed limits of the goal's shape on this machine, so the compiled query's figure can be read
 * against them. `write`: N result rows written from the households alone (no rule, no members);
 * `oneSum`: the least a member rule costs, one plain sum per household (GROUP BY, joined back),
 * written the same way. `INSERT … SELECT` runs serially on PostgreSQL (no parallel workers).
 */
async function postgresFloors(q: (s: string) => Promise<unknown>) {
  const timedInsert = async (select: string) => {
    await q('TRUNCATE results');
    const t0 = performance.now();
    await q(`INSERT INTO results ${select}`);
    return N / ((performance.now() - t0) / 1000);
  };
  const write = await timedInsert(`SELECT h."id", 'eligible', h."deposit" FROM households h`);
  const oneSum = await timedInsert(
    `SELECT h."id", CASE WHEN a.s < 1000000 THEN 'eligible' ELSE 'ineligible' END, a.s FROM households h LEFT JOIN (SELECT m."household_id", sum(m."earned_income") AS s FROM members m GROUP BY m."household_id") a ON a."household_id" = h."id"`,
  );
  return { floorWrite: write, floorOneSum: oneSum };
}

/**
 * `jibsa screen-sql`'s own path (screenInDatabase: a logged results table, its key built at the
 * end) on one connection and on two (`--jobs 2`, each connection an id range), alternating, two
 * rounds each, the faster of each kept. The last two-connection table is checked.
 */
async function screenSqlJobs(c: pg.Client, db: BenchDb, program: Program, answers: Answer[]) {
  const q: Query = (s, params) => c.query(s, params);
  const open = async () => {
    const k = db.client();
    await k.connect();
    return { q: ((s, params) => k.query(s, params)) as Query, close: () => k.end() };
  };
  const best = new Map<number, number>();
  for (let round = 0; round < 2; round++)
    for (const jobs of [1, 2]) {
      const opts = { date: DATE, households: 'households', members: 'members', into: 'screened', replace: true };
      const out = await screenInDatabase(q, { ...opts, programs: [program.id], jobs }, open);
      if (!out.ok) throw new Error(out.problem.en);
      best.set(jobs, Math.min(best.get(jobs) ?? Number.POSITIVE_INFINITY, out.ms));
    }
  const check = await mismatches((s) => c.query(s), answers, 'screened');
  return { one: N / ((best.get(1) as number) / 1000), two: N / ((best.get(2) as number) / 1000), ...check };
}

async function pglite(program: Program, base: readonly Household[], answers: Answer[]) {
  // A data directory, as `jibsa screen-sql --pglite DIR` uses: PGlite's in-memory file system
  // keeps every table inside the process (1.8 GiB at 1M) and COPY appends to it slowly.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-sql-bench-'));
  // The directory is made (initdb) by an instance of its own, as a user's database exists before
  // a list is loaded into it: initdb grows PGlite's WASM heap to ~850 MiB of RSS, which never
  // shrinks while that instance lives; an instance opening the existing directory starts at ~350.
  // The closed instance's heap is freed only when the GC runs, so it is collected here, else the
  // peak RSS below would depend on the GC's timing (536–852 MiB over six runs without it).
  await (await PGlite.create(dir)).close();
  await collectGarbage();
  const db = new PGlite(dir);
  try {
    // Keys and foreign key come after the load, in one pass each (counted in the load). The
    // tables are made in the transaction that copies into them, so COPY may FREEZE the rows.
    await db.exec('BEGIN');
    await db.exec(createTablesSql(householdSchema, {}, { keys: false, unlogged: true }));
    const before = process.memoryUsage().rss;
    let peak = before;
    const sample = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 50);
    // Rows made and copied a slice at a time, so memory stays bounded as N grows. The clock runs
    // over the whole load: the bytes are written from the households inside it. CPU time too, as
    // the wall time on a shared machine moves with other work.
    let loadMs = 0;
    let loadCpuMs = 0;
    const clock = () => {
      const c = process.cpuUsage();
      return { wall: performance.now(), cpu: (c.user + c.system) / 1000 };
    };
    const tick = (t0: { wall: number; cpu: number }) => {
      const t1 = clock();
      loadMs += t1.wall - t0.wall;
      loadCpuMs += t1.cpu - t0.cpu;
    };
    // Each slice's messages are written over the last one's buffers, sent by then.
    let copy: ReturnType<typeof householdsCopyIn> | undefined;
    for (let a = 0; a < N; a += SLICE) {
      const hs = Array.from({ length: Math.min(SLICE, N - a) }, (_, k) => base[(a + k) % base.length] as Household);
      const t0 = clock();
      copy = householdsCopyIn(householdSchema, hs, { firstId: a + 1, freeze: true, into: copy });
      await db.execProtocol(copy.households);
      await db.execProtocol(copy.members);
      tick(t0);
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    const t0 = clock();
    await db.exec('COMMIT');
    await db.exec(constraintsSql());
    tick(t0);
    clearInterval(sample);
    await db.exec('ANALYZE households; ANALYZE members;');
    const sql = compileSql(program, { date: DATE });
    await db.exec('CREATE UNLOGGED TABLE results (household_id bigint, status text, amount double precision)');
    const t1 = performance.now();
    await db.exec(`INSERT INTO results SELECT r."household_id", r."status", r."amount" FROM (${sql.rows}) AS r`);
    const ms = performance.now() - t1;
    const check = await mismatches((s) => db.query(s), answers);
    return {
      perSec: N / (ms / 1000),
      ms,
      loadPerSec: N / (loadMs / 1000),
      loadCpuPerSec: N / (loadCpuMs / 1000),
      peakRssMiB: mib(peak),
      ...check,
    };
  } finally {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function runSqlBench(): Promise<Record<string, number>> {
  const program = findProgram('housing-benefit.rent')?.program as Program;
  const base = demoHouseholds();
  const peer = batchPeer(program, base);
  const load = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');
  console.log(
    `주거급여 (임차급여) screened by the compiled SQL, ${fmt(N)} households${QUICK ? ' (--quick: not 1M)' : ''} (load average ${load}):`,
  );
  console.log(`  peer: JS batch path, same rows      ${fmt(peer.perSec).padStart(12)} households/s`);
  const out: Record<string, number> = { sqlBenchHouseholds: N, sqlPeerBatchPerSec: peer.perSec };
  const p = await postgres(program, base, peer.answers);
  if (p) {
    out.postgresRowsPerSec = p.perSec;
    console.log(
      `  PostgreSQL, INSERT … SELECT       ${fmt(p.perSec).padStart(12)} rows/s   (${fmt(p.ms / 1000, 2)} s; goal ≥ 1,000,000/s; batch ×${fmt(peer.perSec / p.perSec, 1)}; ${fmt(p.total - p.bad)} of ${fmt(p.total)} agree with the batch path)`,
    );
    out.postgresFloorWriteRowsPerSec = p.floorWrite;
    out.postgresFloorOneSumRowsPerSec = p.floorOneSum;
    console.log(
      `    limit: the same INSERT with no rule    ${fmt(p.floorWrite).padStart(12)} rows/s   (the goal's ×${fmt(p.floorWrite / 1_000_000, 2)})`,
    );
    console.log(
      `    limit: one member sum per household    ${fmt(p.floorOneSum).padStart(12)} rows/s   (the goal's ×${fmt(p.floorOneSum / 1_000_000, 2)}; the compiled rule runs at ${fmt((100 * p.perSec) / p.floorOneSum)} % of it)`,
    );
    out.postgresScreenSqlRowsPerSec = p.jobs.one;
    out.postgresScreenSqlJobs2RowsPerSec = p.jobs.two;
    console.log(
      `  jibsa screen-sql (logged table + key), --jobs 2 ${fmt(p.jobs.two).padStart(9)} rows/s   (peer: --jobs 1 ${fmt(p.jobs.one)} rows/s, ×${fmt(p.jobs.two / p.jobs.one, 2)}; ${fmt(p.jobs.total - p.jobs.bad)} of ${fmt(p.jobs.total)} agree with the batch path)`,
    );
  }
  const l = await pglite(program, base, peer.answers);
  out.pgliteRowsPerSec = l.perSec;
  out.pgliteLoadRowsPerSec = l.loadPerSec;
  out.pgliteLoadCpuRowsPerSec = l.loadCpuPerSec;
  out.pgliteLoadPeakRssMiB = l.peakRssMiB;
  console.log(
    `  PGlite, INSERT … SELECT           ${fmt(l.perSec).padStart(12)} rows/s   (${fmt(l.ms / 1000, 2)} s; ${fmt(l.total - l.bad)} of ${fmt(l.total)} agree with the batch path)`,
  );
  console.log(
    `  PGlite load, binary COPY + keys    ${fmt(l.loadPerSec).padStart(12)} households/s (goal ≥ 200,000/s; ${fmt(l.loadCpuPerSec)}/s of process CPU time); peak RSS ${fmt(l.peakRssMiB)} MiB (goal ≤ 1,024)`,
  );
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await runSqlBench();
  if (process.argv.includes('--json')) console.log(JSON.stringify(r));
}
