import type { Ctx, Val } from '../eval-scalar/context.ts';
import { run } from '../eval-scalar/interpret.ts';
import { nodeFor, type PNode } from '../eval-scalar/plan.ts';
import type { CompareOp, Expr } from '../expr/nodes.ts';
import type { Unit } from '../parameters/types.ts';
import type { Program } from '../program/types.ts';
import type { Label } from '../schema/fields.ts';
import { fieldOf, type Member } from '../schema/schema.ts';
import { factsOf, nameIn, typeIn } from './facts.ts';
import { labelForSentence, pieces, usePiece } from './figures.ts';
import { capitalize, formatValue, josa } from './format.ts';
import { formatAge, isAgeName, withGap } from './line-gap.ts';
import { byExprOf } from './per-node.ts';

const NEGATE: Record<CompareOp, CompareOp> = { lt: 'ge', le: 'gt', gt: 'le', ge: 'lt', eq: 'ne', ne: 'eq' };
const EN: Record<CompareOp, string> = {
  lt: 'is below',
  le: 'is at or below',
  gt: 'is above',
  ge: 'is at or above',
  eq: 'equals',
  ne: 'does not equal',
};

const KO_REL: Record<CompareOp, string> = {
  lt: '미만입니다',
  le: '이하입니다',
  gt: '초과입니다',
  ge: '이상입니다',
  eq: '같습니다',
  ne: '다릅니다',
};
const VALUE: Label = { ko: '값', en: 'value' };

/**
 * What wording one comparison needs that follows from the program alone (types, names, unit, the
 * plan nodes of its sides), worked out on its first sentence: every household's sentence for it
 * asked the same Map lookups and built the same name prefixes before.
 */
interface CompareFacts {
  /** An enum comparison: the subject's name and display names, the subject's and the literal's nodes. */
  readonly enumName: Label | null;
  readonly labels: Readonly<Record<string, Label>> | undefined;
  readonly subj: PNode;
  readonly lit: PNode;
  /** A number comparison: its unit, whether it reads as an age, each side's node and name prefix. */
  readonly unit: Unit | null;
  readonly age: boolean;
  readonly left: PNode;
  readonly right: PNode;
  /** The comparison's own node, whose sides' values the decision may have kept (interpret.ts evalExpr). */
  readonly node: PNode;
  readonly lName: Label | null;
  readonly rName: Label | null;
  /**
   * The sides' names as sentence prefixes ("가구 소득인정액 "), figures filled in as of `date`
   * (labelForSentence): made again only when the date changes. `lEn` begins the English sentence,
   * so it is kept capitalized.
   */
  date: string;
  lKo: string;
  lEn: string;
  rKo: string;
  rEn: string;
  /** Whether a name as filled on `date`, or a side's last value (a string), holds a '{' (figures.ts pieces). */
  namesBraces: boolean;
  lBraces: boolean;
  /**
   * The last sentence pieces made, with the values they were made for: one side is most often a
   * figure of the date, the same for every household, and ages and counts recur, so a side's
   * formatting (number, unit, particle, joining) is redone only when its value changes. Cleared
   * with the names when the date changes. `lPiece*` is the subject with its particle; the rest of
   * the sentence before any gap is kept per outcome (`rPieces[1]` when the comparison holds), as its
   * relation follows from the outcome and households on both sides of a line alternate.
   */
  lv: Val | typeof UNSET;
  lPieceKo: string;
  lPieceEn: string;
  readonly rPieces: readonly [RightPiece, RightPiece];
}

interface RightPiece {
  v: Val | typeof UNSET;
  ko: string;
  en: string;
  braces: boolean;
}

/** No value yet: unequal to every value a side can have (`null` included). */
const UNSET: unique symbol = Symbol('unset');

/** By comparison node; a node sits either inside a member aggregate or outside, never both (facts.ts typeIn). */
const comparesBy = new WeakMap<Program, Map<Expr, CompareFacts>>();

function compareFacts(ctx: Ctx, e: Expr, left: Expr, right: Expr, inMember: boolean): CompareFacts {
  const byExpr = byExprOf(comparesBy, ctx.program);
  let c = byExpr.get(e);
  if (c === undefined) {
    c = newCompareFacts(ctx, e, left, right, inMember);
    byExpr.set(e, c);
  }
  return c;
}

function newCompareFacts(ctx: Ctx, e: Expr, left: Expr, right: Expr, inMember: boolean): CompareFacts {
  const program = ctx.program;
  const f = factsOf(program);
  const plan = ctx.plan;
  const lt = typeIn(f, program, left, inMember);
  const rt = typeIn(f, program, right, inMember);
  const isEnum = lt.t === 'enum' || rt.t === 'enum';
  const subj = lt.t === 'enum' ? left : right;
  const lName = nameIn(f, program, left);
  const rName = nameIn(f, program, right);
  const unit = (lt.t === 'num' ? lt.unit : null) ?? (rt.t === 'num' ? rt.unit : null);
  return {
    enumName: isEnum ? (nameIn(f, program, subj) ?? VALUE) : null,
    labels: isEnum ? valueLabelsOf(ctx, subj) : undefined,
    subj: nodeFor(plan, subj),
    lit: nodeFor(plan, lt.t === 'enum' ? right : left),
    unit,
    age: unit === 'years' && isAgeName(lName ?? rName),
    left: nodeFor(plan, left),
    right: nodeFor(plan, right),
    node: nodeFor(plan, e),
    lName,
    rName,
    date: '',
    lKo: '',
    lEn: '',
    rKo: '',
    rEn: '',
    namesBraces: false,
    lBraces: false,
    lv: UNSET,
    lPieceKo: '',
    lPieceEn: '',
    rPieces: [
      { v: UNSET, ko: '', en: '', braces: false },
      { v: UNSET, ko: '', en: '', braces: false },
    ],
  };
}

