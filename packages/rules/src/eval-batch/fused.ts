import type { Expr } from '../expr/nodes.ts';
import { conversion } from '../expr/units.ts';
import type { ParameterDef } from '../parameters/types.ts';
import { staticType } from '../program/static-type.ts';
import type { Program } from '../program/types.ts';
import { dateToNum } from '../util/dates.ts';
import type { Columns } from './columns.ts';
import { indexTable, type Level, step } from './table.ts';

/**
 * A program compiled for one date into ONE generated JavaScript loop over the columns: every
 * parameter in force that day is a constant or a dense lookup array, every variable computed at
 * most once per household, no per-node arrays. It follows interpret.ts step by step (Kleene's
 * unknown kept, operands walked in the same order, the same arithmetic) and decides every
 * household that ends eligible with an amount or ineligible without a failed lookup. It hands
 * back the others by index (undecided ones, and those where the interpreter would throw) for
 * the lane-exact column kernels (compile-node.ts): only those track which missing-input
 * listing would fail.
 */
export type FusedKernel = (
  cols: Columns,
  status: Int8Array,
  amount: Float64Array,
  criteria: readonly Int8Array[],
  deferred: Int32Array,
) => number;

/** Thrown inside the generated loop when a household needs the lane-exact path. */
const DEFER: unique symbol = Symbol('defer');

/** An expression kind this compiler does not fuse: the whole program then uses the column kernels. */
class Unsupported extends Error {}

type Dense = number | DenseLevel | undefined;
interface DenseLevel {
  readonly arr: readonly Dense[];
  readonly level: Level;
  /** Enum keys index `arr` by the enum's value index; numeric keys by the integer itself. */
  readonly numeric: boolean;
}

