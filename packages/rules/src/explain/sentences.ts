import { addCaptured, newCaptureMark, noteRead } from '../eval-scalar/cells.ts';
import type { CellRead, Ctx, SharedValues } from '../eval-scalar/context.ts';
import { inputLabel } from '../eval-scalar/decide.ts';
import { evalExpr, nodeValue } from '../eval-scalar/interpret.ts';
import { unknownInputs } from '../eval-scalar/missing.ts';
import type { PNode } from '../eval-scalar/plan.ts';
import { reasonKeyOf } from '../eval-scalar/shared.ts';
import type { Expr } from '../expr/nodes.ts';
import type { Label } from '../schema/fields.ts';
import { fieldOf, fieldRank, type Member } from '../schema/schema.ts';
import { ParameterLookupError } from '../util/errors.ts';
import { tellingBound } from './bounds.ts';
import { compareSentence } from './compare.ts';
import { factsOf, typeIn } from './facts.ts';
import { fillSentence, pieces, usePiece } from './figures.ts';
import { capitalize, formatValue } from './format.ts';
import { logicFacts, oneOfFacts, refFacts } from './shapes.ts';
import { addFigures, useFigures, worded, wordedFigures } from './worded.ts';

/**
 * One short sentence per criterion stating what actually holds, e.g.
 * "가구 소득인정액 1,523,000원이 선정기준 1,594,000원 이하입니다". A failed `a <= b` is
 * stated positively as "a … 초과입니다", so `not` needs no wording of its own.
 */
export function sentenceFor(
  ctx: Ctx,
  label: Label,
  e: Expr,
  outcome: boolean | null,
  m: Member | null = null,
  mi = -1,
): Label {
  if (outcome === null) {
    useFigures(ctx.program, e);
    return undecided(ctx, label, e);
  }
  switch (e.kind) {
    case 'ref': {
      const r = refFacts(ctx, e, e.id);
      if (!r.x) return generic(label, outcome);
      return ctx.shared === null
        ? sentenceFor(ctx, r.label as Label, r.x.expr, outcome)
        : sharedReason(ctx, ctx.shared, e.id, r.label as Label, r.x.expr, outcome);
    }
    case 'not':
      return sentenceFor(ctx, label, e.arg, !outcome, m, mi);
    case 'shortcut':
      // The part that decided (interpret.ts, case 'shortcut'): `exact` where known, else `full`.
      return sentenceFor(ctx, label, shortcutPart(ctx, e, m, mi), outcome, m, mi);
    case 'compare':
      useFigures(ctx.program, e);
      return compareSentence(ctx, e, e.op, e.left, e.right, outcome, m, mi);
    case 'if':
      // The condition's figures chose the rule that is worded.
      useFigures(ctx.program, e.cond);
      return sentenceFor(ctx, label, evalExpr(ctx, e.cond, m, mi) ? e.ifTrue : e.ifFalse, outcome, m, mi);
    case 'aggregate': {
      // "Is some member 19–34?" is worded for the one member that tells: the one who meets it, or
      // the applicant who misses it, so the reason can say by how many years.
      const who = memberToWord(ctx, e.op, e.body, outcome);
      const member = who < 0 ? undefined : ctx.members?.[who];
      const s = member && memberSentence(ctx, label, e.body, outcome, member, who);
      if (s) return s;
      useFigures(ctx.program, e);
      return generic(label, outcome);
    }
    case 'oneOf': {
      useFigures(ctx.program, e);
      const f = oneOfFacts(ctx, e, e.arg, e.values);
      const subject = f.subject ?? label;
      const actual = formatValue(nodeValue(ctx, f.node, m, mi), null, f.labels);
      usePiece(subject);
      usePiece(actual);
      usePiece(f);
      // "label: value — one of …" reads plainly whatever the label's final consonant (no particle to pick).
      return {
        ko: `${subject.ko}: ${actual.ko} — ${f.ko} 중 하나${outcome ? '입니다' : '가 아닙니다'}`,
        en: `${capitalize(subject.en)}: ${actual.en} — ${outcome ? '' : 'not '}one of ${f.en}`,
      };
    }
    case 'logic':
      return logicSentence(ctx, label, e, outcome, m, mi);
    case 'input': {
      const f = fieldOf(ctx.program.schema, e.scope, e.field);
      const val = formatValue(outcome, null);
      const l = f?.label ?? label;
      usePiece(l);
      return { ko: `${l.ko}: ${val.ko}`, en: `${capitalize(l.en)}: ${val.en}` };
    }
    default:
      useFigures(ctx.program, e);
      return generic(label, outcome);
  }
}

