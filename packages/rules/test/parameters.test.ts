import { describe, expect, it } from 'vitest';
import { type ParameterDef, ParameterLookupError, parameterValue, periodAsOf } from '../src/index.ts';
import { parameterProblems } from '../src/parameters/validate.ts';
import { medianIncome, seniorSupplement, standardRent } from './fixtures/sample.ts';

describe('parameters as of a date', () => {
  it('picks the period in force; open periods run until the next one starts', () => {
    expect(parameterValue(medianIncome, '2019-01-01', ['1'])).toBe(1_700_000);
    expect(parameterValue(medianIncome, '2024-12-31', ['1'])).toBe(1_700_000);
    expect(parameterValue(medianIncome, '2025-01-01', ['1'])).toBe(2_390_000);
    expect(periodAsOf(medianIncome, '2030-06-01').from).toBe('2025-01-01');
  });

  it('honours an explicit inclusive "to"', () => {
    expect(parameterValue(seniorSupplement, '2024-12-31')).toBe(20_000);
    expect(parameterValue(seniorSupplement, '2025-01-01')).toBe(25_000);
  });

  it('throws, naming id and date, outside every period', () => {
    expect(() => parameterValue(medianIncome, '2018-12-31', ['1'])).toThrow(ParameterLookupError);
    expect(() => parameterValue(medianIncome, '2018-12-31', ['1'])).toThrow(/sample\.median-income.*2018-12-31/);
    const gap: ParameterDef = {
      ...seniorSupplement,
      periods: [{ ...(seniorSupplement.periods[0] as ParameterDef['periods'][0]), to: '2020-12-31' }],
    };
    expect(() => parameterValue(gap, '2021-01-01')).toThrow(/no period in force/);
  });

  it('reuses the largest numeric key with beyondMax "last", and errors otherwise', () => {
    expect(parameterValue(medianIncome, '2025-05-01', ['9'])).toBe(6_090_000);
    expect(parameterValue(standardRent, '2025-05-01', ['seoul', '7'])).toBe(440_000);
    expect(() => parameterValue(standardRent, '2025-05-01', ['busan', '1'])).toThrow(/no table entry for key "busan"/);
    const strict: ParameterDef = { ...medianIncome, beyondMax: 'error' };
    expect(() => parameterValue(strict, '2025-05-01', ['9'])).toThrow(ParameterLookupError);
    expect(() => parameterValue(medianIncome, '2025-05-01', ['0'])).toThrow(/key "0"/);
  });

  it('reports malformed parameter data', () => {
    const p0 = medianIncome.periods[0] as ParameterDef['periods'][0];
    expect(parameterProblems(medianIncome)).toEqual([]);
    const bad: ParameterDef = {
      ...medianIncome,
      periods: [
        { ...p0, from: '2020-01-01', to: '2021-06-30' },
        { ...p0, from: '2021-01-01', value: 5 },
        { ...p0, from: '2022-02-30' },
      ],
    };
    const problems = parameterProblems(bad);
    expect(problems.some((x) => x.includes('overlaps the period from 2021-01-01'))).toBe(true);
    expect(problems.some((x) => x.includes('expected a table with 1 dimension(s), got a number'))).toBe(true);
    expect(problems.some((x) => x.includes('2022-02-30: "from" is not an ISO date'))).toBe(true);
  });
});
