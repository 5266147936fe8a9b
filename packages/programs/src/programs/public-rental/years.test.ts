import { type Household, periodAsOf } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { family, gwangjuRenter } from '../../../test/helpers.ts';
import { catalog } from '../../shared/catalog/registry.ts';
import { screenHousehold } from '../../shared/screen/screen.ts';
import { nationalCarValue, nationalTotalAssets, urbanWorkerIncome } from './parameters.ts';

/**
 * Third pass over 공공임대 history (SOURCES-other-programs.md, "Session 2026-11-25 (third pass)").
 *
 * Added: the 2022 국민임대-type asset pair 총자산 32,500만원 / 자동차 3,557만원 (WEAK, year inferred, one
 * secondary copy, search id 22266471754). NOT added: any 2019–2023 urban-worker table, so no 공공임대 program
 * can be decided before 2024 for a household that must pass the income test (생계급여 recipients, who are
 * exempt from it for 영구·매입·전세임대, can be). There is therefore no "at the income line / 1 won over" case for 2022:
 * the screening stops at the missing urban-worker table before any asset test runs. These tests pin the
 * new periods and that the screening still says "figures not encoded" (not a wrong yes/no) in 2019–2023.
 */
describe('third pass: 2022 asset periods (unverified, year inferred)', () => {
  it('국민임대 총자산 2022: 325,000,000 (32,500만원), unverified, 2022-01-01 … 2022-12-31', () => {
    expect(periodAsOf(nationalTotalAssets, '2022-01-01')).toMatchObject({ from: '2022-01-01', value: 325_000_000 });
    expect(periodAsOf(nationalTotalAssets, '2022-01-01').evidence === 'official').toBe(false);
    expect(periodAsOf(nationalTotalAssets, '2022-12-31').value).toBe(325_000_000);
    // The 2023 period (36,100만원, 복지로-derived dataset) takes over on 2023-01-01.
    expect(periodAsOf(nationalTotalAssets, '2023-01-01').value).toBe(361_000_000);
    expect(() => periodAsOf(nationalTotalAssets, '2021-12-31')).toThrow();
  });
  it('국민임대 자동차 2022: 35,570,000 (3,557만원), unverified, then 36,830,000 from 2023-01-01', () => {
    expect(periodAsOf(nationalCarValue, '2022-06-01')).toMatchObject({ from: '2022-01-01', value: 35_570_000 });
    expect(periodAsOf(nationalCarValue, '2022-06-01').evidence === 'official').toBe(false);
    expect(periodAsOf(nationalCarValue, '2023-01-01').value).toBe(36_830_000);
    expect(() => periodAsOf(nationalCarValue, '2021-12-31')).toThrow();
  });
});

describe('third pass: years before 2024 still give "figures not encoded" for every 공공임대 type', () => {
  const unavailable = (id: string, household: Household, date: string) => {
    const r = screenHousehold(household, { date, programs: catalog.filter((e) => e.id === id) });
    return r.ok ? r.programs[0]?.unavailableParameter : undefined;
  };
  const households = [1, 2, 3, 4, 5].map((n) => gwangjuRenter(family(n, 45, { earned: 2_000_000 })));
  const ids = [
    'public-rental.permanent',
    'public-rental.national',
    'public-rental.purchase',
    'public-rental.jeonse',
  ] as const;
  for (const date of ['2019-06-01', '2020-06-01', '2021-06-01', '2022-06-01', '2023-06-01']) {
    it(`${date}: no urban-worker table → unavailable, whatever the household size`, () => {
      for (const id of ids)
        for (const h of households)
          expect(unavailable(id, h, date), `${id} ${date} ${h.members?.length}인`).toContain(
            'public-rental.urban-worker-income',
          );
    });
  }
  it('the urban-worker table has no period before 2024-01-01', () => {
    expect(() => periodAsOf(urbanWorkerIncome, '2023-12-31')).toThrow();
    expect(periodAsOf(urbanWorkerIncome, '2024-01-01').from).toBe('2024-01-01');
  });
});
