import { runProgramsBench } from './programs-bench.ts';
import { runRulesBench } from './rules-bench.ts';

/** Each bench module exports one function; add yours to this list. */
const benches: Array<[string, () => Promise<void>]> = [
  ['rules', runRulesBench],
  ['programs', runProgramsBench],
];

for (const [name, run] of benches) {
  console.log(`\n== ${name} ==`);
  await run();
}
