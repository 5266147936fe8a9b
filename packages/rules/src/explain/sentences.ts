import type { Ctx, Val } from '../eval-scalar/context.ts';
import { inputLabel } from '../eval-scalar/decide.ts';
import { evalExpr } from '../eval-scalar/interpret.ts';
import { unknownInputs } from '../eval-scalar/missing.ts';
import type { CompareOp, Expr } from '../expr/nodes.ts';
import { staticType } from '../program/static-type.ts';
import type { Label } from '../schema/fields.ts';
import { fieldOf } from '../schema/schema.ts';
import { describeExpr } from './describe.ts';
import { capitalize, formatValue, josa } from './format.ts';

/**
 * One short sentence per criterion stating what actually holds, e.g.
 * "가구 소득인정액 1,523,000원이 선정기준 1,594,000원 이하입니다". A failed `a <= b` is
 * stated positively as "a … 초과입니다", so `not` needs no wording of its own.
 */
export function sentenceFor(ctx: Ctx, label: Label, e: Expr, outcome: boolean | null): Label {
  if (outcome === null) return undecided(ctx, label, e);
  switch (e.kind) {
    case 'ref': {
      const x = ctx.program.variables.get(e.id);
      return x ? sentenceFor(ctx, x.label, x.expr, outcome) : generic(label, outcome);
    }
    case 'not':
      return sentenceFor(ctx, label, e.arg, !outcome);
    case 'compare':
      return compareSentence(ctx, e.op, e.left, e.right, outcome);
    case 'oneOf': {
      const subject = describeExpr(ctx.program, e.arg) ?? label;
      const actual = enumText(ctx, e.arg, evalExpr(ctx, e.arg, null, -1));
      const list = e.values.map((x) => enumText(ctx, e.arg, x));
      return {
        ko: `${subject.ko} ${actual.ko}: ${list.map((x) => x.ko).join(', ')} ${outcome ? '중 하나입니다' : '에 해당하지 않습니다'}`,
        en: `${capitalize(subject.en)} ${actual.en} is ${outcome ? '' : 'not '}one of ${list.map((x) => x.en).join(', ')}`,
      };
    }
    case 'logic': {
      // Say why: the decisive operands, or all of them when each one was needed.
      const decisive = e.op === 'or';
      const parts = e.args.map((a) => [a, evalExpr(ctx, a, null, -1) as boolean] as const);
      const shown = outcome === decisive ? parts.filter(([, o]) => o === decisive) : parts;
      const ss = shown.map(([a, o]) => sentenceFor(ctx, label, a, o));
      return { ko: ss.map((s) => s.ko).join('; '), en: ss.map((s) => s.en).join('; ') };
    }
    case 'input': {
      const f = fieldOf(ctx.program.schema, e.scope, e.field);
      const val = formatValue(outcome, null);
      const l = f?.label ?? label;
      return { ko: `${l.ko}: ${val.ko}`, en: `${capitalize(l.en)}: ${val.en}` };
    }
    default:
      return generic(label, outcome);
  }
}

function generic(label: Label, outcome: boolean): Label {
  return {
    ko: `${label.ko} 조건을 ${outcome ? '충족합니다' : '충족하지 않습니다'}`,
    en: `${capitalize(label.en)}: ${outcome ? 'met' : 'not met'}`,
  };
}

function undecided(ctx: Ctx, label: Label, e: Expr): Label {
  const paths = new Set<string>();
  unknownInputs(ctx, e, null, -1, paths);
  const names = [...paths].map((p) => inputLabel(ctx, p));
  return {
    ko: `${label.ko}: 아직 판단할 수 없습니다 (필요한 정보: ${names.map((n) => n.ko).join(', ') || '없음'})`,
    en: `${capitalize(label.en)}: cannot be decided yet (needed: ${names.map((n) => n.en).join(', ') || 'none'})`,
  };
}

const NEGATE: Record<CompareOp, CompareOp> = { lt: 'ge', le: 'gt', gt: 'le', ge: 'lt', eq: 'ne', ne: 'eq' };
const EN: Record<CompareOp, string> = {
  lt: 'is below',
  le: 'is at or below',
  gt: 'is above',
  ge: 'is at or above',
  eq: 'equals',
  ne: 'does not equal',
};

function compareSentence(ctx: Ctx, op: CompareOp, left: Expr, right: Expr, outcome: boolean): Label {
  const rel = outcome ? op : NEGATE[op];
  const lt = staticType(ctx.program, left);
  const rt = staticType(ctx.program, right);
  if (lt.t === 'enum' || rt.t === 'enum') {
    const [subj, lit] = lt.t === 'enum' ? [left, right] : [right, left];
    const name = describeExpr(ctx.program, subj) ?? { ko: '값', en: 'value' };
    const actual = enumText(ctx, subj, evalExpr(ctx, subj, null, -1));
    const target = enumText(ctx, subj, evalExpr(ctx, lit, null, -1));
    return rel === 'eq'
      ? { ko: `${josa(name.ko, '이', '가')} ${target.ko}입니다`, en: `${capitalize(name.en)} is ${target.en}` }
      : {
          ko: `${josa(name.ko, '이', '가')} ${josa(target.ko, '이', '가')} 아닙니다 (${actual.ko})`,
          en: `${capitalize(name.en)} is not ${target.en} (${actual.en})`,
        };
  }
  const unit = (lt.t === 'num' ? lt.unit : null) ?? (rt.t === 'num' ? rt.unit : null);
  const side = (x: Expr) => {
    const name = describeExpr(ctx.program, x);
    const val = formatValue(evalExpr(ctx, x, null, -1), unit);
    return { name, val };
  };
  const l = side(left);
  const r = side(right);
  const lKo = `${l.name ? `${l.name.ko} ` : ''}${josa(l.val.ko, '이', '가')}`;
  const rKo = `${r.name ? `${r.name.ko} ` : ''}`;
  const ko =
    rel === 'eq' || rel === 'ne'
      ? `${lKo} ${rKo}${josa(r.val.ko, '과', '와')} ${rel === 'eq' ? '같습니다' : '다릅니다'}`
      : `${lKo} ${rKo}${r.val.ko} ${{ lt: '미만입니다', le: '이하입니다', gt: '초과입니다', ge: '이상입니다' }[rel]}`;
  const en = `${capitalize(`${l.name ? `${l.name.en} ` : ''}${l.val.en}`)} ${EN[rel]} ${r.name ? `${r.name.en} ` : ''}${r.val.en}`;
  return { ko, en };
}

function enumText(ctx: Ctx, subject: Expr, val: Val): Label {
  const labels =
    subject.kind === 'input'
      ? (
          fieldOf(ctx.program.schema, subject.scope, subject.field) as
            | { valueLabels?: Record<string, Label> }
            | undefined
        )?.valueLabels
      : undefined;
  return formatValue(val, null, labels);
}
