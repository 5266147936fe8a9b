import { screenHousehold } from '@jibsa/programs';
import { describe, expect, it } from 'vitest';
import { resultsAhead } from '../src/self-check/result/ahead.ts';

// 70, alone, renting in 동구 on a pension of 850,000원: above the 2026 생계급여 line (820,556원) and
// below 2027's (875,533원); 주거급여 either way, more in 2027 (기준임대료 3급지 1인 247,000 → 259,000).
const household = {
  region: 'metro',
  gwangjuDistrict: 'dong',
  tenure: 'monthly_rent',
  deposit: 5_000_000,
  monthlyRent: 300_000,
  financialAssets: 0,
  otherProperty: 0,
  carValue: 0,
  debts: 0,
  members: [{ relation: 'head', age: 70, earnedIncome: 0, businessIncome: 0, pensionIncome: 850_000, otherIncome: 0 }],
};

function screenOn(date: string) {
  const s = screenHousehold(household, { date });
  if (!s.ok) throw new Error(JSON.stringify(s.errors));
  return s;
}

describe('the same answers on the day the new figures start', () => {
  it('names what would change on 1 January: 생계급여 becomes possible, 주거급여 pays more', () => {
    const now = screenOn('2026-12-15');
    const byId = (id: string) => now.programs.find((p) => p.id === id);
    expect(byId('basic-livelihood.livelihood')?.status).toBe('ineligible');
    expect(byId('housing-benefit.rent')?.status).toBe('eligible');
    const ahead = resultsAhead(now, household);
    expect(ahead?.date).toBe('2027-01-01');
    expect(ahead?.changed.get('basic-livelihood.livelihood')).toMatchObject({ status: 'eligible', amount: 25_533 });
    // The rent benefit as screened on that day itself: more, on the higher 기준임대료 and 생계 line.
    const rent = screenOn('2027-01-01').programs.find((p) => p.id === 'housing-benefit.rent');
    expect(ahead?.changed.get('housing-benefit.rent')).toMatchObject({ status: 'eligible', amount: rent?.amount });
    expect(rent?.amount).toBeGreaterThan(byId('housing-benefit.rent')?.amount ?? Number.POSITIVE_INFINITY);
    // Only programs whose result differs are named.
    for (const [id, later] of ahead?.changed ?? []) {
      const p = byId(id);
      expect(later.status !== p?.status || later.amount !== p?.amount, id).toBe(true);
    }
  });

  it('is nothing when no newer figures are known for the date', () => {
    const later = screenOn('2027-03-01');
    expect(later.programs.some((p) => p.nextFiguresOn === '2027-01-01')).toBe(false);
    expect(resultsAhead(later, household)?.changed.size ?? 0).toBe(0);
  });
});
