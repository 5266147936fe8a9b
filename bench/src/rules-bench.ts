import { decide, decideWithReasons, type Household } from '@jibsa/rules';
import { compileBatch, toColumns } from '@jibsa/rules/batch';
import { rentBenefit, schema } from '../../packages/rules/test/fixtures/sample.ts';
import { makeHouseholds } from './rules-data.ts';
import { jreDecide, makeJreEngine } from './rules-jre.ts';

const DATE = '2025-03-01';

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

/** Median over rounds of the per-call time in ms. */
function perCall(rounds: number, calls: number, fn: (i: number) => unknown): number {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) fn(i);
    times.push((performance.now() - t0) / calls);
  }
  return median(times);
}

export async function runRulesBench(): Promise<void> {
  const one = makeHouseholds(1, { seed: 7 })[0] as Household;

  // (a) One household, full explanation (sentences, values, cited parameters).
  perCall(3, 2000, () => decideWithReasons(rentBenefit, one, { date: DATE }));
  const explainMs = perCall(31, 500, () => decideWithReasons(rentBenefit, one, { date: DATE }));
  const decideMs = perCall(31, 2000, () => decide(rentBenefit, one, { date: DATE }));
  console.log('(a) one household, sample program');
  console.log(`    decideWithReasons     median ${fmt(explainMs * 1000, 1)} µs/evaluation (target < 1,000 µs)`);
  console.log(`    decide (no text)      median ${fmt(decideMs * 1000, 1)} µs/evaluation`);

  // (b) Columnar batch on one core.
  const N = 200_000;
  const many = makeHouseholds(N, { unknownRate: 0.05, seed: 1 });
  const t0 = performance.now();
  const cols = toColumns(schema, many);
  const toColsMs = performance.now() - t0;
  const batch = compileBatch(rentBenefit, { date: DATE });
  batch.run(cols);
  const batchRuns: number[] = [];
  for (let r = 0; r < 7; r++) {
    const s = performance.now();
    batch.run(cols);
    batchRuns.push(performance.now() - s);
  }
  const batchPerSec = N / (median(batchRuns) / 1000);
  console.log(`(b) batch, ${fmt(N)} households (5% unknown inputs), one core`);
  console.log(
    `    ${fmt(batchPerSec)} household-evaluations/s (target ≥ 1,000,000/s); toColumns ${fmt(toColsMs)} ms once`,
  );

  // (c) Same rules, same complete households: ours vs json-rules-engine, answers checked.
  const M = 20_000;
  const hs = makeHouseholds(M, { seed: 99 });
  const engine = makeJreEngine(DATE);
  const jre: Array<number | null> = [];
  for (let i = 0; i < 500; i++) await jreDecide(engine, hs[i] as Household); // warm-up
  const j0 = performance.now();
  for (const h of hs) jre.push(await jreDecide(engine, h));
  const jreMs = performance.now() - j0;

  const decisions = hs.map((h) => decide(rentBenefit, h, { date: DATE }));
  const ours = decisions.map((d) => d.status);
  const oursMs = perCall(5, M, (i) => decide(rentBenefit, hs[i] as Household, { date: DATE })) * M;
  const explainAllMs = perCall(3, M, (i) => decideWithReasons(rentBenefit, hs[i] as Household, { date: DATE })) * M;
  const hsCols = toColumns(schema, hs);
  const batchRes = batch.run(hsCols);
  const batchMs = perCall(7, 1, () => batch.run(hsCols));

  let mismatches = 0;
  for (let i = 0; i < M; i++) {
    const amount = decisions[i]?.amount ?? null;
    const batchAmount = Number.isNaN(batchRes.amount[i]) ? null : batchRes.amount[i];
    const mine = ours[i] === 'eligible';
    if (ours[i] === 'unknown' || (jre[i] !== null) !== mine || (batchRes.status[i] === 1) !== mine) mismatches++;
    else if (jre[i] !== amount || batchAmount !== amount) mismatches++;
  }
  const eligible = ours.filter((s) => s === 'eligible').length;
  if (mismatches) throw new Error(`json-rules-engine and @jibsa/rules disagree on ${mismatches} of ${M} households`);

  const rate = (ms: number) => M / (ms / 1000);
  console.log(
    `(c) vs json-rules-engine, ${fmt(M)} complete households (${fmt(eligible)} eligible): status and amount identical`,
  );
  console.log(`    json-rules-engine        ${fmt(rate(jreMs)).padStart(12)} /s`);
  console.log(
    `    @jibsa/rules decide      ${fmt(rate(oursMs)).padStart(12)} /s   ×${fmt(jreMs / oursMs, 1)} (target ≥ 20×)`,
  );
  console.log(
    `    @jibsa/rules decideWithReasons ${fmt(rate(explainAllMs)).padStart(12)} /s   ×${fmt(jreMs / explainAllMs, 1)} (with sentences & citations)`,
  );
  console.log(`    @jibsa/rules batch       ${fmt(rate(batchMs)).padStart(12)} /s   ×${fmt(jreMs / batchMs, 1)}`);
}
