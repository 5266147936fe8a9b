import { type Arg, type Expr, type ParameterDef, p, v } from '@jibsa/rules';

/**
 * A figure looked up by household size in a table that stops at `last` persons. Past the last row each
 * extra person adds the table's last step (from `last − 1` to `last` persons), as the 고시 counts 8인 이상
 * 가구 for 기준 중위소득 (last 7) and the notices do for 도시근로자 월평균소득 (last 8). One rule, so the
 * tables cannot come to be extended in two ways.
 */
export function bySizeExtended(table: ParameterDef, size: Arg, last: number): Expr {
  return v.if(
    v.le(size, last),
    p(table, size),
    v.add(p(table, last), v.mul(v.sub(size, last), v.sub(p(table, last), p(table, last - 1)))),
  );
}
