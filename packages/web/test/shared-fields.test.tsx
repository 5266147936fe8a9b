import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SharedFields } from '../src/staff/referrals/SharedFields.tsx';

/** What a case shares as its housing, and the household the screening read: the case form keeps the four facts in both. */
const housing = { tenure: 'monthly_rent', housingType: 'semi_basement', deposit: 1_100_000, monthlyRent: 270_000 };
const household = {
  ...housing,
  financialAssets: 2_400_000,
  members: [{ age: 70, earnedIncome: 100_000 }],
};

/** The markup of each shared section (주거 상황, 소득·재산 …), found by its label, in the order they were given. */
function sections(shared: Record<string, unknown>, labels: readonly string[]) {
  const html = renderToStaticMarkup(<SharedFields shared={shared} />);
  const at = labels.map((label) => html.indexOf(`<dt>${label}</dt>`));
  expect(at.every((x) => x >= 0)).toBe(true);
  return labels.map((_, i) => html.slice(at[i], at[i + 1] ?? html.length));
}
/** How many times a section names `label` as one of its facts. */
const times = (section: string | undefined, label: string) => (section ?? '').split(`<dt>${label}</dt>`).length - 1;

describe('what the center shared, as the agency reads it', () => {
  it('shows 점유 형태, 보증금, 월세 and 사는 곳 once, under 주거 상황, when both it and 소득·재산 were shared', () => {
    const [housingPart, householdPart] = sections({ housing, household }, ['주거 상황', '소득·재산']);
    for (const label of ['집의 점유 형태', '임차 보증금', '월세', '사는 곳의 종류']) {
      expect(times(housingPart, label), label).toBe(1);
      expect(times(householdPart, label), label).toBe(0);
    }
    // The rest of the household stays where it belongs.
    expect(householdPart).toContain('금융재산');
    expect(householdPart).toContain('가구원 1');
  });

  it('keeps them under 소득·재산 when 주거 상황 was not shared', () => {
    const [householdPart] = sections({ household }, ['소득·재산']);
    for (const label of ['집의 점유 형태', '임차 보증금', '월세', '사는 곳의 종류']) {
      expect(times(householdPart, label), label).toBe(1);
    }
  });
});
