import { type CellRead, type Ctx, type EvalOptions, makeCtx, type ParamUse, type Val } from '../eval-scalar/context.ts';
import { type CriterionOutcome, type Decision, decideIn, inputLabel, notInForce } from '../eval-scalar/decide.ts';
import type {} from '../expr/nodes.ts';
import type { Citation, Evidence, Unit } from '../parameters/types.ts';
import { inForceOn } from '../program/in-force.ts';
import type { Program } from '../program/types.ts';
import type { Label } from '../schema/fields.ts';
import type { Household } from '../schema/schema.ts';
import { endOf, factsOf, inputIn } from './facts.ts';
import { fillFigures, labelForSentence } from './figures.ts';
import { formatValue } from './format.ts';
import { reasonFor } from './sentences.ts';
import { worded, wordedFigures } from './worded.ts';

export interface ParameterUse {
  readonly id: string;
  readonly label: Label;
  readonly value: number;
  readonly unit: Unit;
  /** Table keys used, outermost first; empty for a scalar. */
  readonly keys: readonly string[];
  /** First day of the period in force, and its last day when known. */
  readonly from: string;
  readonly to?: string;
  readonly citation: Citation;
  readonly evidence: Evidence;
  readonly note?: string;
}

/** An input or variable value the decision read, already formatted for display. */
export interface ValueUse {
  readonly kind: 'input' | 'variable';
  /** Input path ("members[0].age") or variable id. */
  readonly ref: string;
  readonly label: Label;
  readonly value: Val;
  readonly text: Label;
}

/**
 * A criterion with its reason, and `figures`: the ids of the parameters under the parts of the rule
 * its reason words (explain/worded.ts), e.g. only the age limit when an age exemption met it.
 */
export type ReasonedCriterion = CriterionOutcome & { readonly sentence: Label; readonly figures: readonly string[] };

export interface DecisionWithReasons extends Decision {
  readonly label: Label;
  readonly date: string;
  readonly amountUnit: Unit | null;
  readonly criteria: readonly ReasonedCriterion[];
  readonly parameters: readonly ParameterUse[];
  /** Empty when evaluated with `{ values: false }`. */
  readonly values: readonly ValueUse[];
  readonly summary: Label;
}

/**
 * Decide and explain one program for one household as of `opts.date`. Written with plain loops
 * and per-program lookups (facts.ts) because screening runs it for every catalog program on
 * every request; the steps and their order are unchanged, since wording a criterion may read
 * inputs and parameters the decision skipped and the trace lists them in reading order.
 */
export function decideWithReasons(program: Program, household: Household, opts: EvalOptions): DecisionWithReasons {
  if (!inForceOn(program, opts.date)) return notInForceResult(program, opts.date);
  const ctx = makeCtx(program, household, opts, true);
  const d = decideIn(ctx);
  const defs = program.criteria;
  const dated = labelsOn(program, ctx.date);
  const criteria: ReasonedCriterion[] = [];
  for (let i = 0; i < d.criteria.length; i++) {
    const c = d.criteria[i] as CriterionOutcome;
    const lists: (readonly string[])[] = [];
    worded.lists = lists;
    let sentence: Label;
    try {
      // Figures named in labels ({p:id}) are filled in as of the date, in the label and the sentence.
      sentence = reasonFor(ctx, dated.forSentence[i] as Label, defs[i]?.expr as never, c.outcome);
    } finally {
      worded.lists = null;
    }
    const figures = wordedFigures(lists);
    criteria.push({ id: c.id, label: dated.filled[i] as Label, outcome: c.outcome, sentence, figures });
  }
  const trace = ctx.trace as NonNullable<typeof ctx.trace>;
  const read = trace.params;
  const parameters: ParameterUse[] = new Array(read.length);
  for (let i = 0; i < read.length; i++) parameters[i] = parameterUse(read[i] as CellRead);
  const values: ValueUse[] = trace.inputs === null ? [] : valueUses(ctx, trace.inputs);
  const amountUnit = program.amount?.unit ?? null;
  // Same keys in the same order as `{ ...d, label, date, ... }` (criteria keeps d's position).
  return {
    id: d.id,
    status: d.status,
    amount: d.amount,
    criteria,
    missing: d.missing,
    label: program.label,
    date: opts.date,
    amountUnit,
    parameters,
    values,
    summary: summarize(program, dated, d, amountUnit, criteria, opts.date),
  };
}

/**
 * A program's labels filled in as of one date (fillFigures, labelForSentence), kept per program for
 * the last date asked, as the figures themselves are (figures.ts): every result on that date words
 * the same criteria, name and amount, and each was searched for a '{' twice per result before.
 * `d.criteria[i].label` is the program's criterion `i`'s own label (decideIn), hence by index.
 */
interface Labels {
  readonly date: string;
  readonly forSentence: readonly Label[];
  readonly filled: readonly Label[];
  readonly name: Label;
  readonly amount: Label | null;
}

const labelsBy = new WeakMap<Program, Labels>();

