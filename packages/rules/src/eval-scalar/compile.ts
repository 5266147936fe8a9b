import { keyOf, tableCell } from '../parameters/lookup.ts';
import type { Program } from '../program/types.ts';
import { fieldOf } from '../schema/schema.ts';
import { generatedFunction } from '../util/code-generation.ts';
import { dateToNum, isIsoDate, ymd } from '../util/dates.ts';
import { fusable, fusedLoop } from './compile-fused.ts';
import { allTrueArray, outcomeArray, slotsUnder } from './compile-outcomes.ts';
import { known, paramCode } from './compile-param.ts';
import { fieldsUnder, literal, memberFields, type Out, reads, unknown } from './compile-reads.ts';
import type { Decision } from './decision.ts';
import { type PNode, planOf } from './plan.ts';

/**
 * The untraced `decide` as JavaScript generated per program and date: the plan's nodes become
 * statements over locals, each input field is read once, every variable is computed once up front,
 * and each parameter's period for the date is resolved at generation (a scalar inlined, a table
 * held as a constant). Numbers carry "unknown" as NaN (no boxing, and + - * min max pass it on);
 * conditions and words carry it as null, with Kleene and/or and the interpreter's short cuts.
 *
 * It answers only what it settles with nothing to ask (ineligible, or eligible with a known amount
 * or none) and returns null for the rest: the caller asks the interpreter, which also ranks the
 * missing inputs. Anything it throws (a figure not encoded for the date, input no schema check
 * would pass) also goes to the interpreter, so errors stay the interpreter's own. Treating a NaN
 * the interpreter would carry as a number as unknown instead can only make an answer unknown (Kleene
 * logic is monotone), never different. Property-tested equal to the interpreter.
 */
export type CompiledDecide = (household: unknown) => Decision | null;

/** The generated code's helpers, passed in rather than captured, so the code stands alone. */
const HELPERS = { ymd, tableCell, keyOf };

class Gen {
  private n = 0;
  /** Constants the code reads (tables, definitions, outcome records). */
  readonly consts: unknown[] = [];
  constructor(
    readonly program: Program,
    readonly date: string,
  ) {}

  tmp(): string {
    return `t${this.n++}`;
  }

  /** A constant held by the generated closure as `K<i>` (bound once, outside the per-household function). */
  konst(x: unknown): string {
    this.consts.push(x);
    return `K${this.consts.length - 1}`;
  }

  /** Whether an input field holds a number (so its unknown is NaN). */
  numberField(n: PNode): boolean {
    return fieldOf(this.program.schema, n.member ? 'member' : 'household', n.field)?.type === 'number';
  }

