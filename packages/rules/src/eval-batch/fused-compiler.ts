import type { Aggregate, Expr } from '../expr/nodes.ts';
import type { ParameterDef } from '../parameters/types.ts';
import { staticType } from '../program/static-type.ts';
import type { Program } from '../program/types.ts';
import { dateToNum } from '../util/dates.ts';
import { everyLookup } from './fused-check.ts';
import { compare } from './fused-compare.ts';
import type { Hoisting } from './fused-hoist.ts';
import { ifCode, shortcutCode } from './fused-if.ts';
import { aggregate, MemberPass } from './fused-members.ts';
import { arithCode, convertCode, notCode, oneOfCode, roundCode, yearsSinceCode } from './fused-ops.ts';
import { paramRead, Unsupported } from './fused-param.ts';
import { kernelSource, sharedSource } from './fused-source.ts';
import { DEFER } from './fused-table.ts';
import { walk } from './fused-walk.ts';

/**
 * Emits statements, not nested calls: each node appends its statements to the current block and
 * returns a cheap JavaScript expression for its value (a temporary, a column read, a literal).
 * Values keep Kleene's unknown: numbers and dates NaN, booleans (0/1) and enum indexes -1.
 * Operands are evaluated exactly where interpret.ts `run` evaluates them (labelled blocks end a
 * walk at the first decisive or unknown operand), so a failed lookup throws here for the same
 * households as there.
 */
type Agg = { expr: Aggregate; program: Program };

export class FusedCompiler {
  private readonly env: unknown[] = [];
  private readonly hCols = new Map<string, string>();
  private readonly mCols = new Map<string, string>();
  private varFns = new Map<string, string>();
  /** Functions declared before the loop (read by fused-check.ts too). */
  readonly fns: string[] = [];
  /** Eager mode: each variable's statements, in dependency order, run at the top of the row. */
  private prelude: string[] = [];
  /** Eager mode: variables computed where first needed (name, statements, value). */
  private guarded = new Map<string, { name: string; code: string; value: string }>();
  /** Eager mode: how many branches, later operands or member bodies enclose the code being emitted. */
  private cond = 0;
  /** How many shortcut fallbacks (`full` where `exact` is unknown) enclose the code being emitted. */
  private fallbacks = 0;
  private readonly asOf: number;
  private out: string[] = [];
  private n = 0;

  /** Eager mode: member aggregates computed together in one loop at the top of the row. */
  members = new MemberPass();
  /** Eager mode: while a member pass body is compiled, the pass's pure values (fused-hoist.ts). */
  private memberValues: Hoisting | null = null;
  /** Catalog kernels: shared variable columns read (their index in the catalog's list). */
  private readonly sharedUsed = new Set<number>();

  constructor(
    readonly program: Program,
    readonly date: string,
    /** Variables and aggregates computed up front as locals (fast loop) or on demand as the interpreter does (lazy loop). */
    readonly eager: boolean,
    /**
     * Catalog kernels (eager only, catalog.ts): the column index of a variable the catalog computed
     * already for this chunk of households, or undefined; and the kernel runs over a chunk. With
     * `computedOnly` (a fallback), only a column it computes anyway: nothing new for every household.
     */
    private readonly shared?: (id: string, agg?: Agg, computedOnly?: boolean) => number | undefined,
  ) {
    this.asOf = dateToNum(date);
  }

  build(): unknown {
    const crit = this.program.criteria.map((c) => this.expr(c.expr, false));
    const critCode = this.take();
    // Variables the criteria need run for every household; the rest only where the amount is computed.
    const prelude = this.prelude.splice(0);
    const amount = this.program.amount ? this.expr(this.program.amount.expr, false) : 'NaN';
    const amountCode = this.take();
    const check = everyLookup(this);
    const amountPrelude = this.prelude.splice(0);
    const hasAmount = this.program.amount !== undefined;
    const shared = this.shared ? [...this.sharedUsed] : null;
    const rest = { prelude, amountPrelude, critCode, crit, amountCode, amount, hasAmount, check, shared };
    const body = kernelSource({ ...this.parts(), eager: this.eager, ...rest });
    // Named for the program, so that a CPU profile tells the kernels apart.
    const named = body.replace('function fused(', `function fused_${this.program.id.replace(/\W/g, '_')}(`);
    // Generated from the program's own checked expression tree, never from input data.
    return new Function('env', 'DEFER', named)(this.env, DEFER);
  }

