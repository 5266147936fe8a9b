import { IN_FORCE_ID, IN_FORCE_LABEL, inForceOn } from '../program/in-force.ts';
import type { Criterion, Program } from '../program/types.ts';
import type { Label } from '../schema/fields.ts';
import { fieldOf, fieldRank, type Household } from '../schema/schema.ts';
import { compiledDecide } from './compile.ts';
import { type Ctx, type EvalOptions, makeCtx } from './context.ts';
import type { CriterionOutcome, Decision, MissingInput, Status } from './decision.ts';
import { run } from './interpret.ts';
import { collect } from './missing.ts';
import type { PNode } from './plan.ts';

export type { CriterionOutcome, Decision, MissingInput, Status } from './decision.ts';

export function decide(program: Program, household: Household, opts: EvalOptions): Decision {
  if (!inForceOn(program, opts.date)) return notInForce(program);
  // The code generated for the program and date first (compile.ts); it hands over what it cannot settle.
  const fast = compiledDecide(program, opts.date);
  if (fast !== null) {
    try {
      const d = fast(household);
      if (d !== null) return d;
    } catch {
      // The interpreter below answers, or throws its own error.
    }
  }
  return decideInterpreted(program, household, opts);
}

/** `decide` by the interpreter alone: the reference the compiled code is tested against. */
export function decideInterpreted(program: Program, household: Household, opts: EvalOptions): Decision {
  if (!inForceOn(program, opts.date)) return notInForce(program);
  return decideIn(makeCtx(program, household, opts, false));
}

/** A date the program did not exist on: one false criterion, nothing to ask, nothing read. */
export function notInForce(program: Program): Decision {
  return {
    id: program.id,
    status: 'ineligible',
    amount: null,
    criteria: [{ id: IN_FORCE_ID, label: IN_FORCE_LABEL, outcome: false }],
    missing: [],
  };
}

/**
 * Missing inputs, ranked: those deciding more undecided criteria first, then the schema's
 * question order. Once a criterion is false nothing else matters (status is final and the
 * amount is not paid). Inputs only the amount needs come last, after every criterion input,
 * and are listed while status is unknown or eligible.
 */
export function decideIn(ctx: Ctx): Decision {
  const { program, plan } = ctx;
  const defs = program.criteria;
  // Plain loops and no per-call closures: this runs once per household and program.
  const criteria: CriterionOutcome[] = [];
  let anyFalse = false;
  let allTrue = true;
  for (let i = 0; i < defs.length; i++) {
    const c = defs[i] as Criterion;
    const outcome = run(ctx, plan.criteria[i] as PNode, null, -1) as boolean | null;
    if (outcome === false) anyFalse = true;
    if (outcome !== true) allTrue = false;
    criteria.push({ id: c.id, label: c.label, outcome });
  }
  const status: Status = anyFalse ? 'ineligible' : allTrue ? 'eligible' : 'unknown';
  let amount: number | null = null;
  // Created only when some input is missing, so a complete household allocates nothing here.
  let affects: Map<string, string[]> | null = null;
  if (status !== 'ineligible') {
    if (!allTrue) {
      for (let i = 0; i < defs.length; i++) {
        if (criteria[i]?.outcome !== null) continue;
        const deps = new Set<string>();
        collect(ctx, plan.criteria[i] as PNode, null, -1, deps);
        if (ctx.trace !== null) {
          if (ctx.criterionDeps === null) ctx.criterionDeps = [];
          ctx.criterionDeps[i] = deps;
        }
        affects = addAffects(affects, deps, (defs[i] as Criterion).id);
      }
    }
    if (plan.amount !== null) {
      const a = run(ctx, plan.amount, null, -1) as number | null;
      if (status === 'eligible') amount = a;
      if (a === null) {
        const deps = new Set<string>();
        collect(ctx, plan.amount, null, -1, deps);
        affects = addAffects(affects, deps, 'amount');
      }
    }
  }
  return { id: program.id, status, amount, criteria, missing: affects === null ? [] : rankMissing(ctx, affects) };
}

