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
 * parameter in force that day is a constant or a dense lookup array, every variable a local
 * computed at most once per household, no per-node arrays. It decides the households whose
 * evaluation meets no unknown value and no failed lookup (the bulk of a real list) and hands
 * back the others by index, for the lane-exact column kernels (compile-node.ts) to decide.
 * So its answers are the interpreter's by construction: on the rows it keeps, Kleene logic
 * never leaves {true, false} and the arithmetic is the same operations in the same order.
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
function kf(x) { if (x !== x) throw DEFER; return x; }
function ki(x) { if (x < 0) throw DEFER; return x; }
function dv(x, y) { if (y === 0) throw DEFER; return x / y; }
function defer() { throw DEFER; }
return function fused(cols, st, am, crit, deferred) {
  ${cols.join('\n  ')}
  const MK = cols.membersKnown;
  const OFF = cols.memberOffsets;
  const n = cols.n;
  let i = 0;
  ${this.fns.join('\n  ')}
  ${crit.map((_, k) => `const C${k} = crit[${k}];`).join(' ')}
  let nd = 0;
  for (i = 0; i < n; i++) {
    try {
      ${crit.map((c, k) => `const c${k} = ${c};`).join('\n      ')}
      ${crit.map((_, k) => `C${k}[i] = c${k};`).join(' ')}
      if (${crit.length ? crit.map((_, k) => `c${k} === 1`).join(' && ') : 'true'}) { st[i] = 1; am[i] = ${amount}; }
      else { st[i] = 0; am[i] = NaN; }
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

  /** JavaScript for `e`, a number (booleans 0/1, enums their value index) or a DEFER throw. */
  private expr(e: Expr, inMember: boolean): string {
    const sub = (x: Expr) => this.expr(x, inMember);
    switch (e.kind) {
      case 'num':
        return this.constant(e.value);
      case 'bool':
        return e.value ? '1' : '0';
      case 'str':
        throw new Unsupported('string literal outside a comparison');
      case 'input': {
        const ty = staticType(this.program, e, inMember);
        const col = this.column(e.scope, e.field);
        const at = e.scope === 'member' ? 'j' : 'i';
        return ty.t === 'num' || ty.t === 'date' ? `kf(${col}[${at}])` : `ki(${col}[${at}])`;
      }
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
        return e.args.map(sub).reduce((acc, x) => `${f}(${acc}, ${x})`);
      }
      case 'compare':
        return this.compare(e, inMember);
      case 'oneOf': {
        const ty = staticType(this.program, e.arg, inMember);
        if (ty.t !== 'enum') throw new Unsupported('oneOf over a non-enum');
        const hit = Int8Array.from(ty.values, (x) => (e.values.includes(x) ? 1 : 0));
        return `${this.constant(hit)}[${sub(e.arg)}]`;
      }
      case 'logic':
        return `(${e.args.map(sub).join(e.op === 'and' ? ' && ' : ' || ')})`;
      case 'not':
        return `(1 - ${sub(e.arg)})`;
      case 'if':
        return `(${sub(e.cond)} === 1 ? ${sub(e.ifTrue)} : ${sub(e.ifFalse)})`;
      case 'aggregate':
        if (inMember) throw new Unsupported('aggregate inside a member expression');
        return this.aggregate(e.op, e.body);
      case 'yearsSince':
        return `Math.trunc((${this.constant(this.asOf)} - ${sub(e.arg)}) / 10000)`;
      default:
        throw new Unsupported((e as Expr).kind);
    }
  }

  private compare(e: Extract<Expr, { kind: 'compare' }>, inMember: boolean): string {
    const lt = staticType(this.program, e.left, inMember);
    if (lt.t === 'enum' || e.left.kind === 'str') {
      const [subj, lit] = lt.t === 'enum' ? [e.left, e.right] : [e.right, e.left];
      const st = staticType(this.program, subj, inMember);
      if (st.t !== 'enum' || lit.kind !== 'str') throw new Unsupported('enum compared with a non-literal');
      const idx = st.values.indexOf(lit.value);
      const [yes, no] = e.op === 'eq' ? ['1', '0'] : ['0', '1'];
      return `(${this.expr(subj, inMember)} === ${idx} ? ${yes} : ${no})`;
    }
    const op = { lt: '<', le: '<=', gt: '>', ge: '>=', eq: '===', ne: '!==' }[e.op];
    return `(${this.expr(e.left, inMember)} ${op} ${this.expr(e.right, inMember)} ? 1 : 0)`;
  }

  private aggregate(op: 'sum' | 'count' | 'any' | 'all', bodyExpr: Expr): string {
    const fn = `A${this.fns.length}`;
    const body = this.expr(bodyExpr, true);
    const loop =
      op === 'sum' || op === 'count'
        ? `let acc = 0; for (let j = OFF[i]; j < to; j++) acc += ${body}; return acc;`
        : op === 'any'
          ? `for (let j = OFF[i]; j < to; j++) if (${body} === 1) return 1; return 0;`
          : `for (let j = OFF[i]; j < to; j++) if (${body} === 0) return 0; return 1;`;
    this.fns.push(`function ${fn}() { if (MK[i] !== 1) throw DEFER; const to = OFF[i + 1]; ${loop} }`);
    return `${fn}()`;
  }

  /** A lookup: a constant, or a dense table walked by the keys' values (a miss defers the household). */
  private param(id: string, keys: readonly Expr[], inMember: boolean): string {
    const def = this.program.parameters.get(id) as ParameterDef;
    const asBool = (x: number) => (def.unit === 'bool' ? (x !== 0 ? 1 : 0) : x);
    const table = indexTable(def, this.date);
    const keyCode = keys.map((k) => (k.kind === 'str' ? '0' : this.expr(k, inMember)));
    // No period in force, or a table read without keys: the interpreter throws (after reading
    // any keys), so the household goes to the lane-exact path.
    if (table === null || (typeof table !== 'number' && keys.length === 0)) {
      return `(${[...keyCode, 'defer()'].join(', ')})`;
    }
    if (typeof table === 'number') return `(${[...keyCode, this.constant(asBool(table))].join(', ')})`;
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
          : (...ks: number[]) => cell(ks.reduce((at: Dense, k, d) => down(at, k, d), root));
    return `${this.constant(look)}(${keyCode.join(', ')})`;
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
