import { periodInForce } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { catalog, findProgram } from '../src/shared/catalog/registry.ts';
import { nextYearlyFiguresOn, olderYearlyFiguresOn, YEARLY_FIGURES } from '../src/shared/catalog/yearly-figures.ts';
import { screenHousehold } from '../src/shared/screen/screen.ts';

const renter = {
  region: 'metro',
  gwangjuDistrict: 'dong',
  tenure: 'monthly_rent',
  deposit: 5_000_000,
  monthlyRent: 250_000,
  financialAssets: 0,
  otherProperty: 0,
  carValue: 0,
  debts: 0,
  members: [{ age: 74, earnedIncome: 0, businessIncome: 0, pensionIncome: 300_000, otherIncome: 0 }],
};

function screenOn(date: string) {
  const out = screenHousehold(renter, { date });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.programs;
}

/** The newest year Jibsa has for the median (the test follows the data as years are added). */
function lastMedianYear(): number {
  const def = findProgram('housing-benefit.rent')?.program?.parameters.get('basic-livelihood.median-income');
  if (!def) throw new Error('housing-benefit.rent reads no median');
  return Math.max(...def.periods.map((p) => Number(p.from.slice(0, 4))));
}

describe('a date past the newest yearly figures', () => {
  it('says which year the estimate rests on, for every program that read such a figure', () => {
    const last = lastMedianYear();
    const programs = screenOn(`${last + 1}-03-02`);
    const rent = programs.find((p) => p.id === 'housing-benefit.rent');
    expect(rent?.status).toBe('eligible');
    expect(rent?.figuresYear).toBe(last);
    for (const p of programs) {
      const readYearly = p.parameters.filter((u) => YEARLY_FIGURES.has(u.id));
      // Each program that read the median or the 기준임대료 carries the year; the others do not.
      expect(p.figuresYear, p.id).toBe(
        readYearly.length ? Math.min(...readYearly.map((u) => Number(u.from.slice(0, 4)))) : undefined,
      );
    }
    expect(programs.filter((p) => p.figuresYear !== undefined).length).toBeGreaterThan(3);
  });

  it('is not set while the figures are the date’s own year', () => {
    const last = lastMedianYear();
    const rent = screenOn(`${last}-06-01`).find((p) => p.id === 'housing-benefit.rent');
    expect(rent?.parameters.some((u) => u.id === 'basic-livelihood.median-income')).toBe(true);
    expect(rent?.figuresYear).toBeUndefined();
  });

  it('names the day the newest year’s figures start, to screen ahead on; none after it', () => {
    const last = lastMedianYear();
    expect(nextYearlyFiguresOn(catalog, `${last - 1}-12-06`)).toBe(`${last}-01-01`);
    expect(nextYearlyFiguresOn(catalog, `${last}-01-01`)).toBeUndefined();
    expect(olderYearlyFiguresOn(catalog, `${last + 1}-01-01`)).toBe(last);
    expect(olderYearlyFiguresOn(catalog, `${last}-12-31`)).toBeUndefined();
  });

  it('lists only figures that exist and are set for every year', () => {
    const program = findProgram('housing-benefit.rent')?.program;
    for (const id of YEARLY_FIGURES) {
      const def = program?.parameters.get(id);
      expect(def, id).toBeDefined();
      // One period a year from 2019 on, each from 1 January.
      for (let y = 2019; y <= lastMedianYear(); y++)
        expect(periodInForce(def as NonNullable<typeof def>, `${y}-06-01`)?.from, `${id} ${y}`).toBe(`${y}-01-01`);
    }
  });
});
