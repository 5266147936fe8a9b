import type { Program } from '../program/types.ts';
import type { Label } from '../schema/fields.ts';
import { fieldOf, fieldRank, type Household } from '../schema/schema.ts';
import { type Ctx, type EvalOptions, makeCtx } from './context.ts';
import { evalExpr } from './interpret.ts';
import { unknownInputs } from './missing.ts';

export type Status = 'eligible' | 'ineligible' | 'unknown';

export interface MissingInput {
  /** "rent", "members[1].age", or "members" when the member list itself is unknown. */
  readonly path: string;
  readonly label: Label;
  /** 1 = ask first. */
  readonly rank: number;
  /** Criterion ids this input could still decide, or "amount". */
  readonly affects: readonly string[];
}

export interface CriterionOutcome {
  readonly id: string;
  readonly label: Label;
  readonly outcome: boolean | null;
}

/** The fast result: no sentences, no trace. What a questionnaire loop needs. */
export interface Decision {
  readonly id: string;
  readonly status: Status;
  /** Only when eligible: an ineligible household gets nothing, an undecided one is not promised anything. */
  readonly amount: number | null;
  readonly criteria: readonly CriterionOutcome[];
  readonly missing: readonly MissingInput[];
}

export function decide(program: Program, household: Household, opts: EvalOptions): Decision {
  return decideIn(makeCtx(program, household, opts, false));
}

/**
 * Missing inputs, ranked: those deciding more undecided criteria first, then the schema's
 * question order. Once a criterion is false nothing else matters (status is final and the
 * amount is not paid). Inputs only the amount needs come last, after every criterion input,
 * and are listed while status is unknown or eligible.
 */
export function decideIn(ctx: Ctx): Decision {
  const { program } = ctx;
  const criteria = program.criteria.map((c) => ({
    id: c.id,
    label: c.label,
    outcome: evalExpr(ctx, c.expr, null, -1) as boolean | null,
  }));
  const status: Status = criteria.some((c) => c.outcome === false)
    ? 'ineligible'
    : criteria.every((c) => c.outcome === true)
      ? 'eligible'
      : 'unknown';
  let amount: number | null = null;
  const affects = new Map<string, string[]>();
  if (status !== 'ineligible') {
    program.criteria.forEach((c, i) => {
      if (criteria[i]?.outcome !== null) return;
      const deps = new Set<string>();
      unknownInputs(ctx, c.expr, null, -1, deps);
      for (const d of deps) affects.set(d, [...(affects.get(d) ?? []), c.id]);
    });
    if (program.amount) {
      const a = evalExpr(ctx, program.amount.expr, null, -1) as number | null;
      if (status === 'eligible') amount = a;
      if (a === null) {
        const deps = new Set<string>();
        unknownInputs(ctx, program.amount.expr, null, -1, deps);
        for (const d of deps) affects.set(d, [...(affects.get(d) ?? []), 'amount']);
      }
    }
  }
  return { id: program.id, status, amount, criteria, missing: rankMissing(ctx, affects) };
}

function rankMissing(ctx: Ctx, affects: Map<string, string[]>): MissingInput[] {
  if (affects.size === 0) return [];
  const schema = ctx.program.schema;
  const rows = [...affects].map(([path, ids]) => {
    const m = /^members\[(\d+)\]\.(\w+)$/.exec(path);
    const scope = m ? ('member' as const) : ('household' as const);
    const field = m ? (m[2] as string) : path;
    const criteriaCount = ids.filter((i) => i !== 'amount').length;
    return { path, ids, criteriaCount, order: fieldRank(schema, scope, field), member: m ? Number(m[1]) : -1 };
  });
  rows.sort(
    (a, b) =>
      b.criteriaCount - a.criteriaCount || a.order - b.order || a.member - b.member || (a.path < b.path ? -1 : 1),
  );
  return rows.map((r, i) => ({ path: r.path, label: inputLabel(ctx, r.path), rank: i + 1, affects: r.ids }));
}

export function inputLabel(ctx: Ctx, path: string): Label {
  if (path === 'members') return { ko: '가구원 명단', en: 'household members' };
  const m = /^members\[(\d+)\]\.(\w+)$/.exec(path);
  if (m) {
    const f = fieldOf(ctx.program.schema, 'member', m[2] as string);
    const n = Number(m[1]) + 1;
    return { ko: `가구원 ${n}의 ${f?.label.ko ?? m[2]}`, en: `member ${n}: ${f?.label.en ?? m[2]}` };
  }
  return fieldOf(ctx.program.schema, 'household', path)?.label ?? { ko: path, en: path };
}