  /**
   * The catalog's shared kernel: computes variables `ids` (dependencies first) for a chunk of
   * households into columns, in the fast loop's way (a failed lookup marks the household BAD).
   */
  buildShared(ids: readonly string[], aggregates: ReadonlyMap<string, Aggregate>): unknown {
    // A variable first met under a branch of another is computed where needed (guarded): its statements.
    const values = ids.map((id) => {
      const agg = aggregates.get(id);
      const value = agg ? this.expr(agg, false) : this.variable(id);
      return { code: this.take(), value };
    });
    const body = sharedSource({ ...this.parts(), prelude: this.prelude.splice(0), values });
    return new Function('env', 'DEFER', body)(this.env, DEFER);
  }

  /** What both kinds of kernel take: constants, columns, functions and the member pass. */
  private parts() {
    return { env: this.env.length, hCols: this.hCols, mCols: this.mCols, fns: this.fns, members: this.members.code() };
  }

  /**
   * `f`'s statements as a shortcut's fallback, in a block of their own. The fast loop compiles it as
   * a row of its own, run only where `exact` is unknown: its own member pass and its variables at
   * its top (what the row computed already is read as it is), so what only the fallback needs costs
   * the other households nothing, and nothing is pasted at each use.
   */
  fallback(f: () => string): { code: string; value: string } {
    if (!this.eager) return this.conditional(true, f);
    const outer = { prelude: this.prelude, guarded: this.guarded, varFns: this.varFns, members: this.members };
    const cond = this.cond;
    this.prelude = [];
    this.guarded = new Map(outer.guarded);
    this.varFns = new Map(outer.varFns);
    this.members = new MemberPass(outer.members);
    this.cond = 0;
    this.fallbacks++;
    try {
      const { code, value } = this.nested(f);
      return { code: [this.members.code(), ...this.prelude, code].join('\n'), value };
    } finally {
      // The fallback's names are its block's: later code computes its own.
      Object.assign(this, outer);
      this.cond = cond;
      this.fallbacks--;
    }
  }

  /** Whether variable `id` is a number or date (a Float64 column) rather than a boolean or enum (Int8). */
  numericVariable(id: string): boolean {
    return this.isNumeric({ kind: 'ref', id }, false);
  }

  /** Appends statements to the current block. */
  emit(code: string): void {
    this.out.push(code);
  }

  /** The statements emitted so far, and a fresh block. */
  private take(): string {
    const code = this.out.join('\n');
    this.out = [];
    return code;
  }

  /** Statements for `f` in a block of their own (a branch, a function body), and its value. */
  nested(f: () => string): { code: string; value: string } {
    const saved = this.out;
    this.out = [];
    const value = f();
    const code = this.out.join('\n');
    this.out = saved;
    return { code, value };
  }

  readonly temp = (): string => `t${this.n++}`;

  /** A temporary holding `code`'s value (so it is evaluated once). */
  bind(code: string): string {
    if (/^[\w.]+$/.test(code)) return code;
    const t = this.temp();
    this.out.push(`const ${t} = ${code};`);
    return t;
  }

  private constant(x: unknown): string {
    // A finite number prints as the shortest string that reads back as the same double.
    if (typeof x === 'number' && Number.isFinite(x))
      return x < 0 || Object.is(x, -0) ? `(${x === 0 ? '-0' : x})` : String(x);
    this.env.push(x);
    return `E${this.env.length - 1}`;
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
    if (this.eager) return this.eagerVariable(id);
    let fn = this.varFns.get(id);
    if (fn) return this.bind(`${fn}(i)`);
    fn = `V${this.varFns.size}`;
    this.varFns.set(id, fn);
    const def = this.program.variables.get(id);
    if (!def) throw new Unsupported(`variable ${id}`);
    const { code, value } = this.nested(() => this.expr(def.expr, false));
    this.fns.push(`let ${fn}s = -1, ${fn}v = 0;
  function ${fn}(i) { if (${fn}s === i) return ${fn}v;
    ${code}
    ${fn}v = ${value}; ${fn}s = i; return ${fn}v; }`);
    return this.bind(`${fn}(i)`);
  }

