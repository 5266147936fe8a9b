import type { Expr } from '../expr/nodes.ts';
import { conversion } from '../expr/units.ts';
import type { ParameterDef, ParameterPeriod } from '../parameters/types.ts';
import type { Program } from '../program/types.ts';
import type { Label } from '../schema/fields.ts';
import { dateToNum, isIsoDate } from '../util/dates.ts';

/**
 * A program's expression trees re-laid for the scalar interpreter, built once per program.
 * The frozen `Expr` union stays the definition; this is a derived, private index of it:
 *
 * - one node class for every kind, so property reads in the interpreter stay monomorphic
 *   (the union's seventeen object shapes made every `e.left` a polymorphic load);
 * - variable references resolved to slots of a per-evaluation array (no Map per household),
 *   parameter ids resolved to their definition and to a slot of a per-date period array,
 *   unit conversions resolved to their factors.
 *
 * Plain data walked by a switch on `kind`, not closures: a closure-compiled tree was measured
 * slower, and interned-string cases measured as fast as integer opcodes without a shared table.
 */

const NONE: readonly PNode[] = Object.freeze([]);
const NO_VALUES: readonly string[] = Object.freeze([]);

/** Every field exists on every node (same hidden class); unused ones keep their defaults. */
export class PNode {
  /** Operand(s): left/right, arg, cond/ifTrue/ifFalse, aggregate body, shortcut exact/full. */
  a: PNode | null = null;
  b: PNode | null = null;
  c: PNode | null = null;
  /** minmax and logic operands, parameter keys. */
  args: readonly PNode[] = NONE;
  /** The source node's operator or mode ("add", "le", "and", "sum", "floor"...). */
  sub = '';
  /** Variable slot, parameter slot, rounding step, or conversion multiplier. */
  x = 0;
  /** Conversion divisor. */
  y = 1;
  /** Literal value. */
  lit: number | boolean | string | null = null;
  /** Input field name and scope. */
  field = '';
  member = false;
  /** Parameter definition, and whether its unit is bool (cell 0/1 read as false/true). */
  def: ParameterDef | null = null;
  boolParam = false;
  values: readonly string[] = NO_VALUES;
  /** A parameter's cells as read when explaining, by key value(s) (see interpret.ts paramTraced). */
  cells: Map<unknown, unknown> | null = null;
  /** The same for a parameter with no keys: its one cell as last read (interpret.ts scalarTraced). */
  cell: object | null = null;
  /** A member input's trace paths by member index, built on first use (see inputPath). */
  paths: string[] | null = null;
  /**
   * A comparison outside any member: its sides' values as last evaluated, and the evaluation
   * (Ctx.epoch) they belong to, so wording its reason need not evaluate them again (interpret.ts
   * evalExpr). Numbers, not the context itself, so a node keeps no household alive.
   */
  epoch = 0;
  lv: number | boolean | string | null = null;
  rv: number | boolean | string | null = null;
  /**
   * A node with operands that decide (and, or, if, an aggregate) outside any member: its value as
   * last evaluated and the evaluation it belongs to, kept like a comparison's sides (interpret.ts
   * nodeValue): wording the reasons asks for them again, and they are most of what it re-evaluated.
   */
  valueEpoch = 0;
  value: number | boolean | string | null = null;
  readonly kind: Expr['kind'];
  constructor(readonly src: Expr) {
    this.kind = src.kind;
  }
}

/** Beyond this many members a path is built per read rather than kept on the node. */
const MAX_KEPT_PATHS = 64;

/**
 * An input node's path as traces and missing-input lists spell it ("rent", "members[1].age").
 * Explaining records every read, so member paths are built once per node and index: no
 * template string per read, and the Map keys they become keep their computed hash.
 */
export function inputPath(n: PNode, mi: number): string {
  if (!n.member) return n.field;
  if (mi >= MAX_KEPT_PATHS || mi < 0) return `members[${mi}].${n.field}`;
  let paths = n.paths;
  if (paths === null) {
    paths = [];
    n.paths = paths;
  }
  let p = paths[mi];
  if (p === undefined) {
    p = `members[${mi}].${n.field}`;
    paths[mi] = p;
  }
  return p;
}

/** What every household evaluated on one date shares: the parsed date and the periods in force. */
export interface Day {
  readonly date: string;
  readonly asOf: number;
  /** By parameter slot; filled on first use so a date no period covers fails only where it used to. */
  readonly periods: Array<ParameterPeriod | undefined>;
}

export interface Plan {
  readonly program: Program;
  readonly slotOf: ReadonlyMap<string, number>;
  /** Variable expressions by slot (the program's dependency order). */
  readonly vars: readonly PNode[];
  readonly criteria: readonly PNode[];
  readonly amount: PNode | null;
  /** Parameter definitions by slot. */
  readonly params: ParameterDef[];
  readonly paramSlot: Map<string, number>;
  /** A packed array of undefined, copied per evaluation as the variable memo. */
  readonly blank: readonly undefined[];
  readonly nodes: Map<Expr, PNode>;
  readonly days: Map<string, Day>;
  last: Day | null;
  /** Reader-facing input labels by path (see decide.ts inputLabel). */
  readonly labels: Map<string, Label>;
  /** Question-order rank and member index of input paths (see decide.ts pathRank). */
  readonly ranks: Map<string, { readonly order: number; readonly member: number }>;
  /** Keys variable values are shared under between programs (shared.ts), by slot; built on first use. */
  shareKeys: number[] | null;
  /** Keys the reasons for variables are shared under (shared.ts reasonKeyOf), by slot; built on first use. */
  reasonKeys: number[] | null;
}

