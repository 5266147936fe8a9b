import { type Arg, defineVariable, type Label, type ParameterDef, p, v } from '@jibsa/rules';
import { urbanWorkerIncome } from '../../programs/public-rental/parameters.ts';
import { householdSize } from './household-size.ts';
import { bySizeExtended } from './size-table.ts';

/**
 * 전년도 도시근로자 가구원수별 가구당 월평균소득 for the household's size.
 *
 * The tables in notices stop at 8 persons. Above that, each extra person adds the 7→8 step,
 * the same fixed per-person step the notices use from 6인 on (2026: +579,278; see
 * public-rental.urban-worker-income). Where a year's table stops earlier (2025: 5인), a larger
 * household is a lookup error — "figures not encoded" — never an extrapolation.
 */
export const urbanWorkerIncomeForHousehold = defineVariable(
  'urbanWorkerIncome',
  { ko: '도시근로자 가구당 월평균소득 (가구원수별)', en: 'urban-worker average monthly income for the household size' },
  'KRW/month',
  bySizeExtended(urbanWorkerIncome, householdSize, 8),
);

/**
 * A share of the urban-worker income, the rate looked up by household size, rounded to the won:
 * notices print e.g. 2026 1인 120 % = 4,576,036 = round(3,813,363 × 1.2) (floor would give …035).
 * The rate is a table by household size (`sizeKey`, the household's size unless given), or a
 * single figure for every size when `sizeKey` is null.
 */
export function shareOfUrbanWorkerIncome(
  id: string,
  label: Label,
  rate: ParameterDef,
  sizeKey: Arg | null = householdSize,
) {
  const share = sizeKey === null ? p(rate) : p(rate, sizeKey);
  return defineVariable(id, label, 'KRW/month', v.round(v.mul(urbanWorkerIncomeForHousehold, share)));
}