  /** `f`'s statements in a block of their own, counted as run only sometimes when `maybe`. */
  conditional(maybe: boolean, f: () => string): { code: string; value: string } {
    if (maybe) this.cond++;
    try {
      return this.nested(f);
    } finally {
      if (maybe) this.cond--;
    }
  }

  /**
   * Eager mode. A variable first read where every household reads it is a local computed once at
   * the top of the row, after the variables it reads; one first read only on some paths (a
   * branch, an operand after the first, a member body) is computed where needed, at most once.
   */
  private eagerVariable(id: string): string {
    const guarded = this.guarded.get(id);
    if (guarded) {
      this.out.push(
        `if (${guarded.name}d === 0) { ${guarded.code}\n${guarded.name} = ${guarded.value}; ${guarded.name}d = 1; }`,
      );
      return guarded.name;
    }
    const loaded = this.sharedLoad(id);
    if (loaded !== undefined) return loaded;
    const name = `v${this.varFns.size}`;
    const def = this.program.variables.get(id);
    if (!def) throw new Unsupported(`variable ${id}`);
    this.varFns.set(id, name);
    // In a fallback (few rows) at its top whatever reads it: no code pasted at each use.
    if (this.cond > 0 && this.fallbacks === 0) {
      const { code, value } = this.nested(() => this.expr(def.expr, false));
      this.prelude.push(`let ${name} = 0, ${name}d = 0;`);
      this.guarded.set(id, { name, code, value });
      return this.eagerVariable(id);
    }
    const { code, value } = this.nested(() => this.expr(def.expr, false));
    this.prelude.push(`${code}\nconst ${name} = ${value};`);
    return name;
  }

  /** Catalog kernels: a variable (or member aggregate `agg`) the catalog computed already for the chunk. */
  sharedLoad(key: string, agg?: Aggregate): string | undefined {
    const known = this.varFns.get(key);
    if (known) return known;
    // A fallback reads what the catalog computes anyway, and adds nothing to what it computes for all.
    const column = this.shared?.(key, agg && { expr: agg, program: this.program }, this.fallbacks > 0);
    if (column === undefined) return undefined;
    // A load, safe anywhere, so always at the top of its part.
    const name = `v${this.varFns.size}`;
    this.varFns.set(key, name);
    this.sharedUsed.add(column);
    this.prelude.push(`const ${name} = S${column}[r];`);
    return name;
  }

  private isNumeric(e: Expr, inMember: boolean): boolean {
    const t = staticType(this.program, e, inMember).t;
    return t === 'num' || t === 'date';
  }

  /** The unknown value of `e`'s type: NaN for numbers and dates, -1 for booleans and enums. */
  unknownValue(e: Expr, inMember: boolean): string {
    return this.isNumeric(e, inMember) ? 'NaN' : '-1';
  }

  /** `x` is unknown: NaN for numbers and dates, negative for booleans and enums. */
  unknown(e: Expr, inMember: boolean, x: string): string {
    return this.isNumeric(e, inMember) ? `${x} !== ${x}` : `${x} < 0`;
  }

  /** A member pass body's statements and value, its pure values shared with the pass's other bodies. */
  memberBody(e: Expr): { code: string; value: string } {
    this.memberValues = this.members.values;
    try {
      return this.conditional(true, () => this.expr(e, true));
    } finally {
      this.memberValues = null;
    }
  }

  expr(e: Expr, inMember: boolean): string {
    const code = this.exprNode(e, inMember);
    const member = this.memberValues;
    if (member === null || /^[\w.]+$/.test(code)) return code;
    return member.pure(e.kind, code) ? member.name(code) : code;
  }

