import { assertNever, type Expr } from '../expr/nodes.ts';
import type { Program } from '../program/types.ts';
import type { Label } from '../schema/fields.ts';
import { fieldOf } from '../schema/schema.ts';
import { formatNumber } from './format.ts';

/**
 * A reader-facing name for an expression. Named things (inputs, variables, parameters)
 * use their labels; composite expressions get a short phrase. Authors who want good
 * sentences name their intermediate values with defineVariable.
 */
export function describeExpr(program: Program, e: Expr): Label | null {
  const d = (x: Expr): Label => describeExpr(program, x) ?? { ko: '값', en: 'value' };
  switch (e.kind) {
    case 'num':
    case 'bool':
    case 'str':
      return null;
    case 'input':
      return fieldOf(program.schema, e.scope, e.field)?.label ?? { ko: e.field, en: e.field };
    case 'param':
      return program.parameters.get(e.id)?.label ?? { ko: e.id, en: e.id };
    case 'ref':
      return program.variables.get(e.id)?.label ?? { ko: e.id, en: e.id };
    case 'arith': {
      const sym = { add: '+', sub: '−', mul: '×', div: '÷' }[e.op];
      const side = (x: Expr): Label =>
        x.kind === 'num' ? { ko: formatNumber(x.value), en: formatNumber(x.value) } : d(x);
      const l = side(e.left);
      const r = side(e.right);
      return { ko: `${l.ko} ${sym} ${r.ko}`, en: `${l.en} ${sym} ${r.en}` };
    }
    case 'round':
    case 'convert':
      return describeExpr(program, e.arg);
    case 'minmax': {
      const parts = e.args.map(d);
      return e.op === 'min'
        ? {
            ko: `${parts.map((x) => x.ko).join(', ')} 중 작은 값`,
            en: `the lesser of ${parts.map((x) => x.en).join(' and ')}`,
          }
        : {
            ko: `${parts.map((x) => x.ko).join(', ')} 중 큰 값`,
            en: `the greater of ${parts.map((x) => x.en).join(' and ')}`,
          };
    }
    case 'if':
      return { ko: '조건에 따른 값', en: 'the applicable value' };
    case 'aggregate': {
      const b = d(e.body);
      if (e.op === 'sum') return { ko: `가구원 ${b.ko} 합계`, en: `total ${b.en} of members` };
      if (e.op === 'count') return { ko: '해당 가구원 수', en: 'number of qualifying members' };
      return e.op === 'any'
        ? { ko: '해당 가구원 존재 여부', en: 'whether any member qualifies' }
        : { ko: '모든 가구원 해당 여부', en: 'whether all members qualify' };
    }
    case 'yearsSince': {
      const b = d(e.arg);
      return { ko: `${b.ko} 이후 경과 연수`, en: `years since ${b.en}` };
    }
    case 'shortcut':
      return describeExpr(program, e.full);
    case 'compare':
    case 'oneOf':
    case 'logic':
    case 'not':
      return null;
    default:
      return assertNever(e);
  }
}