  /**
   * Statements (pushed to `out`) that leave node `n`'s value in the returned local. `m` is the
   * local holding the current member inside an aggregate body, or null outside one.
   */
  node(n: PNode, m: string | null, out: string[]): Out {
    const t = this.tmp();
    switch (n.kind) {
      case 'num':
      case 'bool':
      case 'str':
        out.push(`const ${t} = ${literal(n.lit)};`);
        return { x: t, num: typeof n.lit === 'number', k: n.lit };
      case 'input': {
        // Read once per household (or per member of a loop) into a local, see `reads`.
        const from = n.member ? m : 'h';
        if (from === null) throw new Error('a member input outside an aggregate');
        return { x: `${from}_${n.field}`, num: this.numberField(n) };
      }
      case 'ref':
        // Every variable is computed before the criteria, in dependency order (see `source`).
        return { x: `s${n.x}`, num: this.varNum[n.x] as boolean };
      case 'param':
        return paramCode(this, n, m, out, t);
      case 'arith': {
        const [l, r] = [this.node(n.a as PNode, m, out), this.node(n.b as PNode, m, out)];
        numbers(l, r);
        // NaN carries "unknown" through + - * /; division by zero is unknown, as in `arith`.
        if (n.sub === 'div') out.push(`const ${t} = ${r.x} === 0 ? NaN : ${l.x} / ${r.x};`);
        else out.push(`const ${t} = ${l.x} ${{ add: '+', sub: '-', mul: '*' }[n.sub as 'add']} ${r.x};`);
        return { x: t, num: true };
      }
      case 'compare': {
        const { known, test } = this.condition(n, m, out) as { known: string; test: string };
        out.push(`const ${t} = ${known} ? ${test} : null;`);
        return { x: t, num: false };
      }
      case 'logic': {
        // A decisive operand (false for and, true for or) ends it; later operands are not run.
        const decisive = n.sub === 'or';
        const u = this.tmp();
        out.push(`let ${t} = ${!decisive}; let ${u} = false;`, `${t}_: {`);
        for (const a of n.args) {
          // A condition operand is tested as it is made, without a three-valued local.
          const c = this.condition(a, m, out);
          if (c !== null) {
            const ends = decisive ? c.test : `!(${c.test})`;
            out.push(`if (${c.known}) { if (${ends}) { ${t} = ${decisive}; break ${t}_; } } else ${u} = true;`);
            continue;
          }
          const x = plain(this.node(a, m, out));
          out.push(`if (${x} === ${decisive}) { ${t} = ${decisive}; break ${t}_; }`, `if (${x} === null) ${u} = true;`);
        }
        out.push(`if (${u}) ${t} = null;`, '}');
        return { x: t, num: false };
      }
      case 'not': {
        const x = plain(this.node(n.a as PNode, m, out));
        out.push(`const ${t} = ${x} === null ? null : !${x};`);
        return { x: t, num: false };
      }
      case 'if': {
        const num = this.isNum(n.b as PNode);
        // Branching on a condition itself: no three-valued local made and tested again.
        const cond = this.condition(n.a as PNode, m, out) ?? this.truth(n.a as PNode, m, out);
        out.push(`let ${t} = ${num ? 'NaN' : 'null'};`, `if (${cond.known}) { if (${cond.test}) {`);
        const b = this.node(n.b as PNode, m, out);
        out.push(`${t} = ${b.x}; } else {`);
        const e = this.node(n.c as PNode, m, out);
        if (b.num !== num || e.num !== num) throw new Error('branches of different kinds');
        out.push(`${t} = ${e.x}; } }`);
        return { x: t, num };
      }
      case 'shortcut': {
        // `exact` decides wherever it is known; `full` runs only for the rest (Shortcut in nodes.ts).
        const x = plain(this.node(n.a as PNode, m, out));
        out.push(`let ${t} = ${x};`, `if (${t} === null) {`);
        const f = plain(this.node(n.b as PNode, m, out));
        out.push(`${t} = ${f}; }`);
        return { x: t, num: false };
      }
      case 'minmax': {
        // Math.min/max give NaN when any operand is NaN: unknown, as `run` answers.
        const xs = n.args.map((a) => this.node(a, m, out));
        numbers(...xs);
        out.push(`const ${t} = ${xs.map((x) => x.x).reduce((acc, x) => `Math.${n.sub}(${acc}, ${x})`)};`);
        return { x: t, num: true };
      }
      case 'round': {
        const [x, s] = [this.node(n.a as PNode, m, out), this.node(n.b as PNode, m, out)];
        numbers(x, s);
        const q = n.sub === 'round' ? `Math.floor(${x.x} / ${s.x} + 0.5)` : `Math.${n.sub}(${x.x} / ${s.x})`;
        out.push(`const ${t} = ${q} * ${s.x};`);
        return { x: t, num: true };
      }
      case 'convert': {
        const x = this.node(n.a as PNode, m, out);
        numbers(x);
        out.push(`const ${t} = (${x.x} * ${literal(n.x)}) / ${literal(n.y)};`);
        return { x: t, num: true };
      }
      case 'oneOf': {
        const x = plain(this.node(n.a as PNode, m, out));
        // Enum values are strings, so === is `includes` here.
        const any = n.values.map((v) => `${x} === ${JSON.stringify(v)}`).join(' || ') || 'false';
        out.push(`const ${t} = ${x} === null ? null : ${any};`);
        return { x: t, num: false };
      }
      case 'yearsSince': {
        const d = plain(this.node(n.a as PNode, m, out));
        out.push(`const ${t} = ${d} === null ? NaN : Math.trunc((${dateToNum(this.date)} - H.ymd(${d})) / 10000);`);
        return { x: t, num: true };
      }
      case 'aggregate': {
        // Computed in the phase's one loop over members (see `fusedLoop`).
        const fused = this.fused.get(n);
        return fused ?? this.aggregate(n, out, t);
      }
      default:
        throw new Error(`unhandled plan node ${n.kind}`);
    }
  }