function namesOn(c: CompareFacts, program: Program, date: string): void {
  const l = c.lName && labelForSentence(c.lName, program, date);
  const r = c.rName && labelForSentence(c.rName, program, date);
  c.lKo = l ? `${l.ko} ` : '';
  // Capitalized here, once per date: capitalize(name + value) is capitalize(name) + value for a name.
  c.lEn = l ? capitalize(`${l.en} `) : '';
  c.rKo = r ? `${r.ko} ` : '';
  c.rEn = r ? `${r.en} ` : '';
  c.namesBraces = `${c.lKo}${c.lEn}${c.rKo}${c.rEn}`.includes('{');
  c.date = date;
  c.lv = UNSET;
  c.rPieces[0].v = UNSET;
  c.rPieces[1].v = UNSET;
}

/**
 * "가구 소득인정액 1,523,000원이 선정기준 1,594,000원 이하입니다 (기준보다 71,000원 적어요)", or for
 * an enum "주거 형태가 자가가 아닙니다 (전세)". `outcome` is what holds: a failed `a <= b` reads "… 초과입니다".
 */
export function compareSentence(
  ctx: Ctx,
  e: Expr,
  op: CompareOp,
  left: Expr,
  right: Expr,
  outcome: boolean,
  m: Member | null,
  mi: number,
): Label {
  const rel = outcome ? op : NEGATE[op];
  const c = compareFacts(ctx, e, left, right, m !== null);
  const name = c.enumName;
  // Sides the decision compared outside a member are taken as it found them, nothing read again.
  const kept = m === null && c.node.epoch === ctx.epoch;
  if (name !== null) {
    const labels = c.labels;
    const subjLeft = c.subj === c.left;
    const sv = kept ? (subjLeft ? c.node.lv : c.node.rv) : run(ctx, c.subj, m, mi);
    const tv = kept ? (subjLeft ? c.node.rv : c.node.lv) : run(ctx, c.lit, m, mi);
    const actual = formatValue(sv, null, labels);
    const target = formatValue(tv, null, labels);
    usePiece(name);
    usePiece(actual);
    usePiece(target);
    return rel === 'eq'
      ? { ko: `${josa(name.ko, '이', '가')} ${target.ko}입니다`, en: `${capitalize(name.en)} is ${target.en}` }
      : {
          ko: `${josa(name.ko, '이', '가')} ${josa(target.ko, '이', '가')} 아닙니다 (${actual.ko})`,
          en: `${capitalize(name.en)} is not ${target.en} (${actual.en})`,
        };
  }
  if (c.date !== ctx.date) namesOn(c, ctx.program, ctx.date);
  const unit = c.unit;
  const age = c.age;
  // Left side first, then right: the order the trace has always recorded them in.
  const lRaw: Val = kept ? c.node.lv : run(ctx, c.left, m, mi);
  const rRaw: Val = kept ? c.node.rv : run(ctx, c.right, m, mi);
  if (lRaw !== c.lv) leftPiece(c, lRaw);
  const rp = c.rPieces[outcome ? 1 : 0];
  if (rRaw !== rp.v) rightPiece(c, rp, rRaw, rel);
  if (c.namesBraces || c.lBraces || rp.braces) pieces.braces = true;
  const ko = c.lPieceKo + rp.ko;
  const en = c.lPieceEn + rp.en;
  return rel === 'eq' || rel === 'ne' ? { ko, en } : withGap(ko, en, lRaw, rRaw, unit, age);
}

function leftPiece(c: CompareFacts, v: Val): void {
  const s = c.age ? formatAge(v) : formatValue(v, c.unit);
  c.lPieceKo = `${c.lKo}${josa(s.ko, '이', '가')}`;
  c.lPieceEn = c.lEn === '' ? capitalize(s.en) : `${c.lEn}${s.en}`;
  c.lv = v;
  // A string is shown as it is (formatValue, formatAge); numbers, yes/no and "unknown" hold no '{'.
  c.lBraces = typeof v === 'string' && v.includes('{');
}

function rightPiece(c: CompareFacts, to: RightPiece, v: Val, rel: CompareOp): void {
  const s = c.age ? formatAge(v) : formatValue(v, c.unit);
  to.ko =
    rel === 'eq' || rel === 'ne'
      ? ` ${c.rKo}${josa(s.ko, '과', '와')} ${KO_REL[rel]}`
      : ` ${c.rKo}${s.ko} ${KO_REL[rel]}`;
  to.en = ` ${EN[rel]} ${c.rEn}${s.en}`;
  to.v = v;
  to.braces = typeof v === 'string' && v.includes('{');
}

/** Display names of an enum input's values; other subjects show raw values. */
export function valueLabelsOf(ctx: Ctx, subject: Expr): Readonly<Record<string, Label>> | undefined {
  if (subject.kind !== 'input') return undefined;
  const field = fieldOf(ctx.program.schema, subject.scope, subject.field);
  return field?.type === 'enum' ? field.valueLabels : undefined;
}
