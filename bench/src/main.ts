import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { runCaseListBench } from './case-list-bench.ts';
import { runCliBench } from './cli-bench.ts';
import { runEngineBench } from './engine-bench.ts';
import { runHttpBench } from './http-bench.ts';
import { runHttpHostileBench } from './http-hostile-bench.ts';
import { runOutreachSummaryBench } from './outreach-summary-bench.ts';
import { runProgramsBench } from './programs-bench.ts';
import { runQuestionsBench } from './questions-bench.ts';
import { runRulesBench } from './rules-bench.ts';
import { runSqlBench } from './sql-bench.ts';
import { runWebBench } from './web-bench.ts';

/** Each bench module exports one function; add yours to this list. */
const benches: Array<[string, () => Promise<unknown>]> = [
  ['rules', runRulesBench],
  ['programs', runProgramsBench],
  // Issue 11's engine rows (batch, scalar, one household, CLI); `--quick` uses fewer households.
  ['engine', runEngineBench],
  // Issues 11/12: the compiled SQL inside PostgreSQL and PGlite, JS batch as the peer; `--quick` uses 100,000 households.
  ['sql', runSqlBench],
  // Issues 11/12: a 1,000,000-row CSV list through `jibsa screen-many` to a results CSV; `--quick` uses 100,000.
  ['cli', runCliBench],
  ['web', runWebBench],
  ['questions', runQuestionsBench],
  // Issue 11's HTTP rows: POST /api/screen lean vs the previous full answer at concurrency 10 and 50.
  ['http', runHttpBench],
  ['http-hostile', runHttpHostileBench],
  // Issue 9: the case list with filters over 100,000 cases on PGlite and PostgreSQL; `--quick` seeds 20,000.
  ['case-list', runCaseListBench],
  // A finished 발굴 screening's comparison with the list's earlier one, against the previous SQL; `--quick` 20,000 rows.
  ['outreach', runOutreachSummaryBench],
];

// `--only engine,sql` runs just the named sections (for working on one of them).
const onlyArg = process.argv.find((a) => a.startsWith('--only'));
const onlyValue = onlyArg?.includes('=')
  ? onlyArg.split('=')[1]
  : onlyArg && process.argv[process.argv.indexOf(onlyArg) + 1];
const only = onlyValue ? new Set(onlyValue.split(',')) : undefined;
const unknown = only ? [...only].filter((n) => !benches.some(([name]) => name === n)) : [];
if (unknown.length > 0) {
  console.error(`unknown bench section: ${unknown.join(', ')} (known: ${benches.map(([n]) => n).join(', ')})`);
  process.exit(2);
}

const figures: Record<string, number> = {};
for (const [name, run] of benches) {
  if (only && !only.has(name)) continue;
  console.log(`\n== ${name} ==`);
  const out = await run();
  // A bench that returns named figures (the engine's issue-11 keys) has them written by --json.
  if (out && typeof out === 'object')
    for (const [k, x] of Object.entries(out)) if (typeof x === 'number') figures[k] = x;
}
if (process.argv.includes('--json')) {
  const file = fileURLToPath(new URL('../results.json', import.meta.url));
  fs.writeFileSync(file, `${JSON.stringify({ loadAverage: os.loadavg(), ...figures }, null, 2)}\n`);
  console.log(`\nfigures written to ${file}`);
}