  /**
   * A condition that yields true or false when known (a comparison, a choice among words, or
   * either negated), generated as two tests: that it is known (a literal side is known here, and
   * not tested), and its value, which only counts when it is. Null for any other node.
   */
  condition(n: PNode, m: string | null, out: string[]): { known: string; test: string } | null {
    if (n.kind === 'not') {
      const c = this.condition(n.a as PNode, m, out);
      return c === null ? null : { known: c.known, test: `!(${c.test})` };
    }
    if (n.kind === 'oneOf') {
      const x = plain(this.node(n.a as PNode, m, out));
      // Enum values are strings, so === is `includes` here.
      const any = n.values.map((v) => `${x} === ${JSON.stringify(v)}`).join(' || ') || 'false';
      return { known: `${x} !== null`, test: `(${any})` };
    }
    if (n.kind !== 'compare') return null;
    const [l, r] = [this.node(n.a as PNode, m, out), this.node(n.b as PNode, m, out)];
    if (l.num !== r.num) throw new Error('a number compared with a non-number');
    const op = { lt: '<', le: '<=', gt: '>', ge: '>=', eq: '===', ne: '!==' }[n.sub as 'lt'];
    const knowns = [l, r].filter((o) => !known([o])).map((o) => (o.num ? `${o.x} === ${o.x}` : `${o.x} !== null`));
    return { known: knowns.join(' && ') || 'true', test: `${l.x} ${op} ${r.x}` };
  }

  /** Any other condition's value as a local, unknown as null, tested as `if` tests it (truthy). */
  truth(n: PNode, m: string | null, out: string[]): { known: string; test: string } {
    const c = plain(this.node(n, m, out));
    return { known: `${c} !== null`, test: c };
  }

  /** Numeric kind of each variable by slot, filled in dependency order by `source`. */
  readonly varNum: boolean[] = [];

  /** Aggregates computed in a fused loop over members, and the local holding each one's value. */
  readonly fused = new Map<PNode, Out>();

  /** Whether a node yields a number, without generating it. */
  isNum(n: PNode): boolean {
    switch (n.kind) {
      case 'num':
      case 'bool':
      case 'str':
        return typeof n.lit === 'number';
      case 'input':
        return this.numberField(n);
      case 'ref':
        return this.varNum[n.x] as boolean;
      case 'param':
        return !n.boolParam;
      case 'arith':
      case 'minmax':
      case 'round':
      case 'convert':
      case 'yearsSince':
        return true;
      case 'if':
        return this.isNum(n.b as PNode);
      case 'aggregate':
        return n.sub === 'sum' || n.sub === 'count';
      default:
        return false;
    }
  }

  /** As interpret.ts `aggregate`: sum and count are unknown at the first unknown member. */
  private aggregate(n: PNode, out: string[], t: string): Out {
    const op = n.sub;
    const [i, mem, unk] = [this.tmp(), this.tmp(), this.tmp()];
    const acc = `${t}a`;
    const count = op === 'sum' || op === 'count';
    out.push(
      `let ${t} = ${count ? 'NaN' : 'null'};`,
      `if (ms !== null) ${t}_: {`,
      `let ${unk} = false; let ${acc} = 0;`,
    );
    out.push(`for (let ${i} = 0; ${i} < ms.length; ${i}++) {`, `const ${mem} = ms[${i}];`);
    out.push(...reads(mem, memberFields(n.a as PNode), this.program.schema, true));
    const x = this.node(n.a as PNode, mem, out);
    if (op === 'sum') numbers(x);
    else plain(x);
    if (count) {
      out.push(`if (${unknown(x)}) break ${t}_;`);
      out.push(op === 'sum' ? `${acc} += ${x.x};` : `${acc} += ${x.x} ? 1 : 0;`, '}', `${t} = ${acc};`);
    } else {
      const decisive = op === 'any';
      out.push(
        `if (${x.x} === null) ${unk} = true;`,
        `else if (${x.x} === ${decisive}) { ${t} = ${decisive}; break ${t}_; }`,
      );
      out.push('}', `${t} = ${unk} ? null : ${!decisive};`);
    }
    out.push('}');
    return { x: t, num: count };
  }
}

/** A value tested against null (a condition, an enum, a date): a number there is the interpreter's. */
function plain(x: Out): string {
  if (x.num) throw new Error('a number where a condition or a word is due');
  return x.x;
}

/** Arithmetic is only generated over numbers; anything else is the interpreter's. */
function numbers(...xs: Out[]): void {
  if (xs.some((x) => !x.num)) throw new Error('arithmetic on a non-number');
}

/**
 * Every variable is computed up front in dependency order, where the interpreter computes one on
 * first use: values are the same (evaluation is pure), and a variable the interpreter would not
 * have reached that throws sends the household to the interpreter, which answers as before.
 */