function addAffects(
  affects: Map<string, string[]> | null,
  deps: Set<string>,
  id: string,
): Map<string, string[]> | null {
  if (deps.size === 0) return affects;
  const map = affects ?? new Map<string, string[]>();
  for (const d of deps) {
    const ids = map.get(d);
    if (ids === undefined) map.set(d, [id]);
    else ids.push(id);
  }
  return map;
}

const MEMBER_PATH = /^members\[(\d+)\]\.(\w+)$/;

interface Row {
  readonly path: string;
  readonly ids: string[];
  readonly criteriaCount: number;
  readonly order: number;
  readonly member: number;
}

function byRank(a: Row, b: Row): number {
  return b.criteriaCount - a.criteriaCount || a.order - b.order || a.member - b.member || (a.path < b.path ? -1 : 1);
}

function rankMissing(ctx: Ctx, affects: Map<string, string[]>): MissingInput[] {
  if (affects.size === 0) return [];
  const rows: Row[] = [];
  for (const [path, ids] of affects) {
    const { order, member } = pathRank(ctx, path);
    let criteriaCount = 0;
    for (const i of ids) if (i !== 'amount') criteriaCount++;
    rows.push({ path, ids, criteriaCount, order, member });
  }
  rows.sort(byRank);
  const out: MissingInput[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as Row;
    out.push({ path: r.path, label: inputLabel(ctx, r.path), rank: i + 1, affects: r.ids });
  }
  return out;
}

/** An input path's question-order rank and member index (-1 for a household field), remembered per program like its label. */
function pathRank(ctx: Ctx, path: string): { readonly order: number; readonly member: number } {
  const ranks = ctx.plan.ranks;
  let rank = ranks.get(path);
  if (rank === undefined) {
    const m = MEMBER_PATH.exec(path);
    const order = fieldRank(ctx.program.schema, m ? 'member' : 'household', m ? (m[2] as string) : path);
    rank = { order, member: m ? Number(m[1]) : -1 };
    // Member paths grow with household size; the bound keeps odd households from growing it.
    if (ranks.size >= 10_000) ranks.clear();
    ranks.set(path, rank);
  }
  return rank;
}

/**
 * The reader's name for an input path, remembered per program: explanations ask for the same
 * paths for every household, and a member path's label is two template strings and a regex.
 */
export function inputLabel(ctx: Ctx, path: string): Label {
  const labels = ctx.plan.labels;
  let label = labels.get(path);
  if (label === undefined) {
    label = labelOf(ctx, path);
    // Member paths grow with household size; the bound keeps odd households from growing it.
    if (labels.size >= 10_000) labels.clear();
    labels.set(path, label);
  }
  return label;
}

/** How a member is named in labels and reasons: the engine knows no names, only places in the household. */
const memberWord = (n: number): Label => ({ ko: `가구원 ${n}`, en: `member ${n}` });

/**
 * A label or reason with its members named as the reader knows them ("가구원 1의 연금" → "김순자 님의
 * 연금"): a counselor's case has the people's names, in the household's order, and "가구원 1" asked
 * them to count. Members without a name keep their place.
 */
export function nameMembers(text: Label, names: readonly (string | undefined)[]): Label {
  const name = (n: string) => names[Number(n) - 1]?.trim() || undefined;
  return {
    ko: text.ko.replace(/가구원 (\d+)의 /g, (all, n: string) => (name(n) ? `${name(n)} 님의 ` : all)),
    // "member 1: pension" in the engine's labels, "member 1's pension" in a case's list of changed answers.
    en: text.en.replace(/\bmember (\d+)(: |'s )/g, (all, n: string, tail: string) =>
      name(n) ? `${name(n)}${tail}` : all,
    ),
  };
}

function labelOf(ctx: Ctx, path: string): Label {
  if (path === 'members') return { ko: '가구원 명단', en: 'household members' };
  const m = MEMBER_PATH.exec(path);
  if (m) {
    const f = fieldOf(ctx.program.schema, 'member', m[2] as string);
    const n = Number(m[1]) + 1;
    return { ko: `${memberWord(n).ko}의 ${f?.label.ko ?? m[2]}`, en: `${memberWord(n).en}: ${f?.label.en ?? m[2]}` };
  }
  return fieldOf(ctx.program.schema, 'household', path)?.label ?? { ko: path, en: path };
}
