import { runCaseListBench } from './case-list-bench.ts';
import { runEngineBench } from './engine-bench.ts';
import { runHttpHostileBench } from './http-hostile-bench.ts';
import { runProgramsBench } from './programs-bench.ts';
import { runQuestionsBench } from './questions-bench.ts';
import { runRulesBench } from './rules-bench.ts';
import { runWebBench } from './web-bench.ts';

/** Each bench module exports one function; add yours to this list. */
const benches: Array<[string, () => Promise<unknown>]> = [
  ['rules', runRulesBench],
  ['programs', runProgramsBench],
  // Issue 11's engine rows (batch, scalar, one household, CLI); `--quick` uses fewer households.
  ['engine', runEngineBench],
  ['web', runWebBench],
  ['questions', runQuestionsBench],
  ['http-hostile', runHttpHostileBench],
  // Issue 9: the case list with filters over 100,000 cases on PGlite and PostgreSQL; `--quick` seeds 20,000.
  ['case-list', runCaseListBench],
];

for (const [name, run] of benches) {
  console.log(`\n== ${name} ==`);
  await run();
}