function labelsOn(program: Program, date: string): Labels {
  let x = labelsBy.get(program);
  if (x === undefined || x.date !== date) {
    const cs = program.criteria;
    x = {
      date,
      forSentence: cs.map((c) => labelForSentence(c.label, program, date)),
      filled: cs.map((c) => fillFigures(c.label, program, date)),
      name: fillFigures(program.label, program, date),
      amount: program.amount ? fillFigures(program.amount.label, program, date) : null,
    };
    labelsBy.set(program, x);
  }
  return x;
}

function notInForceResult(program: Program, date: string): DecisionWithReasons {
  const d = notInForce(program);
  const f = program.inForce ?? {};
  const sentence: Label =
    f.from !== undefined && date < f.from
      ? {
          ko: `이 제도는 ${f.from}에 시작되어 그 전에는 없었습니다.`,
          en: `This program began on ${f.from}; it did not exist before.`,
        }
      : { ko: `이 제도는 ${f.until}까지만 시행되었습니다.`, en: `This program ended on ${f.until}.` };
  return {
    ...d,
    criteria: d.criteria.map((c) => ({ ...c, sentence, figures: [] })),
    label: program.label,
    date,
    amountUnit: program.amount?.unit ?? null,
    parameters: [],
    values: [],
    summary: sentence,
  };
}

/** Inputs in the order first read, then variables computed for this household in dependency order. */
function valueUses(ctx: Ctx, inputs: ReadonlyMap<string, Val>): ValueUse[] {
  const program = ctx.program;
  const values: ValueUse[] = [];
  const f = factsOf(program);
  for (const [path, value] of inputs) {
    const x = inputIn(f, program, path);
    const label = inputLabel(ctx, path);
    values.push({ kind: 'input', ref: path, label, value, text: formatValue(value, x.unit, x.valueLabels) });
  }
  // A slot left undefined was not computed for this household.
  const order = program.variableOrder;
  const vals = ctx.vals;
  for (let slot = 0; slot < order.length; slot++) {
    const value = vals[slot];
    if (value === undefined) continue;
    const id = order[slot] as string;
    const x = program.variables.get(id);
    if (!x) continue;
    values.push({ kind: 'variable', ref: id, label: x.label, value, text: formatValue(value, x.unit) });
  }
  return values;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A cell's record is shared by every household that reads it on the date (cells.ts cellRead),
 * so its reader-facing form is built once per record, frozen, kept on the record and shared too.
 */
function parameterUse(r: CellRead): ParameterUse {
  let out = r.shown as ParameterUse | null;
  if (out === null) {
    out = Object.freeze(newParameterUse(r.use));
    r.shown = out;
  }
  return out;
}

/** Optional keys are added only when set, in the order JSON consumers have always seen. */
function newParameterUse(u: ParamUse): ParameterUse {
  const { def, period } = u;
  const out: Mutable<ParameterUse> = {
    id: def.id,
    label: def.label,
    value: u.value,
    unit: def.unit,
    keys: u.keys,
    from: period.from,
  } as Mutable<ParameterUse>;
  const to = endOf(def, period);
  if (to) out.to = to;
  out.citation = period.citation;
  out.evidence = period.cellEvidence?.[u.keys.join('.')] ?? period.evidence;
  if (period.note) out.note = period.note;
  return out;
}

/**
 * The one-line summary, from labels filled in as of the date (fillFigures, kept per label): the same
 * text as filling the whole summary, since a filled figure holds no placeholder and none continues
 * across the words between labels, without searching a new string per result.
 */
function summarize(
  program: Program,
  dated: Labels,
  d: Decision,
  unit: Unit | null,
  criteria: readonly { readonly label: Label; readonly outcome: boolean | null }[],
  date: string,
): Label {
  const name = dated.name;
  if (d.status === 'eligible') {
    const amt = d.amount === null ? null : formatValue(d.amount, unit);
    const what = dated.amount;
    return {
      ko: `${name.ko} 대상입니다.${amt ? ` ${what?.ko ?? '금액'}: ${amt.ko}` : ''}`,
      en: `Eligible for ${name.en}.${amt ? ` ${what?.en ?? 'Amount'}: ${amt.en}` : ''}`,
    };
  }
  if (d.status === 'ineligible') {
    // `criteria` holds the labels filled in, in d.criteria's order; listed as join(', ') lists them.
    let ko = '';
    let en = '';
    let first = true;
    for (let i = 0; i < criteria.length; i++) {
      const c = criteria[i] as (typeof criteria)[number];
      if (c.outcome !== false) continue;
      ko = first ? c.label.ko : `${ko}, ${c.label.ko}`;
      en = first ? c.label.en : `${en}, ${c.label.en}`;
      first = false;
    }
    return { ko: `${name.ko} 대상이 아닙니다 (${ko}).`, en: `Not eligible for ${name.en} (${en}).` };
  }
  const missing = d.missing[0];
  const next = missing ? fillFigures(missing.label, program, date) : undefined;
  return {
    ko: `${name.ko}: 판단하려면 정보가 더 필요합니다${next ? ` (먼저: ${next.ko})` : ''}.`,
    en: `${name.en}: more information needed${next ? ` (first: ${next.en})` : ''}.`,
  };
}
