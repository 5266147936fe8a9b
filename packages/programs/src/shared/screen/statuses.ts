import { decide, type Household, ParameterLookupError, type ValidationError } from '@jibsa/rules';
import { type CatalogEntry, catalog } from '../catalog/registry.ts';
import { checkHousehold } from '../household/prepare.ts';
import { type ProgramScreening, startsAfter } from './screen.ts';

/** What a screening says of one program without its reasons: the fields `screenHousehold` gives alike. */
export type ProgramStatus = Pick<ProgramScreening, 'id' | 'name' | 'status' | 'amount' | 'missing'>;

export type StatusesOutcome =
  | { readonly ok: true; readonly date: string; readonly programs: readonly ProgramStatus[] }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

/**
 * `screenHousehold` for callers that read only each program's status, amount and missing inputs
 * (matching cases to a notice, a consultation's summary): the same household check and the same
 * answers, decided by the generated code without wording a reason or listing a figure, about a
 * tenth of the work. `programs` narrows the catalog (a notice names one to three programs).
 * screen-statuses.test.ts holds it equal to screenHousehold on every program.
 */
export function screenStatuses(
  input: unknown,
  opts: { date: string; programs?: readonly CatalogEntry[] },
): StatusesOutcome {
  const checked = checkHousehold(input, opts.date);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const programs: ProgramStatus[] = [];
  for (const entry of opts.programs ?? catalog) {
    if (entry.program) programs.push(statusOne(entry, checked.value, opts.date));
  }
  return { ok: true, date: opts.date, programs };
}

function statusOne(entry: CatalogEntry, household: Household, date: string): ProgramStatus {
  const program = entry.program as NonNullable<CatalogEntry['program']>;
  const { id } = entry;
  const { name } = entry.metadata;
  // As screenHousehold: a date before the program began is a plain "no", a figure not encoded for
  // the date leaves it unknown with nothing to ask. (Each result is written out whole: spreading a
  // shared part into it made the whole call four times slower on Node 20.)
  if (startsAfter(program, date) !== undefined) return { id, name, status: 'ineligible', amount: null, missing: [] };
  try {
    const d = decide(program, household, { date });
    return { id, name, status: d.status, amount: d.amount, missing: d.missing };
  } catch (error) {
    if (!(error instanceof ParameterLookupError)) throw error;
    return { id, name, status: 'unknown', amount: null, missing: [] };
  }
}
