import { assertNever, type Expr, type Variable } from '../expr/nodes.ts';
import { conversion } from '../expr/units.ts';
import type { ParameterDef } from '../parameters/types.ts';
import { staticType } from '../program/static-type.ts';
import type { Program } from '../program/types.ts';
import { dateToNum } from '../util/dates.ts';
import type { Column } from './columns.ts';
import { aggregateFlags, any, bit, gatherOut, known, type Out, raise, sequential, strict } from './lanes.ts';
import { shortcutKernel } from './shortcut-lanes.ts';
import { EMPTY_LEVEL, indexTable, type Level, step } from './table.ts';

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
  readonly vars: Map<string, Out>;
}

/** A compiled node: values plus the lanes where the scalar evaluator would throw (lanes.ts). */
export type Kernel = (c: Chunk) => Out;
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
        return (c) => known(new Float64Array(len(c)).fill(e.value));
      case 'bool':
        return (c) => known(new Int8Array(len(c)).fill(e.value ? 1 : 0));
      case 'str':
        throw new Error('enum literals compile inside comparisons');
      case 'input':
        if (e.scope === 'member') return (c) => known(c.member[e.field] as Column);
        return inMember
          ? (c) => gatherOut(known(c.household[e.field] as Column), c.owner, c.m)
          : (c) => known(c.household[e.field] as Column);
      case 'ref': {
        const k = this.variable(e.id);
        return inMember ? (c) => gatherOut(k(c), c.owner, c.m) : k;
      }
      case 'param':
        return this.param(e.id, e.keys, inMember);
      case 'arith': {
        const l = this.compile(e.left, inMember);
        const r = this.compile(e.right, inMember);
        const op = e.op;
        return (c) => {
          const lo = l(c);
          const ro = r(c);
          const a = lo.v as F64;
          const b = ro.v as F64;
          const out = new Float64Array(a.length);
          for (let i = 0; i < a.length; i++) {
            const x = a[i] as number;
            const y = b[i] as number;
            out[i] = op === 'add' ? x + y : op === 'sub' ? x - y : op === 'mul' ? x * y : y === 0 ? Number.NaN : x / y;
          }
          return strict(out, [lo, ro]);
        };
      }
      case 'round': {
        const a = this.compile(e.arg, inMember);
        const f = e.mode === 'floor' ? Math.floor : e.mode === 'ceil' ? Math.ceil : (q: number) => Math.floor(q + 0.5);
        if (e.step.kind === 'num') {
          const s = e.step.value;
          return map(a, (x) => f(x / s) * s);
        }
        const st = this.compile(e.step, inMember);
        return (c) => {
          const xo = a(c);
          const so = st(c);
          const x = xo.v as F64;
          const s = so.v as F64;
          const out = new Float64Array(x.length);
          for (let i = 0; i < x.length; i++) out[i] = f((x[i] as number) / (s[i] as number)) * (s[i] as number);
          return strict(out, [xo, so]);
        };
      }
      case 'convert': {
        const [mul, div] = conversion(e.from, e.to) as readonly [number, number];
        return map(this.compile(e.arg, inMember), (x) => (x * mul) / div);
      }
      case 'minmax': {
        const ks = e.args.map((a) => this.compile(a, inMember));
        const f = e.op === 'min' ? Math.min : Math.max;
        return (c) => {
          const parts = ks.map((k) => k(c));
          const out = Float64Array.from(parts[0]?.v as F64);
          for (const p of parts.slice(1)) {
            const col = p.v as F64;
            for (let i = 0; i < out.length; i++) out[i] = f(out[i] as number, col[i] as number);
          }
          // The scalar stops at the first unknown argument.
          return sequential(out, parts, Number.isNaN);
        };
      }
      case 'compare':
        return this.compare(e, inMember);
      case 'oneOf': {
        const values = (staticType(this.program, e.arg, inMember) as { values: readonly string[] }).values;
        const hit = new Int8Array(values.length).map((_, i) => (e.values.includes(values[i] as string) ? 1 : 0));
        const a = this.compile(e.arg, inMember);
        return (c) => {
          const o = a(c);
          return strict(
            (o.v as I8).map((x) => (x < 0 ? -1 : (hit[x] as number))),
            [o],
          );
        };
      }
      case 'logic': {
        const ks = e.args.map((a) => this.compile(a, inMember));
        const decisive = e.op === 'or' ? 1 : 0;
        return (c) => {
          const out = new Int8Array(len(c)).fill(1 - decisive);
          const parts = ks.map((k) => k(c));
          for (const p of parts) {
            const col = p.v as I8;
            for (let i = 0; i < out.length; i++) {
              const x = col[i] as number;
              if (out[i] === decisive || x === decisive) out[i] = decisive;
              else if (x === -1) out[i] = -1;
            }
          }
          // The scalar stops at the first decisive argument.
          return sequential(out, parts, (x) => x === decisive);
        };
      }
      case 'not': {
        const a = this.compile(e.arg, inMember);
        return (c) => {
          const o = a(c);
          return strict(
            (o.v as I8).map((x) => (x < 0 ? -1 : 1 - x)),
            [o],
          );
        };
      }
      case 'if':
        return this.ifElse(e, inMember);
      case 'shortcut':
        return shortcutKernel(this.compile(e.exact, inMember), this.compile(e.full, inMember));
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

  /**
   * Both branches are computed for every lane (columnar), but a branch's flags count only
   * where the scalar runs it: the taken branch, or — for `u` under an unknown condition —
   * both, since `collect` then visits both.
   */
  private ifElse(e: Extract<Expr, { kind: 'if' }>, inMember: boolean): Kernel {
    const k = this.compile(e.cond, inMember);
    const t = this.compile(e.ifTrue, inMember);
    const f = this.compile(e.ifFalse, inMember);
    return (c) => {
      const ko = k(c);
      const ao = t(c);
      const bo = f(c);
      const cond = ko.v as I8;
      const a = ao.v;
      const b = bo.v;
      const out = a instanceof Float64Array ? new Float64Array(a.length) : new Int8Array(a.length);
      const unknown = a instanceof Float64Array ? Number.NaN : -1;
      for (let i = 0; i < out.length; i++)
        out[i] = cond[i] === 1 ? (a[i] as number) : cond[i] === 0 ? (b[i] as number) : unknown;
      if (ko.u === null && ao.u === null && bo.u === null) return known(out);
      const fm = new Uint8Array(out.length);
      const um = new Uint8Array(out.length);
      for (let i = 0; i < out.length; i++) {
        const ci = cond[i];
        fm[i] = bit(ko.f, i) || (ci === 1 ? bit(ao.f, i) : ci === 0 && bit(bo.f, i)) ? 1 : 0;
        const ub = ci === 1 ? bit(ao.u, i) : ci === 0 ? bit(bo.u, i) : bit(ao.u, i) || bit(bo.u, i);
        um[i] = fm[i] || bit(ko.u, i) || ub ? 1 : 0;
      }
      return { v: out, f: fm, u: um };
    };
  }

  private compare(e: Extract<Expr, { kind: 'compare' }>, inMember: boolean): Kernel {
    const lt = staticType(this.program, e.left, inMember);
    if (lt.t === 'enum' || e.left.kind === 'str') {
      const [subj, lit] = lt.t === 'enum' ? [e.left, e.right] : [e.right, e.left];
      const values = (staticType(this.program, subj, inMember) as { values: readonly string[] }).values;
      const idx = values.indexOf((lit as { value: string }).value);
      const want = e.op === 'eq' ? 1 : 0;
      const a = this.compile(subj, inMember);
      return (c) => {
        const o = a(c);
        return strict(
          (o.v as I8).map((x) => (x < 0 ? -1 : x === idx ? want : 1 - want)),
          [o],
        );
      };
    }
    const l = this.compile(e.left, inMember);
    const r = this.compile(e.right, inMember);
    const op = e.op;
    return (c) => {
      const lo = l(c);
      const ro = r(c);
      const a = lo.v as F64;
      const b = ro.v as F64;
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
      return strict(out, [lo, ro]);
    };
  }

  /**
   * A table lookup never throws per lane: a key no cell covers yields unknown and sets the
   * lane's flags. Like interpret.ts `param`, keys are read left to right and the first
   * unknown key ends the lookup (unknown, no error); `collect` then re-runs every key.
   */
  private param(id: string, keys: readonly Expr[], inMember: boolean): Kernel {
    const def = this.program.parameters.get(id) as ParameterDef;
    const indexed = indexTable(def, this.date);
    const asBool = def.unit === 'bool';
    if (indexed === null && keys.length === 0) {
      // No period in force and nothing to read first: every lane that reaches this node fails.
      return (c) => {
        const n = inMember ? c.m : c.n;
        const flags = new Uint8Array(n).fill(1);
        return { v: asBool ? new Int8Array(n).fill(-1) : new Float64Array(n).fill(Number.NaN), f: flags, u: flags };
      };
    }
    // A keyed lookup with no period still reads its keys first; then every cell misses.
    const table = indexed ?? EMPTY_LEVEL;
    if (typeof table === 'number') {
      return (c) =>
        known(
          asBool
            ? new Int8Array(inMember ? c.m : c.n).fill(table !== 0 ? 1 : 0)
            : new Float64Array(inMember ? c.m : c.n).fill(table),
        );
    }
    // Each key becomes a per-row reader yielding a number, an enum value, or null (unknown).
    const readers = keys.map((k) => {
      if (k.kind === 'str') return () => ({ o: null, at: () => k.value as number | string | null });
      const t = staticType(this.program, k, inMember);
      const kernel = this.compile(k, inMember);
      if (t.t === 'enum') {
        return (c: Chunk) => {
          const o = kernel(c);
          const col = o.v as I8;
          return { o, at: (i: number) => ((col[i] as number) < 0 ? null : (t.values[col[i] as number] as string)) };
        };
      }
      return (c: Chunk) => {
        const o = kernel(c);
        const col = o.v as F64;
        return { o, at: (i: number) => (Number.isNaN(col[i]) ? null : (col[i] as number)) };
      };
    });
    return (c) => {
      const rs = readers.map((r) => r(c));
      const n = inMember ? c.m : c.n;
      const out = asBool ? new Int8Array(n) : new Float64Array(n);
      let fm: Uint8Array | null = null;
      rows: for (let i = 0; i < n; i++) {
        // Every key first: a later unknown key makes the lookup unknown even if an earlier
        // key misses the table, because the scalar reads all keys before it looks anything up.
        for (const r of rs) {
          const failed = r.o !== null && bit(r.o.f, i);
          if (failed || r.at(i) === null) {
            if (failed) fm = raise(fm, n, i);
            out[i] = asBool ? -1 : Number.NaN;
            continue rows;
          }
        }
        let at: Level | number | undefined = table;
        for (const r of rs) {
          if (typeof at !== 'object') break;
          at = step(def, at, r.at(i) as number | string);
        }
        if (typeof at !== 'number') {
          fm = raise(fm, n, i);
          out[i] = asBool ? -1 : Number.NaN;
        } else out[i] = asBool ? (at !== 0 ? 1 : 0) : at;
      }
      return { v: out, f: fm, u: any([fm, ...rs.map((r) => r.o?.u ?? null)]) };
    };
  }
}

function map(k: Kernel, f: (x: number) => number): Kernel {
  return (c) => {
    const o = k(c);
    return strict((o.v as F64).map(f), [o]);
  };
}

function aggregate(op: 'sum' | 'count' | 'any' | 'all', body: Kernel): Kernel {
  // Where interpret.ts `aggregate` stops walking members: unknown for sum/count, decisive for any/all.
  const stop =
    op === 'sum'
      ? Number.isNaN
      : op === 'count'
        ? (x: number) => x === -1
        : op === 'any'
          ? (x: number) => x === 1
          : (x: number) => x === 0;
  return (c) => {
    const bo = body(c);
    const col = bo.v;
    const out = op === 'sum' || op === 'count' ? new Float64Array(c.n) : new Int8Array(c.n);
    let fm: Uint8Array | null = null;
    let um: Uint8Array | null = null;
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
      if (bo.u === null) continue;
      const resultUnknown = op === 'sum' || op === 'count' ? Number.isNaN(out[i]) : out[i] === -1;
      const [f, u] = aggregateFlags(bo, stop, from, to, resultUnknown);
      if (f) fm = raise(fm, c.n, i);
      if (u) um = raise(um, c.n, i);
    }
    return { v: out, f: fm, u: um };
  };
}
