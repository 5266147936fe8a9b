import { assertNever, type Expr, type Variable } from '../expr/nodes.ts';
import { conversion } from '../expr/units.ts';
import type { ParameterDef } from '../parameters/types.ts';
import { staticType } from '../program/static-type.ts';
import type { Program } from '../program/types.ts';
import { dateToNum } from '../util/dates.ts';
import type { Column } from './columns.ts';
import { indexTable, type Level, step } from './table.ts';

/**
 * A slice of households (and their member rows) evaluated together. Member-scope nodes
 * produce columns of length `m`; household-scope nodes columns of length `n`.
 */
export interface Chunk {
  readonly n: number;
  readonly m: number;
  readonly household: Readonly<Record<string, Column>>;
  readonly member: Readonly<Record<string, Column>>;
  readonly membersKnown: Int8Array;
  /** Local CSR offsets, length n + 1. */
  readonly offsets: Int32Array;
  /** For each member row, its household's index within the chunk. */
  readonly owner: Int32Array;
  readonly vars: Map<string, Column>;
}

export type Kernel = (c: Chunk) => Column;
type F64 = Float64Array;
type I8 = Int8Array;

/** Compiles each node once into a kernel that fills a new column; kernels never write their inputs. */
export class NodeCompiler {
  private readonly asOf: number;
  constructor(
    private readonly program: Program,
    private readonly date: string,
  ) {
    this.asOf = dateToNum(date);
  }

  variable(id: string): Kernel {
    const body = this.compile((this.program.variables.get(id) as Variable).expr, false);
    return (c) => {
      let col = c.vars.get(id);
      if (!col) {
        col = body(c);
        c.vars.set(id, col);
      }
      return col;
    };
  }

  compile(e: Expr, inMember: boolean): Kernel {
    const len = (c: Chunk) => (inMember ? c.m : c.n);
    switch (e.kind) {
      case 'num':
        return (c) => new Float64Array(len(c)).fill(e.value);
      case 'bool':
        return (c) => new Int8Array(len(c)).fill(e.value ? 1 : 0);
      case 'str':
        throw new Error('enum literals compile inside comparisons');
      case 'input':
        if (e.scope === 'member') return (c) => c.member[e.field] as Column;
        return inMember ? gather((c) => c.household[e.field] as Column) : (c) => c.household[e.field] as Column;
      case 'ref': {
        const k = this.variable(e.id);
        return inMember ? gather(k) : k;
      }
      case 'param':
        return this.param(e.id, e.keys, inMember);
      case 'arith': {
        const l = this.compile(e.left, inMember);
        const r = this.compile(e.right, inMember);
        const op = e.op;
        return (c) => {
          const a = l(c) as F64;
          const b = r(c) as F64;
          const out = new Float64Array(a.length);
          for (let i = 0; i < a.length; i++) {
            const x = a[i] as number;
            const y = b[i] as number;
            out[i] = op === 'add' ? x + y : op === 'sub' ? x - y : op === 'mul' ? x * y : y === 0 ? Number.NaN : x / y;
          }
          return out;
        };
      }
      case 'round': {
        const a = this.compile(e.arg, inMember);
        const { mode, step: s } = e;
        const f = mode === 'floor' ? Math.floor : mode === 'ceil' ? Math.ceil : (q: number) => Math.floor(q + 0.5);
        return map(a, (x) => f(x / s) * s);
      }
      case 'convert': {
        const [mul, div] = conversion(e.from, e.to) as readonly [number, number];
        return map(this.compile(e.arg, inMember), (x) => (x * mul) / div);
      }
      case 'minmax': {
        const ks = e.args.map((a) => this.compile(a, inMember));
        const f = e.op === 'min' ? Math.min : Math.max;
        return (c) => {
          const cols = ks.map((k) => k(c) as F64);
          const out = Float64Array.from(cols[0] as F64);
          for (const col of cols.slice(1))
            for (let i = 0; i < out.length; i++) out[i] = f(out[i] as number, col[i] as number);
          return out;
        };
      }
      case 'compare':
        return this.compare(e, inMember);
      case 'oneOf': {
        const values = (staticType(this.program, e.arg, inMember) as { values: readonly string[] }).values;
        const hit = new Int8Array(values.length).map((_, i) => (e.values.includes(values[i] as string) ? 1 : 0));
        const a = this.compile(e.arg, inMember);
        return (c) => (a(c) as I8).map((x) => (x < 0 ? -1 : (hit[x] as number)));
      }
      case 'logic': {
        const ks = e.args.map((a) => this.compile(a, inMember));
        const decisive = e.op === 'or' ? 1 : 0;
        return (c) => {
          const out = new Int8Array(len(c)).fill(1 - decisive);
          for (const k of ks) {
            const col = k(c) as I8;
            for (let i = 0; i < out.length; i++) {
              const x = col[i] as number;
              if (out[i] === decisive || x === decisive) out[i] = decisive;
              else if (x === -1) out[i] = -1;
            }
          }
          return out;
        };
      }
      case 'not': {
        const a = this.compile(e.arg, inMember);
        return (c) => (a(c) as I8).map((x) => (x < 0 ? -1 : 1 - x));
      }
      case 'if': {
        const k = this.compile(e.cond, inMember);
        const t = this.compile(e.ifTrue, inMember);
        const f = this.compile(e.ifFalse, inMember);
        return (c) => {
          const cond = k(c) as I8;
          const a = t(c);
          const b = f(c);
          const out = a instanceof Float64Array ? new Float64Array(a.length) : new Int8Array(a.length);
          const unknown = a instanceof Float64Array ? Number.NaN : -1;
          for (let i = 0; i < out.length; i++)
            out[i] = cond[i] === 1 ? (a[i] as number) : cond[i] === 0 ? (b[i] as number) : unknown;
          return out;
        };
      }
      case 'aggregate':
        return aggregate(e.op, this.compile(e.body, true));
      case 'yearsSince': {
        const asOf = this.asOf;
        return map(this.compile(e.arg, inMember), (d) => Math.trunc((asOf - d) / 10000));
      }
      default:
        return assertNever(e);
    }
  }