/** Compiles `program` for `date`, or null when it uses something the fused loop does not cover. */
export function compileFused(program: Program, date: string): FusedKernel | null {
  try {
    return new FusedCompiler(program, date).build();
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

class FusedCompiler {
  private readonly env: unknown[] = [];
  private readonly envNames: string[] = [];
  private readonly hCols = new Map<string, string>();
  private readonly mCols = new Map<string, string>();
  private readonly varFns = new Map<string, string>();
  private readonly fns: string[] = [];
  private readonly asOf: number;

  constructor(
    private readonly program: Program,
    private readonly date: string,
  ) {
    this.asOf = dateToNum(date);
  }

  build(): FusedKernel {
    const crit = this.program.criteria.map((c) => this.expr(c.expr, false));
    const amount = this.program.amount ? this.expr(this.program.amount.expr, false) : 'NaN';
    const cols = [
      ...[...this.hCols].map(([f, name]) => `const ${name} = cols.household[${JSON.stringify(f)}];`),
      ...[...this.mCols].map(([f, name]) => `const ${name} = cols.member[${JSON.stringify(f)}];`),
    ];
    const body = `
"use strict";
const [${this.envNames.join(', ')}] = env;
function dv(x, y) { return y === 0 ? NaN : x / y; }
return function fused(cols, st, am, crit, deferred) {
  ${cols.join('\n  ')}
  const MK = cols.membersKnown;
  const OFF = cols.memberOffsets;
  const n = cols.n;
  let i = 0;
  const j = 0;
  ${this.fns.join('\n  ')}
  ${crit.map((_, k) => `const C${k} = crit[${k}];`).join(' ')}
  let nd = 0;
  for (i = 0; i < n; i++) {
    try {
      ${crit.map((c, k) => `const c${k} = ${c};`).join('\n      ')}
      ${crit.map((_, k) => `C${k}[i] = c${k};`).join(' ')}
      if (${crit.length ? crit.map((_, k) => `c${k} === 0`).join(' || ') : 'false'}) { st[i] = 0; am[i] = NaN; }
      else if (${crit.length ? crit.map((_, k) => `c${k} === 1`).join(' && ') : 'true'}) { const a = ${amount}; ${this.program.amount ? 'if (a !== a) throw DEFER; ' : ''}st[i] = 1; am[i] = a; }
      // Undecided: listing what is missing may itself fail a lookup, which only the lane-exact path tracks.
      else throw DEFER;
    } catch (e) {
      if (e !== DEFER) throw e;
      deferred[nd++] = i;
    }
  }
  return nd;
};`;
    // Generated from the program's own checked expression tree, never from input data.
    return new Function('env', 'DEFER', body)(this.env, DEFER) as FusedKernel;
  }

  private constant(x: unknown): string {
    const name = `E${this.env.length}`;
    this.env.push(x);
    this.envNames.push(name);
    return name;
  }

  private column(scope: 'household' | 'member', field: string): string {
    const map = scope === 'household' ? this.hCols : this.mCols;
    let name = map.get(field);
    if (!name) {
      name = `${scope === 'household' ? 'H' : 'M'}${map.size}`;
      map.set(field, name);
    }
    return name;
  }

  private variable(id: string): string {
    let fn = this.varFns.get(id);
    if (fn) return `${fn}()`;
    fn = `V${this.varFns.size}`;
    this.varFns.set(id, fn);
    const def = this.program.variables.get(id);
    if (!def) throw new Unsupported(`variable ${id}`);
    const body = this.expr(def.expr, false);
    this.fns.push(`let ${fn}s = -1, ${fn}v = 0;
  function ${fn}() { if (${fn}s === i) return ${fn}v; ${fn}v = ${body}; ${fn}s = i; return ${fn}v; }`);
    return `${fn}()`;
  }

  /**
   * JavaScript for `e` with Kleene's unknown kept: numbers and dates are NaN when unknown,
   * booleans (0/1) and enum indexes -1. Operands are evaluated exactly where interpret.ts `run`
   * evaluates them (first decisive or unknown operand ends the walk), so a failed lookup
   * throws here for the same households as there.
   */
  private expr(e: Expr, inMember: boolean): string {
    const sub = (x: Expr) => this.expr(x, inMember);
    switch (e.kind) {
      case 'num':
        return this.constant(e.value);
      case 'bool':
        return e.value ? '1' : '0';
      case 'str':
        throw new Unsupported('string literal outside a comparison');
      case 'input':
        return `${this.column(e.scope, e.field)}[${e.scope === 'member' ? 'j' : 'i'}]`;
      case 'ref':
        return this.variable(e.id);
      case 'param':
        return this.param(e.id, e.keys, inMember);
      case 'arith': {
        const [l, r] = [sub(e.left), sub(e.right)];
        return e.op === 'div' ? `dv(${l}, ${r})` : `(${l} ${{ add: '+', sub: '-', mul: '*' }[e.op]} ${r})`;
      }
      case 'round': {
        const s = this.constant(e.step);
        const q = `(${sub(e.arg)} / ${s})`;
        const f =
          e.mode === 'floor' ? `Math.floor(${q})` : e.mode === 'ceil' ? `Math.ceil(${q})` : `Math.floor(${q} + 0.5)`;
        return `(${f} * ${s})`;
      }
      case 'convert': {
        const [mul, div] = conversion(e.from, e.to) as readonly [number, number];
        return `((${sub(e.arg)} * ${this.constant(mul)}) / ${this.constant(div)})`;
      }
      case 'minmax': {
        const f = e.op === 'min' ? 'Math.min' : 'Math.max';
        const steps = e.args.map(
          (a, k) => `x = ${sub(a)}; if (x !== x) return NaN; acc = ${k === 0 ? 'x' : `${f}(acc, x)`};`,
        );
        return this.helper(`let acc = 0, x = 0; ${steps.join(' ')} return acc;`);
      }
      case 'compare':
        return this.compare(e, inMember);
      case 'oneOf': {
        const ty = staticType(this.program, e.arg, inMember);
        if (ty.t !== 'enum') throw new Unsupported('oneOf over a non-enum');
        const hit = this.constant(Int8Array.from(ty.values, (x) => (e.values.includes(x) ? 1 : 0)));
        return this.helper(`const x = ${sub(e.arg)}; return x < 0 ? -1 : ${hit}[x];`);
      }
      case 'logic': {
        const decisive = e.op === 'or' ? 1 : 0;
        const steps = e.args.map((a) => `x = ${sub(a)}; if (x === ${decisive}) return ${decisive}; if (x < 0) u = 1;`);
        return this.helper(`let u = 0, x = 0; ${steps.join(' ')} return u ? -1 : ${1 - decisive};`);
      }
      case 'not':
        return this.helper(`const x = ${sub(e.arg)}; return x < 0 ? -1 : 1 - x;`);
      case 'if': {
        const unknown = this.isNumeric(e, inMember) ? 'NaN' : '-1';
        return this.helper(
          `const c = ${sub(e.cond)}; return c < 0 ? ${unknown} : c === 1 ? ${sub(e.ifTrue)} : ${sub(e.ifFalse)};`,
        );
      }
      case 'aggregate':
        if (inMember) throw new Unsupported('aggregate inside a member expression');
        return this.aggregate(e.op, e.body);
      case 'yearsSince':
        return `Math.trunc((${this.constant(this.asOf)} - ${sub(e.arg)}) / 10000)`;
      default:
        throw new Unsupported((e as Expr).kind);
    }
  }

  private isNumeric(e: Expr, inMember: boolean): boolean {
    const t = staticType(this.program, e, inMember).t;
    return t === 'num' || t === 'date';
  }

  /** A small function of the member index `j` (unused at household scope), called in place. */
  private helper(body: string): string {
    const fn = `F${this.fns.length}`;
    this.fns.push(`function ${fn}(j) { ${body} }`);
    return `${fn}(j)`;
  }

  private compare(e: Extract<Expr, { kind: 'compare' }>, inMember: boolean): string {
    const lt = staticType(this.program, e.left, inMember);
    if (lt.t === 'enum' || e.left.kind === 'str') {
      const [subj, lit] = lt.t === 'enum' ? [e.left, e.right] : [e.right, e.left];
      const st = staticType(this.program, subj, inMember);
      if (st.t !== 'enum' || lit.kind !== 'str') throw new Unsupported('enum compared with a non-literal');
      const idx = st.values.indexOf(lit.value);
      const [yes, no] = e.op === 'eq' ? ['1', '0'] : ['0', '1'];
      return this.helper(`const x = ${this.expr(subj, inMember)}; return x < 0 ? -1 : x === ${idx} ? ${yes} : ${no};`);
    }
    const op = { lt: '<', le: '<=', gt: '>', ge: '>=', eq: '===', ne: '!==' }[e.op];
    // Booleans compared with each other are 0/1 with -1 unknown; numbers NaN.
    const unknown = (x: string) => (this.isNumeric(e.left, inMember) ? `${x} !== ${x}` : `${x} < 0`);
    return this.helper(
      `const a = ${this.expr(e.left, inMember)}, b = ${this.expr(e.right, inMember)}; ` +
        `return ${unknown('a')} || ${unknown('b')} ? -1 : a ${op} b ? 1 : 0;`,
    );
  }

  private aggregate(op: 'sum' | 'count' | 'any' | 'all', bodyExpr: Expr): string {
    const body = this.expr(bodyExpr, true);
    const numeric = this.isNumeric(bodyExpr, true);
    const unknown = numeric ? 'x !== x' : 'x < 0';
    const loop =
      op === 'sum'
        ? `let acc = 0; for (let j = OFF[i]; j < to; j++) { const x = ${body}; if (${unknown}) return NaN; acc += x; } return acc;`
        : op === 'count'
          ? `let acc = 0; for (let j = OFF[i]; j < to; j++) { const x = ${body}; if (${unknown}) return NaN; acc += x; } return acc;`
          : `let u = 0; for (let j = OFF[i]; j < to; j++) { const x = ${body}; if (x === ${op === 'any' ? 1 : 0}) return ${op === 'any' ? 1 : 0}; if (x < 0) u = 1; } return u ? -1 : ${op === 'any' ? 0 : 1};`;
    const none = op === 'sum' || op === 'count' ? 'NaN' : '-1';
    return this.helper(`if (MK[i] !== 1) return ${none}; const to = OFF[i + 1]; ${loop}`);
  }

  /**
   * A lookup: keys left to right, the first unknown one makes it unknown; then a constant or a
   * dense table. No period in force or no cell for the keys: the interpreter throws, so the
   * household goes to the lane-exact path.
   */
  private param(id: string, keys: readonly Expr[], inMember: boolean): string {
    const def = this.program.parameters.get(id) as ParameterDef;
    const asBool = (x: number) => (def.unit === 'bool' ? (x !== 0 ? 1 : 0) : x);
    const unknownOut = def.unit === 'bool' ? '-1' : 'NaN';
    const table = indexTable(def, this.date);
    const reads = keys.map((k, d) => {
      if (k.kind === 'str') return `const k${d} = 0;`;
      const unknown = this.isNumeric(k, inMember) ? `k${d} !== k${d}` : `k${d} < 0`;
      return `const k${d} = ${this.expr(k, inMember)}; if (${unknown}) return ${unknownOut};`;
    });
    const ks = keys.map((_, d) => `k${d}`).join(', ');
    if (table === null || (typeof table !== 'number' && keys.length === 0)) {
      return this.helper(`${reads.join(' ')} throw DEFER;`);
    }
    if (typeof table === 'number') {
      const value = this.constant(asBool(table));
      return keys.length === 0 ? value : this.helper(`${reads.join(' ')} return ${value};`);
    }
    const kinds = keys.map((k) => {
      if (k.kind === 'str') return { lit: k.value } as const;
      const t = staticType(this.program, k, inMember);
      if (t.t === 'enum') return { values: t.values } as const;
      if (t.t === 'num') return { numeric: true } as const;
      throw new Unsupported(`table key of type ${t.t}`);
    });
    const root = densify(def, table, kinds, 0, asBool);
    const down = (at: Dense, key: number, d: number): Dense => {
      if (at === undefined || typeof at === 'number') throw DEFER;
      return pick(def, at, key, kinds, d, asBool);
    };
    const cell = (at: Dense): number => {
      if (typeof at !== 'number') throw DEFER;
      return at;
    };
    // One closure per arity so the hot path allocates nothing (no rest arguments).
    const look =
      keys.length === 1
        ? (a: number) => cell(down(root, a, 0))
        : keys.length === 2
          ? (a: number, b: number) => cell(down(down(root, a, 0), b, 1))
          : (...xs: number[]) => cell(xs.reduce((at: Dense, k, d) => down(at, k, d), root));
    return this.helper(`${reads.join(' ')} return ${this.constant(look)}(${ks});`);
  }
}

type KeyKind = { readonly lit: string } | { readonly values: readonly string[] } | { readonly numeric: true };

function densify(
  def: ParameterDef,
  at: Level | number | undefined,
  kinds: readonly KeyKind[],
  d: number,
  asBool: (x: number) => number,
): Dense {
  if (at === undefined) return undefined;
  if (typeof at === 'number') return asBool(at);
  const kind = kinds[d];
  if (kind === undefined) return undefined;
  const child = (x: Level | number | undefined) => densify(def, x, kinds, d + 1, asBool);
  if ('lit' in kind) return { arr: [child(step(def, at, kind.lit))], level: at, numeric: false };
  if ('values' in kind) return { arr: kind.values.map((x) => child(step(def, at, x))), level: at, numeric: false };
  const max = Math.max(-1, ...[...at.byNum.keys()].filter((k) => k >= 0 && k <= 4096));
  const arr: Dense[] = [];
  for (let k = 0; k <= max; k++) arr.push(child(at.byNum.get(k)));
  return { arr, level: at, numeric: true };
}

/** One step down: a dense read for in-range integers, else exactly table.ts `step`. */
function pick(
  def: ParameterDef,
  at: DenseLevel,
  key: number,
  kinds: readonly KeyKind[],
  d: number,
  asBool: (x: number) => number,
): Dense {
  if (!at.numeric) return at.arr[key];
  if (Number.isInteger(key) && key >= 0 && key < at.arr.length) return at.arr[key];
  return densify(def, step(def, at.level, key), kinds, d + 1, asBool);
}
