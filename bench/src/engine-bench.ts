import os from 'node:os';
import { catalog, findProgram, screenHousehold, screenStatuses } from '@jibsa/programs';
import { BatchScreener } from '@jibsa/programs/batch';
import { decide, type Household, type Program } from '@jibsa/rules';
import {
  ColumnsBuffer,
  compileBatch,
  compileCatalogBatch,
  decideCompiled,
  schemaReadBy,
  toColumns,
} from '@jibsa/rules/batch';
import { compileColumnar } from '../../packages/rules/src/eval-batch/run.ts';
import { decideInterpreted } from '../../packages/rules/src/eval-scalar/decide.ts';
import { housingHandLoop } from './housing-hand-loop.ts';
import { preparedHouseholds } from './prepared-households.ts';
import { screenHouseholdInOwnProcess } from './screen-household-process.ts';

const DATE = '2026-03-01';
const QUICK = process.argv.includes('--quick');
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const loadAverage = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');

/** Median wall time in ms of each function over `rounds` rounds, the functions taking turns (one warm-up each). */
function interleaved(rounds: number, fs: ReadonlyArray<() => void>): number[] {
  for (const f of fs) f();
  const ts = fs.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    fs.forEach((f, k) => {
      const t0 = performance.now();
      f();
      ts[k]?.push(performance.now() - t0);
    });
  }
  return ts.map(median);
}