const plans = new WeakMap<Program, Plan>();

/** The program's plan, built on first use (programs are frozen, so it never goes stale). */
export function planOf(program: Program): Plan {
  let plan = plans.get(program);
  if (plan === undefined) {
    plan = buildPlan(program);
    plans.set(program, plan);
  }
  return plan;
}

function buildPlan(program: Program): Plan {
  const slotOf = new Map<string, number>();
  for (const id of program.variableOrder) slotOf.set(id, slotOf.size);
  const plan: Plan = {
    program,
    slotOf,
    vars: [],
    criteria: [],
    amount: null,
    params: [],
    paramSlot: new Map(),
    blank: Array.from({ length: slotOf.size }, () => undefined),
    nodes: new Map(),
    days: new Map(),
    last: null,
    labels: new Map(),
    ranks: new Map(),
    shareKeys: null,
    reasonKeys: null,
  };
  const vars = program.variableOrder.map((id) => nodeFor(plan, (program.variables.get(id) as { expr: Expr }).expr));
  const criteria = program.criteria.map((c) => nodeFor(plan, c.expr));
  const amount = program.amount ? nodeFor(plan, program.amount.expr) : null;
  return Object.assign(plan, { vars, criteria, amount });
}

/** The node for an expression of this program; explain asks for sub-expressions by identity. */
export function nodeFor(plan: Plan, e: Expr): PNode {
  const hit = plan.nodes.get(e);
  if (hit !== undefined) return hit;
  const n = build(plan, e);
  plan.nodes.set(e, n);
  return n;
}

function build(plan: Plan, e: Expr): PNode {
  switch (e.kind) {
    case 'num':
    case 'bool':
    case 'str':
      return Object.assign(new PNode(e), { lit: e.value });
    case 'input':
      return Object.assign(new PNode(e), { field: e.field, member: e.scope === 'member' });
    case 'ref': {
      const slot = plan.slotOf.get(e.id);
      // defineProgram registers every reachable variable; an unknown id is a caller's bug.
      if (slot === undefined) throw new Error(`variable "${e.id}" is not part of program ${plan.program.id}`);
      return Object.assign(new PNode(e), { x: slot });
    }
    case 'param': {
      const def = plan.program.parameters.get(e.id) as ParameterDef;
      let slot = plan.paramSlot.get(e.id);
      if (slot === undefined) {
        slot = plan.params.length;
        plan.params.push(def);
        plan.paramSlot.set(e.id, slot);
      }
      const args = e.keys.map((k) => nodeFor(plan, k));
      return Object.assign(new PNode(e), { x: slot, def, boolParam: def.unit === 'bool', args });
    }
    case 'arith':
    case 'compare':
      return Object.assign(new PNode(e), {
        sub: e.op,
        a: nodeFor(plan, e.left),
        b: nodeFor(plan, e.right),
      });
    case 'round':
      return Object.assign(new PNode(e), { sub: e.mode, a: nodeFor(plan, e.arg), b: nodeFor(plan, e.step) });
    case 'convert': {
      const [mul, div] = conversion(e.from, e.to) as readonly [number, number];
      return Object.assign(new PNode(e), { x: mul, y: div, a: nodeFor(plan, e.arg) });
    }
    case 'minmax':
    case 'logic':
      return Object.assign(new PNode(e), {
        sub: e.op,
        args: e.args.map((a) => nodeFor(plan, a)),
      });
    case 'oneOf':
      return Object.assign(new PNode(e), { values: e.values, a: nodeFor(plan, e.arg) });
    case 'not':
      return Object.assign(new PNode(e), { a: nodeFor(plan, e.arg) });
    case 'yearsSince':
      return Object.assign(new PNode(e), { a: nodeFor(plan, e.arg) });
    case 'if':
      return Object.assign(new PNode(e), {
        a: nodeFor(plan, e.cond),
        b: nodeFor(plan, e.ifTrue),
        c: nodeFor(plan, e.ifFalse),
      });
    case 'shortcut':
      return Object.assign(new PNode(e), { a: nodeFor(plan, e.exact), b: nodeFor(plan, e.full) });
    case 'aggregate':
      return Object.assign(new PNode(e), { sub: e.op, a: nodeFor(plan, e.body) });
    default: {
      const never: never = e;
      throw new Error(`unhandled node ${JSON.stringify(never)}`);
    }
  }
}

/**
 * The shared per-date record; validating and parsing the date happens once per (program, date)
 * instead of once per household. Bounded so a long-running server cycling dates cannot grow it.
 */
export function dayOf(plan: Plan, date: string): Day {
  const last = plan.last;
  if (last !== null && last.date === date) return last;
  let day = plan.days.get(date);
  if (day === undefined) {
    if (!isIsoDate(date)) throw new RangeError(`evaluation date must be an ISO date, got "${date}"`);
    if (plan.days.size >= 1000) plan.days.clear();
    day = { date, asOf: dateToNum(date), periods: plan.params.map(() => undefined) };
    plan.days.set(date, day);
  }
  plan.last = day;
  return day;
}