/** An and/or: why it holds or fails, worded by its decisive operands (see the 'logic' case of sentenceFor). */
function logicSentence(
  ctx: Ctx,
  label: Label,
  e: Extract<Expr, { kind: 'logic' }>,
  outcome: boolean,
  m: Member | null,
  mi: number,
): Label {
  // Say why: the decisive operands, or all of them when each one was needed. Every operand
  // is evaluated before any is worded, as before, so the trace records reads in one order.
  const decisive = e.op === 'or';
  const args = e.args;
  const f = logicFacts(ctx, e, args);
  const values: boolean[] = [];
  for (let i = 0; i < args.length; i++) values.push(nodeValue(ctx, f.nodes[i] as PNode, m, mi) as boolean);
  // A bound (highest or lowest possible figure) is named only when no exact operand explains the outcome.
  let exactNamed = false;
  for (let i = 0; i < args.length; i++) {
    if (outcome === decisive && values[i] !== decisive) continue;
    if (!f.bound[i]) exactNamed = true;
  }
  // Bounds alone: the one that tells, not every bound of the figure (bounds.ts).
  const telling = exactNamed ? null : tellingBound(ctx, e, outcome, m, mi);
  if (telling !== null) return sentenceFor(ctx, label, telling, outcome, m, mi);
  let ko = '';
  let en = '';
  let first = true;
  for (let i = 0; i < args.length; i++) {
    const o = values[i] as boolean;
    if (outcome === decisive && o !== decisive) continue;
    if (exactNamed && f.bound[i]) continue;
    const s = sentenceFor(ctx, label, args[i] as Expr, o, m, mi);
    ko += first ? s.ko : `; ${s.ko}`;
    en += first ? s.en : `; ${s.en}`;
    first = false;
  }
  return { ko, en };
}

/**
 * The reason for a variable that programs share (무주택, 혼인 중, 소득인정액 within the 주거급여 line):
 * worded once for the household, as the first program words it, and taken by every later program
 * whose names resolve to the same definitions, with the cells its wording read replayed into that
 * program's trace, as a shared value's are (interpret.ts sharedSlot): the same sentence and trace as
 * wording it again. Fourteen programs word 무주택 alike.
 */
function sharedReason(ctx: Ctx, shared: SharedValues, id: string, label: Label, e: Expr, outcome: boolean): Label {
  const key = reasonKeyOf(ctx, ctx.plan.slotOf.get(id) as number);
  let byOutcome = shared.reasons[key];
  if (byOutcome === undefined) {
    byOutcome = [];
    shared.reasons[key] = byOutcome;
  }
  const at = outcome ? 1 : 0;
  const hit = byOutcome[at];
  if (hit !== undefined && hit.ko === label.ko && hit.en === label.en) {
    for (let i = 0; i < hit.reads.length; i++) noteRead(ctx, hit.reads[i] as CellRead);
    if (hit.braces) pieces.braces = true;
    addFigures(hit.figures);
    return hit.sentence;
  }
  const outer = ctx.capture;
  const outerMark = ctx.captureMark;
  const outerBraces = pieces.braces;
  const outerFigures = worded.lists;
  const lists: (readonly string[])[] = [];
  worded.lists = lists;
  const mine: CellRead[] = [];
  ctx.capture = mine;
  ctx.captureMark = newCaptureMark();
  pieces.braces = false;
  let sentence: Label;
  let braces: boolean;
  try {
    sentence = sentenceFor(ctx, label, e, outcome);
  } finally {
    braces = pieces.braces;
    pieces.braces = outerBraces || braces;
    worded.lists = outerFigures;
    ctx.capture = outer;
    ctx.captureMark = outerMark;
  }
  addCaptured(ctx, mine);
  const figures = wordedFigures(lists);
  addFigures(figures);
  byOutcome[at] = { ko: label.ko, en: label.en, sentence, reads: mine, braces, figures };
  return sentence;
}