/** Median wall time in ms of `rounds` runs after one warm-up. */
function timed(rounds: number, f: () => void): number {
  f();
  const ts: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    f();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

/**
 * The engine rows of issue 11 (batch, scalar, one household), measured in this run on the
 * real 2026 programs. `--quick` uses fewer households (printed beside each figure).
 */
export async function runEngineBench(): Promise<Record<string, number>> {
  const results: Record<string, number> = {};
  const N = QUICK ? 200_000 : 1_000_000;
  const hs = preparedHouseholds(N, DATE);
  const housing = findProgram('housing-benefit.rent')?.program as Program;
  const schema = housing.schema;

  const t0 = performance.now();
  const cols = toColumns(schema, hs);
  const colsMs = performance.now() - t0;
  const batch = compileBatch(housing, { date: DATE });
  const columnar = compileColumnar(housing, { date: DATE });
  const hand = housingHandLoop(housing, DATE);
  const handStatus = new Int8Array(N);
  const handAmount = new Float64Array(N);
  // Rounds interleaved so that load from other processes falls on all three alike.
  const [kernelMs, handMs, columnarMs] = interleaved(QUICK ? 3 : 5, [
    () => batch.run(cols),
    () => hand(cols, handStatus, handAmount),
    () => columnar.run(cols),
  ]) as [number, number, number];
  results.batchHousingPerSec = N / (kernelMs / 1000);
  results.handLoopPerSec = N / (handMs / 1000);
  results.columnKernelsHousingPerSec = N / (columnarMs / 1000);
  const res = batch.run(cols);
  let agree = 0;
  for (let i = 0; i < N; i++) {
    const a = res.amount[i] as number;
    const b = handAmount[i] as number;
    if (res.status[i] === handStatus[i] && (a === b || (Number.isNaN(a) && Number.isNaN(b)))) agree++;
  }
  console.log(`batch 주거급여, ${fmt(N)} demo households, kernel only (load average ${loadAverage()}):`);
  console.log(`  compiled fused loop             ${fmt(results.batchHousingPerSec).padStart(12)} households/s`);
  console.log(
    `  peer: hand loop, typed arrays   ${fmt(results.handLoopPerSec).padStart(12)} households/s   kernel at ${fmt((100 * handMs) / kernelMs)} % of it; answers agree on ${fmt(agree)} of ${fmt(N)}`,
  );
  console.log(
    `  peer: column kernels (lane-exact interpreter, the batch path before the fused loop) ${fmt(results.columnKernelsHousingPerSec)} households/s   kernel ×${fmt(columnarMs / kernelMs, 1)}`,
  );
  // A list as lists come: some answers missing. Every tenth household here lacks its other property,
  // so its 소득인정액 is unknown and the bounds decide it (a shortcut's fallback, computed only for those).
  const partialCols = toColumns(
    schema,
    hs.map((h, i) => (i % 10 === 0 ? ({ ...h, otherProperty: undefined } as Household) : h)),
  );
  const partialMs = timed(QUICK ? 3 : 5, () => batch.run(partialCols));
  results.batchHousingPartialPerSec = N / (partialMs / 1000);
  console.log(
    `  the same loop, every tenth household missing its other property (decided by the bounds) ${fmt(results.batchHousingPartialPerSec)} households/s`,
  );
  // Building columns as a batch of one program builds them for a list: the fields it reads
  // (schemaReadBy), block after block (the outreach worker's 1,000 households) into one reused
  // buffer, the generated fill warm. Interleaved with it: every field of the household (what a
  // catalog batch needs, and what this row built before), and fresh arrays per block. The first,
  // cold call (generating and optimising the fill, the whole list at once, every field) beside it.
  const BLOCK = 1000;
  const blocks = Array.from({ length: Math.ceil(N / BLOCK) }, (_, b) => hs.slice(b * BLOCK, (b + 1) * BLOCK));
  const read = schemaReadBy([housing]);
  const buffer = new ColumnsBuffer();
  const allBuffer = new ColumnsBuffer();
  const [colsWarmMs, colsAllMs, colsFreshMs] = interleaved(QUICK ? 3 : 5, [
    () => {
      for (const b of blocks) toColumns(read, b, buffer);
    },
    () => {
      for (const b of blocks) toColumns(schema, b, allBuffer);
    },
    () => {
      for (const b of blocks) toColumns(read, b);
    },
  ]) as [number, number, number];
  results.toColumnsPerSec = N / (colsWarmMs / 1000);
  results.toColumnsAllFieldsPerSec = N / (colsAllMs / 1000);
  results.toColumnsFreshPerSec = N / (colsFreshMs / 1000);
  results.batchHousingWithColumnsPerSec = N / ((kernelMs + colsWarmMs) / 1000);
  results.batchHousingWithAllFieldsPerSec = N / ((kernelMs + colsAllMs) / 1000);
  results.batchHousingWithFreshColumnsPerSec = N / ((kernelMs + colsFreshMs) / 1000);
  results.batchHousingWithColumnsColdPerSec = N / ((kernelMs + colsMs) / 1000);
  const fields = (x: typeof schema) => Object.keys(x.household).length + Object.keys(x.member).length;
  console.log(
    `  incl. building columns from objects, the ${fields(read)} fields it reads, ${fmt(BLOCK)} households a block, buffers reused as the batch screener reuses them: ${fmt(results.batchHousingWithColumnsPerSec)} households/s (goal ≥ 5,000,000/s; columns alone ${fmt(results.toColumnsPerSec)}/s)`,
  );
  console.log(
    `    peer: all ${fields(schema)} fields of the household, in the same rounds: ${fmt(results.batchHousingWithAllFieldsPerSec)} households/s (columns alone ${fmt(results.toColumnsAllFieldsPerSec)}/s)   fields read ×${fmt(colsAllMs / colsWarmMs, 2)} on the columns`,
  );
  console.log(
    `    fresh arrays each block: ${fmt(results.batchHousingWithFreshColumnsPerSec)} households/s (columns alone ${fmt(results.toColumnsFreshPerSec)}/s); the first, cold call, whole list, all fields, ${fmt(N / (colsMs / 1000))}/s, with the kernel ${fmt(results.batchHousingWithColumnsColdPerSec)}/s`,
  );

  const programs = catalog.flatMap((e) => (e.program ? [e.program] : []));
  const whole = compileCatalogBatch(programs, { date: DATE });
  const compiled = programs.map((p) => compileBatch(p, { date: DATE }));
  // Three warm-ups: 22 generated loops each need a few runs before the JIT has them all optimised.
  for (let r = 0; r < 2; r++) {
    whole.run(cols, { reuse: true });
    for (const b of compiled) b.run(cols);
  }
  // As screen-many runs it: result arrays reused from block to block; fresh ones as a peer.
  const [catalogMs, freshMs, perProgramMs] = interleaved(QUICK ? 3 : 5, [
    () => whole.run(cols, { reuse: true }),
    () => whole.run(cols),
    () => {
      for (const b of compiled) b.run(cols);
    },
  ]) as [number, number, number];
  results.batchCatalogHouseholdsPerSec = N / (catalogMs / 1000);
  results.batchCatalogFreshArraysHouseholdsPerSec = N / (freshMs / 1000);
  results.batchCatalogPerProgramHouseholdsPerSec = N / (perProgramMs / 1000);
  console.log(
    `batch, all ${programs.length} programs compiled together: ${fmt(results.batchCatalogHouseholdsPerSec)} households/s (each against every program, result arrays reused; load average ${loadAverage()})`,
  );
  console.log(
    `  the same, new result arrays each run       ${fmt(results.batchCatalogFreshArraysHouseholdsPerSec)} households/s`,
  );
  console.log(
    `  peer: each program's own fused loop, one after another ${fmt(results.batchCatalogPerProgramHouseholdsPerSec)} households/s   together ×${fmt(perProgramMs / catalogMs, 1)}`,
  );

  const M = 50_000;
  // `decide` runs code generated per program and date first (eval-scalar/compile.ts); the peers are
  // the fused batch loop over one-row columns (decideCompiled) and the interpreter alone.
  const [decideMs, fusedMs, interpretMs] = interleaved(3, [
    () => {
      for (let i = 0; i < M; i++) decide(housing, hs[i] as Household, { date: DATE });
    },
    () => {
      for (let i = 0; i < M; i++) decideCompiled(housing, hs[i] as Household, { date: DATE });
    },
    () => {
      for (let i = 0; i < M; i++) decideInterpreted(housing, hs[i] as Household, { date: DATE });
    },
  ]) as [number, number, number];
  results.scalarDecidePerSec = M / (decideMs / 1000);
  results.scalarFusedPerSec = M / (fusedMs / 1000);
  results.scalarInterpretPerSec = M / (interpretMs / 1000);
  console.log(
    `scalar decide 주거급여, untraced, generated code (load average ${loadAverage()}): ${fmt(results.scalarDecidePerSec)} /s`,
  );
  console.log(
    `  peer: one-row fused batch loop (decideCompiled) ${fmt(results.scalarFusedPerSec)} /s   generated ×${fmt(fusedMs / decideMs, 1)}`,
  );
  console.log(
    `  peer: the interpreter alone     ${fmt(results.scalarInterpretPerSec)} /s   generated ×${fmt(interpretMs / decideMs, 1)}`,
  );

  const K = 2000;
  const screenMs = timed(3, () => {
    for (let i = 0; i < K; i++) screenHousehold(hs[i], { date: DATE });
  });
  const own = screenHouseholdInOwnProcess(DATE);
  results.screenHouseholdMicros = own.micros;
  results.screenHouseholdHereMicros = (screenMs / K) * 1000;
  console.log(
    `screenHousehold, one household × all programs with reasons: ${fmt(results.screenHouseholdMicros, 1)} µs (a process of its own, median of 7 rounds: ${own.rounds.map((r) => fmt(r, 0)).join(' ')}; in this process after the batch work ${fmt(results.screenHouseholdHereMicros, 1)} µs)`,
  );
  // Callers that read statuses only (matching cases to a notice, a consultation's summary): the
  // same answers without reasons, all programs and the one program a notice names.
  const rental = catalog.filter((e) => e.id === 'public-rental.national');
  const [statusesMs, oneMs] = interleaved(3, [
    () => {
      for (let i = 0; i < K; i++) screenStatuses(hs[i], { date: DATE });
    },
    () => {
      for (let i = 0; i < K; i++) screenStatuses(hs[i], { date: DATE, programs: rental });
    },
  ]) as [number, number];
  results.screenStatusesMicros = (statusesMs / K) * 1000;
  results.screenStatusesOneProgramMicros = (oneMs / K) * 1000;
  console.log(
    `  peer: statuses only (screenStatuses), all programs ${fmt(results.screenStatusesMicros, 1)} µs (×${fmt(screenMs / statusesMs, 1)}); one program, as a notice's match ${fmt(results.screenStatusesOneProgramMicros, 1)} µs`,
  );

  // A 발굴 job screens a list with each unknown program's missing inputs (BatchScreener, `missing`).
  // Lists lack answers: here every household's earned incomes and assets are left out, so most
  // programs are unknown and each names what it lacks (the interpreter's work, per program).
  const listLike = hs.slice(0, 1000).map((h) => {
    const { financialAssets: _f, otherProperty: _o, debts: _d, ...rest } = h as Record<string, unknown>;
    const members = (h.members ?? []).map((m) => {
      const { earnedIncome: _e, ...r } = m as Record<string, unknown>;
      return r;
    });
    return { ...rest, members };
  });
  const screener = new BatchScreener(DATE);
  const [listMissingMs, listStatusMs] = interleaved(3, [
    () => screener.screen(listLike, { missing: true }),
    () => screener.screen(listLike),
  ]) as [number, number];
  results.batchScreenerMissingMicros = (listMissingMs / listLike.length) * 1000;
  console.log(
    `batch screener as a 발굴 job runs it, households lacking incomes and assets, with each unknown program's missing inputs: ${fmt(results.batchScreenerMissingMicros, 1)} µs a household (statuses alone ${fmt((listStatusMs / listLike.length) * 1000, 1)} µs)`,
  );

  // The CLI row (cli1mSeconds, cli1mPeakRssMiB) is bench/src/cli-bench.ts: a CSV list through the CLI.
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await runEngineBench();
  if (process.argv.includes('--json')) console.log(JSON.stringify(results));
}
