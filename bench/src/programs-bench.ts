import { catalog, screenHousehold } from '@jibsa/programs';
import type { Household, Program } from '@jibsa/rules';
import { compileBatch, toColumns } from '@jibsa/rules/batch';
import { makeDemoHousehold } from '../../packages/server/src/seed/demo-households.ts';
import { seededRandom } from '../../packages/server/src/seed/random.ts';

const DATE = '2026-03-01';
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * The real Korean programs, not the engine's sample: one household against the whole catalog with
 * trace (what the self-check and the counselor do), and the batch path over fictional demo households.
 */
export async function runProgramsBench(): Promise<void> {
  const rand = seededRandom(2026);
  const households = Array.from({ length: 2000 }, () => makeDemoHousehold(rand).household);
  const programs = catalog.flatMap((e) => (e.program ? [e.program] : []));

  for (let i = 0; i < 200; i++) screenHousehold(households[i % households.length], { date: DATE });
  const times: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const t0 = performance.now();
    screenHousehold(households[i % households.length], { date: DATE });
    times.push(performance.now() - t0);
  }
  console.log(`(d) one household × all ${programs.length} programs, with trace (screenHousehold)`);
  console.log(`    median ${fmt(median(times) * 1000, 1)} µs per household (target < 1,000 µs)`);

  const N = 100_000;
  const many = Array.from({ length: N }, (_, i) => households[i % households.length]) as Household[];
  const schema = (programs[0] as Program).schema;
  const cols = toColumns(schema, many);
  let evaluations = 0;
  const t0 = performance.now();
  for (const program of programs) {
    try {
      compileBatch(program, { date: DATE }).run(cols);
      evaluations += N;
    } catch (error) {
      console.log(`    batch skipped ${program.id}: ${(error as Error).message}`);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(`(e) batch, ${fmt(N)} demo households × ${programs.length} programs (compile included)`);
  console.log(`    ${fmt(evaluations / seconds)} household-program evaluations/s on one core`);
}

if (import.meta.url === `file://${process.argv[1]}`) await runProgramsBench();