  private exprNode(e: Expr, inMember: boolean): string {
    const sub = (x: Expr) => this.bind(this.expr(x, inMember));
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
        const l = sub(e.left);
        return arithCode(e.op, l, sub(e.right));
      }
      case 'round': {
        const x = sub(e.arg);
        // A step is a number or (where a cited parameter gives it) an expression read after the argument.
        const step = e.step as unknown;
        return roundCode(e.mode, x, typeof step === 'number' ? this.constant(step) : sub(step as Expr));
      }
      case 'convert':
        return convertCode(e, sub(e.arg), (n) => this.constant(n));
      case 'minmax': {
        const f = e.op === 'min' ? 'Math.min' : 'Math.max';
        return walk(
          this,
          e.args,
          inMember,
          'NaN',
          (k, x, r, label) =>
            `if (${x} !== ${x}) { ${r} = NaN; break ${label}; }\n${r} = ${k === 0 ? x : `${f}(${r}, ${x})`};`,
          () => '',
          undefined,
          // NaN if any is NaN, as the walk; ±0 alike (max(-0, 0) is 0 in any order).
          (xs) => (xs.length === 1 ? (xs[0] as string) : `${f}(${xs.join(', ')})`),
        );
      }
      case 'compare':
        return compare(this, e, inMember);
      case 'oneOf': {
        const ty = staticType(this.program, e.arg, inMember);
        if (ty.t !== 'enum') throw new Unsupported('oneOf over a non-enum');
        const hit = this.constant(Int8Array.from(ty.values, (x) => (e.values.includes(x) ? 1 : 0)));
        return oneOfCode(hit, sub(e.arg));
      }
      case 'logic': {
        const d = e.op === 'or' ? 1 : 0;
        const u = this.temp();
        this.out.push(`let ${u} = 0;`);
        return walk(
          this,
          e.args,
          inMember,
          String(1 - d),
          (_k, x, r, label) => `if (${x} === ${d}) { ${r} = ${d}; break ${label}; }\nif (${x} < 0) ${u} = 1;`,
          () => `if (${u} === 1) $r = -1;`,
          // Decisive when the test for d holds; unknown when neither test holds (a NaN).
          ({ holds, fails }, r, label) => {
            const [decisive, other] = d === 1 ? [holds, fails] : [fails, holds];
            return `if (${decisive}) { ${r} = ${d}; break ${label}; }\nif (!(${other})) ${u} = 1;`;
          },
        );
      }
      case 'not':
        return notCode(sub(e.arg));
      case 'if':
        return ifCode(this, e, inMember);
      case 'shortcut':
        return shortcutCode(this, e, inMember);
      case 'aggregate':
        if (inMember) throw new Unsupported('aggregate inside a member expression');
        return aggregate(this, e.op, e.body);
      case 'yearsSince':
        return yearsSinceCode(this.constant(this.asOf), sub(e.arg));
      default:
        throw new Unsupported((e as Expr).kind);
    }
  }

  /** A lookup: keys left to right, the first unknown one makes it unknown; then the read (fused-param.ts). */
  param(id: string, keys: readonly Expr[], inMember: boolean): string {
    const def = this.program.parameters.get(id) as ParameterDef;
    const read = paramRead(this.program, def, this.date, keys, inMember, (x) => this.constant(x));
    if ('value' in read) return read.value;
    const unknownOut = def.unit === 'bool' ? '-1' : 'NaN';
    const xs: string[] = [];
    const keyExprs = keys.map((k) => (k.kind === 'str' ? ({ kind: 'num', value: 0 } as Expr) : k));
    return walk(
      this,
      keyExprs,
      inMember,
      unknownOut,
      (k, x, _r, label) => {
        xs.push(x);
        const key = keys[k] as Expr;
        return key.kind === 'str' ? '' : `if (${this.unknown(key, inMember, x)}) break ${label};`;
      },
      () => read.finish(xs),
    );
  }
}