/**
 * The sentence for a criterion the decision already settled, its figures filled in as of the date
 * (fillSentence; searched only when a piece of it held a '{'). Wording a reason can read figures the
 * decision skipped (both sides of a comparison, say); if one of those is not encoded for the date,
 * the reason falls back to plain words instead of failing a result that was decided.
 */
export function reasonFor(ctx: Ctx, label: Label, e: Expr, outcome: boolean | null): Label {
  pieces.braces = false;
  const s = unfilledReason(ctx, label, e, outcome);
  return pieces.braces ? fillSentence(s, ctx.program, ctx.date) : s;
}

function unfilledReason(ctx: Ctx, label: Label, e: Expr, outcome: boolean | null): Label {
  try {
    return sentenceFor(ctx, label, e, outcome);
  } catch (error) {
    if (!(error instanceof ParameterLookupError)) throw error;
    useFigures(ctx.program, e);
    if (outcome !== null) return generic(label, outcome);
    usePiece(label);
    return { ko: `${label.ko}: 아직 판단할 수 없습니다`, en: `${capitalize(label.en)}: cannot be decided yet` };
  }
}

/**
 * Which member a settled any/all is worded for, or -1 for none: the first who meets an "any" or
 * misses an "all"; for an "any" nobody meets, the member who meets the most of its conditions (the
 * 본인 of an applicant's age rule), since that is who the household reads it about.
 */
function memberToWord(ctx: Ctx, op: string, body: Expr, outcome: boolean): number {
  const members = ctx.members;
  if (members === null || members.length === 0) return -1;
  if (op === 'all' && outcome) return members.length === 1 ? 0 : -1;
  if (op !== 'any' && op !== 'all') return -1;
  if (op === 'any' ? outcome : !outcome) {
    for (let i = 0; i < members.length; i++) {
      if (evalExpr(ctx, body, members[i] as Member, i) === outcome) return i;
    }
    return -1;
  }
  if (body.kind !== 'logic' || body.op !== 'and') return members.length === 1 ? 0 : -1;
  let best = -1;
  let bestMet = -1;
  for (let i = 0; i < members.length; i++) {
    let met = 0;
    for (const a of body.args) if (evalExpr(ctx, a, members[i] as Member, i) === true) met++;
    if (met > bestMet) {
      best = i;
      bestMet = met;
    }
  }
  return best;
}

interface Leaf {
  readonly e: Expr;
  readonly o: boolean;
  readonly at: Line;
}

/** The line a comparison measures against, and how plainly its member side reads (lower first). */
interface Line {
  readonly line: unknown;
  readonly rank: number;
}

/**
 * A rule about one member, worded by its deciding comparisons only, one per line it is measured
 * against: "나이 30세가 최저 연령 19세 이상입니다 (기준보다 11살 많아요)". The member's own asked
 * figure (만 나이) is preferred to a derived one (나이 + 1, 올해 나이) on the same line, and a met
 * rule leaves out what only picks the member (관계 = 본인). Undefined when nothing is left to say.
 */
function memberSentence(ctx: Ctx, label: Label, body: Expr, outcome: boolean, m: Member, mi: number) {
  const leaves: Leaf[] = [];
  memberLeaves(ctx, body, outcome, m, mi, leaves);
  const best = new Map<unknown, Leaf>();
  for (const leaf of leaves) {
    const seen = best.get(leaf.at.line);
    if (!seen || leaf.at.rank < seen.at.rank) best.set(leaf.at.line, leaf);
  }
  let ko = '';
  let en = '';
  for (const leaf of best.values()) {
    const s = sentenceFor(ctx, label, leaf.e, leaf.o, m, mi);
    ko += ko === '' ? s.ko : `; ${s.ko}`;
    en += en === '' ? s.en : `; ${s.en}`;
  }
  return ko === '' ? undefined : { ko, en };
}