function source(program: Program, gen: Gen): string {
  const plan = planOf(program);
  // Variables the criteria read come first; those only the amount reads wait until the household
  // is found eligible (the interpreter computes none of them for an ineligible one either), and so
  // do the household fields only they read.
  const forCriteria = slotsUnder(plan, plan.criteria);
  const criteriaRoots = [...plan.vars.filter((_, slot) => forCriteria.has(slot)), ...plan.criteria];
  const amountRoots = [...plan.vars.filter((_, slot) => !forCriteria.has(slot)), ...(plan.amount ? [plan.amount] : [])];
  const household = new Set<string>();
  for (const n of criteriaRoots) fieldsUnder(n, false, household, true);
  const amountOnly = new Set<string>();
  for (const n of amountRoots) fieldsUnder(n, false, amountOnly, true);
  for (const f of household) amountOnly.delete(f);
  const main: string[] = [
    'return function decide(h) {',
    ...reads('h', household, program.schema, false),
    'const m0 = h.members;',
    'const ms = Array.isArray(m0) ? m0 : null;',
  ];
  const criteriaAggs = fusable(criteriaRoots, new Set());
  fusedLoop(gen, criteriaAggs, main);
  const variable = (v: PNode, slot: number) => {
    const x = gen.node(v, null, main);
    gen.varNum[slot] = x.num;
    main.push(`const s${slot} = ${x.x};`);
  };
  plan.vars.forEach((v, slot) => {
    if (forCriteria.has(slot)) variable(v, slot);
  });
  const cs = plan.criteria.map((c) => gen.node(c, null, main).x);
  const criteria = outcomeArray(program, (x) => gen.konst(x), cs);
  const id = JSON.stringify(program.id);
  // Past the test that every criterion is true, the list is the all-true one, a constant.
  const allTrue = allTrueArray(program, (x) => gen.konst(x)) ?? criteria;
  // Nothing is missing in an answer the code gives: one shared, frozen empty list.
  const none = gen.konst(Object.freeze([]));
  main.push(
    `if (${cs.map((c) => `${c} === false`).join(' || ') || 'false'}) return { id: ${id}, status: 'ineligible', amount: null, criteria: ${criteria}, missing: ${none} };`,
    `if (!(${cs.map((c) => `${c} === true`).join(' && ') || 'true'})) return null;`,
    ...reads('h', amountOnly, program.schema, false),
  );
  fusedLoop(gen, fusable(amountRoots, new Set(criteriaAggs)), main);
  plan.vars.forEach((v, slot) => {
    if (!forCriteria.has(slot)) variable(v, slot);
  });
  if (plan.amount === null)
    main.push(`return { id: ${id}, status: 'eligible', amount: null, criteria: ${allTrue}, missing: ${none} };`);
  else {
    const a = gen.node(plan.amount, null, main);
    main.push(
      `if (${unknown(a)}) return null;`,
      `return { id: ${id}, status: 'eligible', amount: ${a.x}, criteria: ${allTrue}, missing: ${none} };`,
    );
  }
  main.push('};');
  const consts = gen.consts.map((_, i) => `const K${i} = K[${i}];`);
  return ['"use strict";', ...consts, ...main].join('\n');
}

const compiled = new WeakMap<Program, Map<string, CompiledDecide | null>>();

/**
 * The compiled decide for a program and date, generated on first use; null where the date is not
 * an ISO date (the interpreter's RangeError) or code cannot be generated here (a page whose
 * Content-Security-Policy forbids `new Function`): the interpreter then answers alone.
 */
export function compiledDecide(program: Program, date: string): CompiledDecide | null {
  // A loop over households asks for the same program and date each time: two compares, no map.
  if (program === last.program && date === last.date) return last.f;
  let byDate = compiled.get(program);
  if (byDate === undefined) {
    byDate = new Map();
    compiled.set(program, byDate);
  }
  let f = byDate.get(date);
  if (f === undefined) {
    f = isIsoDate(date) ? generate(program, date) : null;
    // Bounded like the interpreter's per-date cache, so a server cycling dates cannot grow it.
    if (byDate.size >= 64) byDate.clear();
    byDate.set(date, f);
  }
  last = { program, date, f };
  return f;
}

let last: { program: Program | null; date: string; f: CompiledDecide | null } = { program: null, date: '', f: null };

function generate(program: Program, date: string): CompiledDecide | null {
  const gen = new Gen(program, date);
  const helpers = {
    ...HELPERS,
    // An input the generated code does not take, or a figure not encoded for the date: the interpreter decides.
    odd: () => {
      throw new Error('input for the interpreter');
    },
    missing: () => {
      throw new Error('no period in force');
    },
  };
  try {
    // Generated from the program's own definition (ids quoted, figures as constants), never from input.
    const make = generatedFunction(['K', 'H'], source(program, gen));
    return (make?.(gen.consts, helpers) as CompiledDecide | undefined) ?? null;
  } catch {
    // A shape the generator does not take (a number compared with a non-number, say): the interpreter's.
    return null;
  }
}