  private compare(e: Extract<Expr, { kind: 'compare' }>, inMember: boolean): Kernel {
    const lt = staticType(this.program, e.left, inMember);
    if (lt.t === 'enum' || e.left.kind === 'str') {
      const [subj, lit] = lt.t === 'enum' ? [e.left, e.right] : [e.right, e.left];
      const values = (staticType(this.program, subj, inMember) as { values: readonly string[] }).values;
      const idx = values.indexOf((lit as { value: string }).value);
      const want = e.op === 'eq' ? 1 : 0;
      const a = this.compile(subj, inMember);
      return (c) => (a(c) as I8).map((x) => (x < 0 ? -1 : x === idx ? want : 1 - want));
    }
    const l = this.compile(e.left, inMember);
    const r = this.compile(e.right, inMember);
    const op = e.op;
    return (c) => {
      const a = l(c) as F64;
      const b = r(c) as F64;
      const out = new Int8Array(a.length);
      for (let i = 0; i < a.length; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        if (Number.isNaN(x) || Number.isNaN(y)) out[i] = -1;
        else {
          const t =
            op === 'lt'
              ? x < y
              : op === 'le'
                ? x <= y
                : op === 'gt'
                  ? x > y
                  : op === 'ge'
                    ? x >= y
                    : op === 'eq'
                      ? x === y
                      : x !== y;
          out[i] = t ? 1 : 0;
        }
      }
      return out;
    };
  }

  private param(id: string, keys: readonly Expr[], inMember: boolean): Kernel {
    const def = this.program.parameters.get(id) as ParameterDef;
    const table = indexTable(def, this.date);
    const asBool = def.unit === 'bool';
    if (typeof table === 'number') {
      return (c) =>
        asBool
          ? new Int8Array(inMember ? c.m : c.n).fill(table !== 0 ? 1 : 0)
          : new Float64Array(inMember ? c.m : c.n).fill(table);
    }
    // Each key becomes a per-row reader yielding a number, an enum value, or null (unknown).
    const readers = keys.map((k) => {
      if (k.kind === 'str') return () => () => k.value as number | string | null;
      const t = staticType(this.program, k, inMember);
      const kernel = this.compile(k, inMember);
      if (t.t === 'enum') {
        return (c: Chunk) => {
          const col = kernel(c) as I8;
          return (i: number) => ((col[i] as number) < 0 ? null : (t.values[col[i] as number] as string));
        };
      }
      return (c: Chunk) => {
        const col = kernel(c) as F64;
        return (i: number) => (Number.isNaN(col[i]) ? null : (col[i] as number));
      };
    });
    const { date } = this;
    return (c) => {
      const rs = readers.map((r) => r(c));
      const n = inMember ? c.m : c.n;
      const out = asBool ? new Int8Array(n) : new Float64Array(n);
      rows: for (let i = 0; i < n; i++) {
        let at: Level | number = table;
        for (const r of rs) {
          const key = r(i);
          if (key === null) {
            out[i] = asBool ? -1 : Number.NaN;
            continue rows;
          }
          at = step(def, date, at as Level, key);
        }
        out[i] = asBool ? ((at as number) !== 0 ? 1 : 0) : (at as number);
      }
      return out;
    };
  }
}

function map(k: Kernel, f: (x: number) => number): Kernel {
  return (c) => (k(c) as F64).map(f);
}

/** A household column read from member rows. */
function gather(k: Kernel): Kernel {
  return (c) => {
    const h = k(c);
    const out = h instanceof Float64Array ? new Float64Array(c.m) : new Int8Array(c.m);
    for (let j = 0; j < c.m; j++) out[j] = h[c.owner[j] as number] as number;
    return out;
  };
}

function aggregate(op: 'sum' | 'count' | 'any' | 'all', body: Kernel): Kernel {
  return (c) => {
    const col = body(c);
    const out = op === 'sum' || op === 'count' ? new Float64Array(c.n) : new Int8Array(c.n);
    for (let i = 0; i < c.n; i++) {
      if (c.membersKnown[i] !== 1) {
        out[i] = op === 'sum' || op === 'count' ? Number.NaN : -1;
        continue;
      }
      const from = c.offsets[i] as number;
      const to = c.offsets[i + 1] as number;
      let acc = 0;
      let unknown = false;
      for (let j = from; j < to; j++) {
        const x = col[j] as number;
        if (op === 'sum') acc += x;
        else if (x === -1) unknown = true;
        else if (op === 'count') acc += x;
        else if (op === 'any' && x === 1) acc = 1;
        else if (op === 'all' && x === 0) acc = 1;
      }
      if (op === 'sum') out[i] = acc;
      else if (op === 'count') out[i] = unknown ? Number.NaN : acc;
      else if (acc === 1) out[i] = op === 'any' ? 1 : 0;
      else out[i] = unknown ? -1 : op === 'any' ? 0 : 1;
    }
    return out;
  };
}
