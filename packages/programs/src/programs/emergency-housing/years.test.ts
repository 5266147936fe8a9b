import { describe, expect, it } from 'vitest';
import { family, gwangjuRenter, notEncoded } from '../../../test/helpers.ts';
import { incomeRate } from './parameters.ts';

/**
 * 긴급복지 주거지원: the fourth pass found no 2019–2023 재산·금융재산·금액 figure; it only verified the income
 * rule (시행령 제7조②1, 기준 중위소득 75 %). So 2019–2023 still stop at the 재산 limit.
 */
describe('긴급복지 주거지원 2019–2023 (fourth pass)', () => {
  it('소득기준 75 % is read in the 시행령 (verified), from 2019', () => {
    expect(incomeRate.periods).toHaveLength(1);
    expect(incomeRate.periods[0]).toMatchObject({ from: '2019-01-01', value: 0.75, evidence: 'official' });
    expect(incomeRate.periods[0]?.citation.url).toContain('긴급복지지원법시행령');
  });
  const crisis = gwangjuRenter(family(1, 45, { earned: 500_000 }), { inCrisis: true });
  for (const year of [2019, 2020, 2021, 2022]) {
    it(`${year}: 재산 한도 not found → not encoded`, () =>
      expect(notEncoded('emergency-housing', crisis, `${year}-06-01`)).toBe('emergency-housing.property-limit'));
  }
});
