import { assertNever, type Expr } from '../expr/nodes.ts';
import { conversion, divUnit, mulUnit, sameUnit, type UnitResult } from '../expr/units.ts';
import type { ParameterDef, Unit } from '../parameters/types.ts';
import { fieldOf, type Schema } from '../schema/schema.ts';
import { RuleDefinitionError } from '../util/errors.ts';
import type { Ty } from './types.ts';

export interface CheckEnv {
  readonly owner: string;
  readonly schema: Schema;
  readonly variableUnits: ReadonlyMap<string, Unit>;
  readonly parameters: ReadonlyMap<string, ParameterDef>;
}

const NUM_ANY: Ty = { t: 'num', unit: null };
const BOOL: Ty = { t: 'bool' };

/** Infer the type of `e`, throwing a RuleDefinitionError at the first problem. */
export function typeOf(env: CheckEnv, e: Expr, path: string, inMember = false): Ty {
  const fail = (problem: string): never => {
    throw new RuleDefinitionError(env.owner, path, `${e.kind}: ${problem}`);
  };
  const sub = (child: Expr, seg: string, member = inMember) => typeOf(env, child, `${path}.${seg}`, member);
  const num = (child: Expr, seg: string) => {
    const t = sub(child, seg);
    return t.t === 'num' ? t.unit : fail(`${seg} must be a number, got ${describe(t)}`);
  };
  const bool = (child: Expr, seg: string) => {
    const t = sub(child, seg);
    if (t.t !== 'bool') fail(`${seg} must be a condition (true/false), got ${describe(t)}`);
  };
  const unit = (r: UnitResult): Ty => (r.ok ? { t: 'num', unit: r.unit } : fail(r.reason));

  switch (e.kind) {
    case 'num':
      if (!Number.isFinite(e.value)) fail('literal must be finite');
      return { t: 'num', unit: e.unit };
    case 'bool':
      return BOOL;
    case 'str':
      return { t: 'str', value: e.value };
    case 'input': {
      if (e.scope === 'member' && !inMember) fail(`member input "${e.field}" used outside a member aggregate`);
      const f = fieldOf(env.schema, e.scope, e.field);
      if (!f) return fail(`unknown ${e.scope} input "${e.field}"`);
      if (f.type === 'number') return { t: 'num', unit: f.unit };
      if (f.type === 'boolean') return BOOL;
      if (f.type === 'enum') return { t: 'enum', values: f.values };
      return { t: 'date' };
    }
    case 'param': {
      const def = env.parameters.get(e.id);
      if (!def) return fail(`unknown parameter "${e.id}"`);
      const dims = def.dimensions?.length ?? 0;
      if (e.keys.length !== dims) fail(`parameter "${e.id}" has ${dims} dimension(s), got ${e.keys.length} key(s)`);
      e.keys.forEach((k, i) => {
        const t = sub(k, `keys[${i}]`);
        if (t.t !== 'num' && t.t !== 'enum' && t.t !== 'str')
          fail(`key ${i} must be a number or enum, got ${describe(t)}`);
      });
      return def.unit === 'bool' ? BOOL : { t: 'num', unit: def.unit };
    }
    case 'ref': {
      const u = env.variableUnits.get(e.id);
      if (!u) return fail(`unknown variable "${e.id}"`);
      return u === 'bool' ? BOOL : { t: 'num', unit: u };
    }
    case 'arith': {
      const l = num(e.left, 'left');
      const r = num(e.right, 'right');
      if (e.op === 'mul') return unit(mulUnit(l, r));
      if (e.op === 'div') return unit(divUnit(l, r));
      return unit(sameUnit(l, r, e.op === 'add' ? 'addition' : 'subtraction'));
    }
    case 'round': {
      if (e.step.kind === 'num' && !(e.step.value > 0 && Number.isFinite(e.step.value))) {
        fail('step must be a positive number');
      }
      const u = num(e.arg, 'arg');
      const s = num(e.step, 'step');
      // A step is plain, in the argument's unit, or in won for any amount of money ("10원 단위").
      if (s != null && s !== u && !(s === 'KRW' && u?.startsWith('KRW'))) {
        fail(`a rounding step in ${s} cannot round ${u ?? 'a plain number'}`);
      }
      return { t: 'num', unit: u };
    }
    case 'convert': {
      const u = num(e.arg, 'arg');
      if (!conversion(e.from, e.to)) fail(`no conversion from ${e.from} to ${e.to}`);
      if (u !== null && u !== e.from) fail(`expects ${e.from}, got ${u}`);
      return { t: 'num', unit: e.to };
    }
    case 'minmax': {
      if (!e.args.length) fail('needs at least one argument');
      let acc: Ty = NUM_ANY;
      e.args.forEach((a, i) => {
        const u = num(a, `args[${i}]`);
        acc = unit(sameUnit(acc.t === 'num' ? acc.unit : null, u, e.op));
      });
      return acc;
    }
    case 'compare':
      compareTypes(sub(e.left, 'left'), sub(e.right, 'right'), e.op === 'eq' || e.op === 'ne', fail);
      return BOOL;
    case 'oneOf': {
      const t = sub(e.arg, 'arg');
      if (t.t !== 'enum') return fail(`arg must be an enum input, got ${describe(t)}`);
      for (const val of e.values) if (!t.values.includes(val)) fail(`"${val}" is not one of ${t.values.join(', ')}`);
      return BOOL;
    }
    case 'logic':
      if (!e.args.length) fail('needs at least one argument');
      e.args.forEach((a, i) => {
        bool(a, `args[${i}]`);
      });
      return BOOL;
    case 'not':
      bool(e.arg, 'arg');
      return BOOL;
    case 'shortcut':
      bool(e.exact, 'exact');
      bool(e.full, 'full');
      return BOOL;
    case 'if': {
      bool(e.cond, 'cond');
      const a = sub(e.ifTrue, 'ifTrue');
      const b = sub(e.ifFalse, 'ifFalse');
      if (a.t === 'bool' && b.t === 'bool') return BOOL;
      if (a.t === 'num' && b.t === 'num') return unit(sameUnit(a.unit, b.unit, 'if/else'));
      return fail(`branches must both be numbers or both conditions, got ${describe(a)} and ${describe(b)}`);
    }
    case 'aggregate': {
      // One level only: keeps batch (one CSR layout) and SQL (one correlated subquery) simple.
      if (inMember) fail('member aggregates cannot be nested');
      const t = sub(e.body, 'body', true);
      if (e.op === 'sum') return t.t === 'num' ? t : fail(`sum body must be a number, got ${describe(t)}`);
      if (t.t !== 'bool') fail(`${e.op} body must be a condition, got ${describe(t)}`);
      return e.op === 'count' ? { t: 'num', unit: 'count' } : BOOL;
    }
    case 'yearsSince': {
      const t = sub(e.arg, 'arg');
      if (t.t !== 'date') fail(`arg must be a date input, got ${describe(t)}`);
      return { t: 'num', unit: 'years' };
    }
    default:
      return assertNever(e);
  }
}

function compareTypes(l: Ty, r: Ty, equality: boolean, fail: (p: string) => never): void {
  if (l.t === 'num' && r.t === 'num') {
    const res = sameUnit(l.unit, r.unit, 'comparison');
    if (!res.ok) fail(res.reason);
    return;
  }
  const [en, lit] = l.t === 'enum' ? [l, r] : [r, l];
  if (equality && en.t === 'enum' && lit.t === 'str') {
    if (!en.values.includes(lit.value)) fail(`"${lit.value}" is not one of ${en.values.join(', ')}`);
    return;
  }
  fail(
    equality
      ? `can compare numbers, or an enum with one of its values; got ${describe(l)} and ${describe(r)}`
      : `ordering needs numbers, got ${describe(l)} and ${describe(r)}`,
  );
}

export function describe(t: Ty): string {
  switch (t.t) {
    case 'num':
      return t.unit ? `number (${t.unit})` : 'number';
    case 'bool':
      return 'condition';
    case 'enum':
      return `enum (${t.values.join('|')})`;
    case 'str':
      return `text "${t.value}"`;
    case 'date':
      return 'date';
    default:
      return assertNever(t);
  }
}