/** The deciding comparisons under `e` for member `m` (a function, not a closure per call: this runs per household). */
function memberLeaves(ctx: Ctx, e: Expr, o: boolean, m: Member, mi: number, leaves: Leaf[]): void {
  switch (e.kind) {
    case 'not':
      memberLeaves(ctx, e.arg, !o, m, mi, leaves);
      return;
    case 'shortcut':
      memberLeaves(ctx, shortcutPart(ctx, e, m, mi), o, m, mi, leaves);
      return;
    case 'if':
      useFigures(ctx.program, e.cond);
      memberLeaves(ctx, evalExpr(ctx, e.cond, m, mi) ? e.ifTrue : e.ifFalse, o, m, mi, leaves);
      return;
    case 'logic': {
      const decisive = e.op === 'or';
      for (const arg of e.args) {
        const v = evalExpr(ctx, arg, m, mi);
        if (v === null || (o === decisive && v !== decisive)) continue;
        memberLeaves(ctx, arg, v as boolean, m, mi, leaves);
      }
      return;
    }
    case 'bool':
      return;
    default:
      if (o && isMemberPick(ctx, e)) return;
      leaves.push({ e, o, at: lineOf(ctx, e) });
  }
}

/**
 * The line a comparison measures against (a parameter or a number), and how plainly its member side
 * reads: a fact of the program alone, kept per node (its key was a new string per member and household).
 */
function lineOf(ctx: Ctx, e: Expr): Line {
  const lines = factsOf(ctx.program).lines;
  let at = lines.get(e);
  if (at === undefined) {
    at = newLine(ctx, e);
    lines.set(e, at);
  }
  return at;
}

function newLine(ctx: Ctx, e: Expr): Line {
  if (e.kind !== 'compare') return { line: e, rank: 0 };
  const line = lineKey(e.right) ?? lineKey(e.left) ?? e;
  const side = lineKey(e.right) !== undefined ? e.left : e.right;
  const schema = ctx.program.schema;
  if (side.kind === 'input') return { line, rank: fieldRank(schema, side.scope, side.field) };
  return { line, rank: Number.MAX_SAFE_INTEGER };
}

const lineKey = (x: Expr) => (x.kind === 'param' ? `param:${x.id}` : x.kind === 'num' ? `num:${x.value}` : undefined);

/** `relation = 본인` and the like: a test that picks which member a rule is about. */
function isMemberPick(ctx: Ctx, e: Expr): boolean {
  if (e.kind === 'oneOf') return true;
  if (e.kind !== 'compare' || (e.op !== 'eq' && e.op !== 'ne')) return false;
  const f = factsOf(ctx.program);
  return typeIn(f, ctx.program, e.left, true).t === 'enum' || typeIn(f, ctx.program, e.right, true).t === 'enum';
}

function generic(label: Label, outcome: boolean): Label {
  usePiece(label);
  return {
    ko: `${label.ko} 조건을 ${outcome ? '충족합니다' : '충족하지 않습니다'}`,
    en: `${capitalize(label.en)}: ${outcome ? 'met' : 'not met'}`,
  };
}

/**
 * The inputs an undecided criterion depends on as decideIn collected them, if it did (a criterion
 * of an ineligible result is not looked at there): collecting them again walks the same nodes in the
 * same order, reads nothing new, and finds the same inputs.
 */
function criterionDeps(ctx: Ctx, e: Expr): ReadonlySet<string> | undefined {
  const known = ctx.criterionDeps;
  if (known === null) return undefined;
  const cs = ctx.program.criteria;
  for (let i = 0; i < cs.length; i++) if ((cs[i] as (typeof cs)[number]).expr === e) return known[i];
  return undefined;
}

function undecided(ctx: Ctx, label: Label, e: Expr): Label {
  let paths = criterionDeps(ctx, e);
  if (paths === undefined) {
    const found = new Set<string>();
    unknownInputs(ctx, e, null, -1, found);
    paths = found;
  }
  let ko = '';
  let en = '';
  let first = true;
  usePiece(label);
  for (const p of paths) {
    const n = inputLabel(ctx, p);
    usePiece(n);
    ko += first ? n.ko : `, ${n.ko}`;
    en += first ? n.en : `, ${n.en}`;
    first = false;
  }
  return {
    ko: `${label.ko}: 아직 판단할 수 없습니다 (필요한 정보: ${ko || '없음'})`,
    en: `${capitalize(label.en)}: cannot be decided yet (needed: ${en || 'none'})`,
  };
}

/** The part of a shortcut that decided its value: `exact` where it is known, else `full` (interpret.ts, case 'shortcut'). */
function shortcutPart(ctx: Ctx, e: Extract<Expr, { kind: 'shortcut' }>, m: Member | null, mi: number): Expr {
  return evalExpr(ctx, e.exact, m, mi) !== null ? e.exact : e.full;
}
