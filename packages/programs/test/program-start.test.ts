import { decide } from '@jibsa/rules';
import { compileBatch, statusName, toColumns } from '@jibsa/rules/batch';
import { describe, expect, it } from 'vitest';
import { entryPartialYears, entryYears, yearsCovered } from '../src/shared/catalog/coverage.ts';
import { findProgram } from '../src/shared/catalog/registry.ts';
import { checkHousehold } from '../src/shared/household/prepare.ts';
import { screenHousehold } from '../src/shared/screen/screen.ts';

// A 27-year-old renting alone: old enough for 청년월세, so the start date is what decides 2021.
const youngRenter = {
  region: 'metro',
  tenure: 'monthly_rent',
  housingType: 'multi_family',
  deposit: 5_000_000,
  monthlyRent: 350_000,
  members: [
    { age: 27, relation: 'head', earnedIncome: 1_200_000, businessIncome: 0, pensionIncome: 0, otherIncome: 0 },
  ],
};

function youthRentOn(date: string) {
  const out = screenHousehold(youngRenter, { date });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  const r = out.programs.find((p) => p.id === 'youth-rent');
  if (!r) throw new Error('youth-rent missing');
  return r;
}

describe('a program screened before it began', () => {
  it('answers "not eligible" in plain words the day before it started, not "figures missing"', () => {
    const r = youthRentOn('2022-08-21');
    expect(r.status).toBe('ineligible');
    expect(r.unavailable).toBeUndefined();
    expect(r.missing).toEqual([]);
    expect(r.reasons).toEqual([
      {
        id: 'program-started',
        outcome: false,
        text: {
          ko: '이 제도는 2022년 8월 22일에 시작되어 그 전 날짜에는 받을 수 없었습니다. (시작일은 공식 안내로 아직 확인하지 못했습니다.)',
          en: 'This program started on 2022-08-22; it did not exist on earlier dates. (The start date is not yet checked against the official notice.)',
        },
      },
    ]);
  });

  it('uses the rules from its first day', () => {
    const r = youthRentOn('2022-08-22');
    expect(r.reasons.map((x) => x.id)).not.toContain('program-started');
    expect(r.parameters.length).toBeGreaterThan(0);
  });

  it('says the same on the fast and batch paths, which the screen does not go through', () => {
    const entry = findProgram('youth-rent');
    if (!entry?.program) throw new Error('youth-rent has no rules');
    for (const [date, status] of [
      ['2022-08-21', 'ineligible'],
      ['2022-08-22', youthRentOn('2022-08-22').status],
    ] as const) {
      const checked = checkHousehold(youngRenter, date);
      if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
      expect(decide(entry.program, checked.value, { date }).status, date).toBe(status);
      const batch = compileBatch(entry.program, { date }).run(toColumns(entry.program.schema, [checked.value]));
      expect(statusName(batch.status[0] as number), date).toBe(status);
    }
    expect(youthRentOn('2022-08-22').status).not.toBe('ineligible');
  });

  it('counts the first year as covered when figures run from the start date', () => {
    const entry = findProgram('youth-rent');
    if (!entry?.program) throw new Error('youth-rent has no rules');
    // Without its period in force, figures that begin mid-2022 would not cover 2022.
    expect(yearsCovered({ ...entry.program, inForce: undefined }, 2026)).not.toContain(2022);
    expect(yearsCovered(entry.program, 2026)[0]).toBe(2022);
    expect(entryYears(entry, 2026)[0]).toBe(2022);
    expect(entryYears(entry, 2026)).not.toContain(2021);
  });
});

describe('a date whose figures are not in Jibsa', () => {
  it('says which figure is missing in plain words, and names its id for machines', () => {
    const out = screenHousehold(youngRenter, { date: '2020-06-01' });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    const r = out.programs.find((p) => p.id === 'public-rental.national');
    expect(r?.status).toBe('unknown');
    expect(r?.unavailableParameter).toBe('public-rental.urban-worker-income');
    expect(r?.unavailable?.ko).toBe(
      "2020년 6월 1일에 쓰는 '전년도 도시근로자 가구원수별 가구당 월평균소득 (100%)' 수치를 아직 넣지 못해 판단할 수 없습니다. 센터에 물어봐 주세요.",
    );
    expect(r?.unavailable?.ko).not.toMatch(/[a-z_]{5,}/);
    expect(r?.unavailable?.en).toContain('is not in Jibsa yet');
  });

  it('keeps the amount label an answered household gets on that date', () => {
    // 2020's 기준임대료 has no 서울 1인 cell: the rent benefit cannot be decided there, but can in 광역시.
    const rentOn = (region: string) => {
      const out = screenHousehold({ ...youngRenter, region }, { date: '2020-06-01' });
      if (!out.ok) throw new Error(JSON.stringify(out.errors));
      const r = out.programs.find((p) => p.id === 'housing-benefit.rent');
      if (!r) throw new Error('housing-benefit.rent missing');
      return r;
    };
    const seoul = rentOn('seoul');
    const metro = rentOn('metro');
    expect(seoul.unavailableParameter).toBe('housing-benefit.standard-rent');
    expect(metro.unavailableParameter).toBeUndefined();
    expect(seoul.amountLabel).toEqual(metro.amountLabel);
    expect(seoul.amountLabel?.ko).toBe('월 임차급여 (예상)');
  });
});

describe('years with missing table cells', () => {
  it('are listed as partial: 기준임대료 2025 has only 1·3급지 1–4인, 2020 lacks 서울 1인', () => {
    const rent = findProgram('housing-benefit.rent');
    if (!rent) throw new Error('housing-benefit.rent missing');
    const partial = entryPartialYears(rent, 2026);
    expect(partial).toContain(2025);
    expect(partial).toContain(2020);
    // 2026's table is complete (1–6인 × 4급지) and so is its 기준 중위소득.
    expect(partial).not.toContain(2026);
    expect(entryYears(rent, 2026)).toEqual(expect.arrayContaining(partial));
  });
});

describe('rules version', () => {
  it('is the same for the same rules, and changes when a figure changes', async () => {
    const { catalog } = await import('../src/shared/catalog/registry.ts');
    const { rulesVersion } = await import('../src/shared/catalog/rules-version.ts');
    const out = screenHousehold(youngRenter, { date: '2026-03-01' });
    if (!out.ok) throw new Error('invalid');
    expect(out.rulesVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(rulesVersion([...catalog])).toBe(out.rulesVersion);
    // One 기준임대료 cell different → a different version.
    const rent = catalog[0];
    if (!rent?.program) throw new Error('no rent program');
    const def = rent.program.parameters.get('housing-benefit.standard-rent');
    if (!def) throw new Error('no standard rent');
    const changed = {
      ...def,
      periods: def.periods.map((p, i) => (i === def.periods.length - 1 ? { ...p, value: 1 } : p)),
    };
    const parameters = new Map(rent.program.parameters);
    parameters.set(def.id, changed);
    const copy = [
      { ...rent, program: { ...rent.program, parameters: new Map(rent.program.parameters) } },
      ...catalog.slice(1),
    ];
    expect(rulesVersion(copy)).toBe(out.rulesVersion);
    const altered = [{ ...rent, program: { ...rent.program, parameters } }, ...catalog.slice(1)];
    expect(rulesVersion(altered)).not.toBe(out.rulesVersion);
  });
});
