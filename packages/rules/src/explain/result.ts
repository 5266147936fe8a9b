import { type EvalOptions, makeCtx, type Val } from '../eval-scalar/context.ts';
import { type CriterionOutcome, type Decision, decideIn, inputLabel } from '../eval-scalar/decide.ts';
import type { VarUnit } from '../expr/nodes.ts';
import { periodEnd } from '../parameters/lookup.ts';
import type { Citation, Unit } from '../parameters/types.ts';
import type { Program } from '../program/types.ts';
import type { Label } from '../schema/fields.ts';
import { fieldOf, type Household } from '../schema/schema.ts';
import { formatValue } from './format.ts';
import { sentenceFor } from './sentences.ts';

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
  readonly verified: boolean;
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

export interface ProgramResult extends Decision {
  readonly label: Label;
  readonly date: string;
  readonly amountUnit: VarUnit | null;
  readonly criteria: ReadonlyArray<CriterionOutcome & { readonly sentence: Label }>;
  readonly parameters: readonly ParameterUse[];
  readonly values: readonly ValueUse[];
  readonly summary: Label;
}

/** Decide and explain one program for one household as of `opts.date`. */
export function evaluate(program: Program, household: Household, opts: EvalOptions): ProgramResult {
  const ctx = makeCtx(program, household, opts, true);
  const d = decideIn(ctx);
  const criteria = d.criteria.map((c, i) => ({
    ...c,
    sentence: sentenceFor(ctx, c.label, program.criteria[i]?.expr as never, c.outcome),
  }));
  const trace = ctx.trace as NonNullable<typeof ctx.trace>;
  const parameters: ParameterUse[] = [...trace.params.values()].map((u) => ({
    id: u.def.id,
    label: u.def.label,
    value: u.value,
    unit: u.def.unit,
    keys: u.keys,
    from: u.period.from,
    ...(periodEnd(u.def, u.period) ? { to: periodEnd(u.def, u.period) } : {}),
    citation: u.period.citation,
    verified: u.period.verified,
    ...(u.period.note ? { note: u.period.note } : {}),
  }));
  const values: ValueUse[] = [];
  for (const [path, value] of trace.inputs) {
    const m = /^members\[\d+\]\.(\w+)$/.exec(path);
    const f = fieldOf(program.schema, m ? 'member' : 'household', m ? (m[1] as string) : path);
    const unit = f?.type === 'number' ? f.unit : null;
    const labels = f?.type === 'enum' ? f.valueLabels : undefined;
    values.push({
      kind: 'input',
      ref: path,
      label: inputLabel(ctx, path),
      value,
      text: formatValue(value, unit, labels),
    });
  }
  for (const id of program.variableOrder) {
    if (!ctx.memo.has(id)) continue;
    const x = program.variables.get(id);
    if (!x) continue;
    const value = ctx.memo.get(id) as Val;
    values.push({ kind: 'variable', ref: id, label: x.label, value, text: formatValue(value, x.unit) });
  }
  const amountUnit = program.amount?.unit ?? null;
  return {
    ...d,
    label: program.label,
    date: opts.date,
    amountUnit,
    criteria,
    parameters,
    values,
    summary: summarize(program, d, amountUnit),
  };
}

/** Every program for one household, in the order given. */
export function evaluateAll(programs: readonly Program[], household: Household, opts: EvalOptions): ProgramResult[] {
  return programs.map((p) => evaluate(p, household, opts));
}

function summarize(program: Program, d: Decision, unit: VarUnit | null): Label {
  const name = program.label;
  if (d.status === 'eligible') {
    const amt = d.amount === null ? null : formatValue(d.amount, unit);
    return {
      ko: `${name.ko} 대상입니다.${amt ? ` ${program.amount?.label.ko ?? '금액'}: ${amt.ko}` : ''}`,
      en: `Eligible for ${name.en}.${amt ? ` ${program.amount?.label.en ?? 'Amount'}: ${amt.en}` : ''}`,
    };
  }
  if (d.status === 'ineligible') {
    const failed = d.criteria.filter((c) => c.outcome === false).map((c) => c.label);
    return {
      ko: `${name.ko} 대상이 아닙니다 (${failed.map((l) => l.ko).join(', ')}).`,
      en: `Not eligible for ${name.en} (${failed.map((l) => l.en).join(', ')}).`,
    };
  }
  const next = d.missing[0];
  return {
    ko: `${name.ko}: 판단하려면 정보가 더 필요합니다${next ? ` (먼저: ${next.label.ko})` : ''}.`,
    en: `${name.en}: more information needed${next ? ` (first: ${next.label.en})` : ''}.`,
  };
}

/** Plain-text rendering of a result: summary, one line per criterion, parameters with sources. */
export function explain(result: ProgramResult, lang: 'ko' | 'en' = 'ko'): string {
  const mark = (o: boolean | null) => (o === true ? '✓' : o === false ? '✗' : '?');
  const lines = [result.summary[lang]];
  for (const c of result.criteria) lines.push(`  ${mark(c.outcome)} ${c.sentence[lang]}`);
  if (result.missing.length) {
    lines.push(lang === 'ko' ? '  추가로 필요한 정보:' : '  Still needed:');
    for (const m of result.missing) lines.push(`    ${m.rank}. ${m.label[lang]}`);
  }
  for (const p of result.parameters) {
    const unverified = p.verified ? '' : lang === 'ko' ? ' [미확인]' : ' [unverified]';
    const keys = p.keys.length ? ` (${p.keys.join(', ')})` : '';
    const v = formatValue(p.value, p.unit)[lang];
    lines.push(
      `  · ${p.label[lang]}${keys}: ${v} — ${p.citation.title}${p.citation.article ? ` ${p.citation.article}` : ''}, ${p.from}~${p.to ?? ''}${unverified}`,
    );
  }
  return lines.join('\n');
}
