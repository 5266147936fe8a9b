import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decide,
  decideWithReasons,
  type Household,
  ParameterLookupError,
  type Program,
  parameterValue,
} from '../src/index.ts';
import { dateToNum, ymd } from '../src/util/dates.ts';
import { dateArb, householdArb } from './fixtures/arbitraries.ts';
import { kitchenSink } from './fixtures/kitchen-sink.ts';
import { incomeRatio, medianIncome, rentBenefit, seniorSupplement, standardRent } from './fixtures/sample.ts';

/**
 * decide() runs on a per-program plan with per-date period caches and an untraced table
 * lookup that skips key stringification; decideWithReasons() takes the traced lookup. These tests pin
 * the caches to the date they were filled for and the two lookups to each other.
 */
const strip = (d: ReturnType<typeof decide>) => ({
  status: d.status,
  amount: d.amount,
  criteria: d.criteria.map((c) => [c.id, c.outcome]),
  missing: d.missing,
});

function agree(program: Program, households: readonly Household[], date: string): void {
  for (const h of households) {
    const where = `${JSON.stringify(h)} on ${date}`;
    expect(strip(decide(program, h, { date })), where).toEqual(strip(decideWithReasons(program, h, { date })));
  }
}

describe('scalar plan and per-date caches', () => {
  it('decide agrees with decideWithReasons (traced lookups): statuses, amounts, missing inputs and ranks', () => {
    for (const program of [rentBenefit, kitchenSink]) {
      fc.assert(
        fc.property(fc.array(householdArb, { maxLength: 30 }), dateArb, (hs, date) => agree(program, hs, date)),
        { numRuns: 60 },
      );
    }
  });

  it('two dates in one process each get their own parameter periods, in any order', () => {
    const h: Household = {
      size: 2,
      rent: 400_000,
      region: 'seoul',
      deposit: 0,
      ownsHome: false,
      members: [
        { birthDate: '1950-01-01', earnedIncome: 0, otherIncome: 0, disabled: false },
        { birthDate: '1990-01-01', earnedIncome: 0, otherIncome: 0, disabled: false },
      ],
    };
    // Eligible on both dates with zero income: standard rent plus one senior supplement.
    const expected = (date: string) =>
      Math.ceil((parameterValue(standardRent, date, ['seoul', '2']) + parameterValue(seniorSupplement, date)) / 10) *
      10;
    const first = decide(rentBenefit, h, { date: '2024-06-01' });
    const second = decide(rentBenefit, h, { date: '2025-03-01' });
    const again = decide(rentBenefit, h, { date: '2024-06-01' });
    expect(first.amount).toBe(expected('2024-06-01'));
    expect(second.amount).toBe(expected('2025-03-01'));
    expect(first.amount).not.toBe(second.amount);
    expect(again).toEqual(first);

    // The income threshold moves with the median income table: the same income passes in 2025 only.
    const threshold = (date: string) =>
      Math.floor(parameterValue(medianIncome, date, ['1']) * parameterValue(incomeRatio, date));
    const income = threshold('2024-06-01') + 1000;
    expect(income).toBeLessThanOrEqual(threshold('2025-03-01'));
    const single: Household = { ...h, size: 1, members: [{ ...h.members?.[1], earnedIncome: income / 0.7 }] };
    const outcome = (date: string) => decide(rentBenefit, single, { date }).criteria.find((c) => c.id === 'income');
    expect(outcome('2025-03-01')?.outcome).toBe(true);
    expect(outcome('2024-06-01')?.outcome).toBe(false);
    expect(outcome('2025-03-01')?.outcome).toBe(true);
  });

  it('a date no period covers fails on every call and does not disturb other dates', () => {
    const h: Household = { size: 1, deposit: 0, region: 'other', ownsHome: false, members: [] };
    for (let i = 0; i < 2; i++) {
      expect(() => decide(rentBenefit, h, { date: '2018-06-01' })).toThrow(ParameterLookupError);
      expect(decide(rentBenefit, h, { date: '2025-03-01' }).status).toBe('ineligible');
    }
  });

  it('an invalid date is rejected on every call, before and after valid ones', () => {
    for (const date of ['2025-02-30', '2025-03-01', '2025-02-30', '20250301']) {
      const run = () => decide(rentBenefit, {}, { date });
      if (date === '2025-03-01') expect(run).not.toThrow();
      else expect(run).toThrow(RangeError);
    }
  });

  it('table sizes beyond the largest key reuse the last entry, as parameterValue does', () => {
    const h = (size: number): Household => ({
      size,
      rent: 900_000,
      region: 'metro',
      deposit: 0,
      ownsHome: false,
      members: [{ birthDate: '1990-01-01', earnedIncome: 0, otherIncome: 0, disabled: false }],
    });
    const std = (size: number) => parameterValue(standardRent, '2025-03-01', ['metro', String(size)]);
    const base = (size: number) =>
      decideWithReasons(rentBenefit, h(size), { date: '2025-03-01' }).values.find((x) => x.ref === 'rentBase')?.value;
    expect(std(7)).toBe(std(3));
    expect(base(7)).toBe(std(7));
    expect(strip(decide(rentBenefit, h(7), { date: '2025-03-01' }))).toEqual(
      strip(decideWithReasons(rentBenefit, h(7), { date: '2025-03-01' })),
    );
  });

  it("reads birth dates with util/dates' arithmetic", () => {
    for (const s of ['2025-03-01', '1930-12-31', '2000-02-29', '0001-01-01', '9999-12-31', '1990-1-1', '']) {
      expect(Object.is(ymd(s), dateToNum(s)), s).toBe(true);
    }
  });
});
