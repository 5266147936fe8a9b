import { type ParameterDef, periodAsOf } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { housingSupportMaxTimes } from '../src/programs/emergency-housing/parameters.ts';
import {
  happyElderlyAgeMin,
  happyNewlywedMaxYears,
  happyYouthAgeMax,
  happyYouthAgeMin,
  jeonseIncomeRate,
  purchaseIncomeRate,
} from '../src/programs/public-rental/group-parameters.ts';
import {
  happyNewlywedDualIncomeRate,
  happyNewlywedIncomeRate,
  happyYouthIncomeRate,
  nationalIncomeRate,
  permanentIncomeRate,
} from '../src/programs/public-rental/parameters.ts';
import {
  happyNewlywed,
  happyYouth,
  jeonseRental,
  nationalRental,
  permanentRental,
  purchaseRental,
} from '../src/programs/public-rental/programs.ts';
import { ageMin as seniorAgeMin } from '../src/programs/senior-welfare-housing/parameters.ts';
import { seniorWelfareHousing } from '../src/programs/senior-welfare-housing/program.ts';
import { alone, check, family, gwangjuRenter, notEncoded, person, without } from './helpers.ts';
import { describeIncomeLines, type Line, NEWLYWED, YOUTH } from './income-lines.ts';

/**
 * Periods added in the second pass over the other programs (SOURCES-other-programs.md, 2026-11-25).
 * Lines are computed by hand from the figures in the notes, rounded to the won:
 *   도시근로자 월평균소득 2024: 1인 3,482,964 · 2인 5,415,712 · 3인 7,198,649 (unchanged table)
 *   도시근로자 월평균소득 2026: 1인 3,813,363 · 2인 5,866,270
 *   2024 new: 국민임대 70 % (1인 90 %, 2인 80 %); 매입·전세임대 50 % (1인 70 %, 2인 60 %; 제20조·제21조).
 *   2026-06-22 new (law text, verified): the same rates as before, read in 별표 3·4·5.
 */

const LINES: Line[] = [
  {
    program: nationalRental,
    date: '2024-06-01',
    size: 1,
    line: 3_134_668,
    calc: '3,482,964 × 90 % = 3,134,667.6',
    headAge: 50,
  },
  {
    program: nationalRental,
    date: '2024-06-01',
    size: 3,
    line: 5_039_054,
    calc: '7,198,649 × 70 % = 5,039,054.3',
    headAge: 50,
  },
  {
    program: purchaseRental,
    date: '2024-06-01',
    size: 3,
    line: 3_599_325,
    calc: '7,198,649 × 50 % = 3,599,324.5',
    headAge: 50,
  },
  {
    program: jeonseRental,
    date: '2024-06-01',
    size: 2,
    line: 3_249_427,
    calc: '5,415,712 × 60 % (제21조: 2인 60 %) = 3,249,427.2',
    headAge: 50,
  },
  {
    program: purchaseRental,
    date: '2024-06-01',
    size: 1,
    line: 2_438_075,
    calc: '3,482,964 × 70 % (제20조: 1인 70 %) = 2,438,074.8',
    headAge: 50,
  },
  {
    program: happyNewlywed,
    date: '2024-06-01',
    size: 2,
    line: 5_957_283,
    calc: '외벌이 5,415,712 × 110 % = 5,957,283.2 (the 2024 화성시 notice prints 5,957,283)',
    headAge: 32,
    fields: NEWLYWED,
  },
  {
    program: permanentRental,
    date: '2026-07-01',
    size: 1,
    line: 2_669_354,
    calc: '3,813,363 × 70 % = 2,669,354.1 (별표 3 차목)',
    headAge: 50,
  },
  {
    program: nationalRental,
    date: '2026-07-01',
    size: 2,
    line: 4_693_016,
    calc: '5,866,270 × 80 % (별표 4)',
    headAge: 50,
  },
  {
    program: happyYouth,
    date: '2026-07-01',
    size: 1,
    line: 4_576_036,
    calc: '3,813,363 × 120 % = 4,576,035.6 (별표 5)',
    headAge: 39,
    fields: YOUTH,
  },
  {
    program: happyNewlywed,
    date: '2026-07-01',
    size: 2,
    line: 6_452_897,
    calc: '외벌이 5,866,270 × 110 % (별표 5)',
    headAge: 32,
    fields: NEWLYWED,
  },
  {
    program: happyNewlywed,
    date: '2026-07-01',
    size: 2,
    line: 7_626_151,
    calc: '맞벌이 5,866,270 × 130 % (별표 5)',
    headAge: 32,
    fields: NEWLYWED,
    dual: true,
  },
  {
    program: seniorWelfareHousing,
    date: '2026-09-01',
    size: 1,
    line: 2_669_354,
    calc: '영구임대 1인 3,813,363 × 70 % (별표 6의4 제3순위 → 별표 3 차목)',
    headAge: 65,
  },
];

describeIncomeLines(
  'second pass: income lines of the new periods (at the line eligible, 1 won over ineligible)',
  LINES,
);

describe('second pass: unknown inputs in the new periods', () => {
  const three = gwangjuRenter(family(3, 45, { earned: 2_500_000 }));
  it('국민임대 2024: 자동차가액 모름', () =>
    check(nationalRental, {
      name: '국민임대 2024 carValue unknown',
      date: '2024-06-01',
      household: without(three, 'carValue'),
      expect: { status: 'unknown', missing: ['carValue'] },
    }));
  it('매입임대 2024: 무주택 여부 모름', () =>
    check(purchaseRental, {
      name: '매입임대 2024 ownsHome unknown',
      date: '2024-06-01',
      household: without(three, 'ownsHome'),
      expect: { status: 'unknown', missing: ['ownsHome'] },
    }));
  it('전세임대 2024: 총자산 재료 중 부채 모름', () =>
    check(jeonseRental, {
      name: '전세임대 2024 debts unknown',
      date: '2024-06-01',
      household: without(three, 'debts'),
      expect: { status: 'unknown', missing: ['debts'] },
    }));
  it('행복주택 청년 2026-07-01: 나이 모름', () =>
    check(happyYouth, {
      name: '행복주택 청년 2026-07 age unknown',
      date: '2026-07-01',
      household: gwangjuRenter([{ ...person('head', 0, { earned: 1_500_000 }), age: undefined }], YOUTH),
      expect: { status: 'unknown', missing: ['members[0].age'] },
    }));
});

describe('second pass: age and marriage lines read in 별표 5 / 별표 6의4', () => {
  const youth = (age: number) => alone(age, 1_500_000, YOUTH);
  it('행복주택 청년 2026-07-01: 39세 eligible (별표 5 "39세 이하")', () =>
    check(happyYouth, { name: '39', date: '2026-07-01', household: youth(39), expect: { status: 'eligible' } }));
  it('행복주택 청년 2026-07-01: 40세 ineligible', () =>
    check(happyYouth, { name: '40', date: '2026-07-01', household: youth(40), expect: { status: 'ineligible' } }));
  it('행복주택 청년 2026-07-01: 18세 ineligible (19세 이상)', () =>
    check(happyYouth, { name: '18', date: '2026-07-01', household: youth(18), expect: { status: 'ineligible' } }));
  const couple = (marriedYears: number) =>
    gwangjuRenter(family(2, 32, { earned: 3_000_000 }), { married: true, marriedYears });
  it('행복주택 신혼부부 2026-07-01: 혼인 7년 eligible, 8년 ineligible', () => {
    check(happyNewlywed, { name: '7y', date: '2026-07-01', household: couple(7), expect: { status: 'eligible' } });
    check(happyNewlywed, { name: '8y', date: '2026-07-01', household: couple(8), expect: { status: 'ineligible' } });
  });
  const senior = (age: number) => gwangjuRenter([person('head', age, { pension: 500_000 })]);
  it('고령자복지주택 2026-09-01: 65세 eligible, 64세 ineligible (별표 6의4 "65세 이상")', () => {
    check(seniorWelfareHousing, {
      name: '65',
      date: '2026-09-01',
      household: senior(65),
      expect: { status: 'eligible' },
    });
    check(seniorWelfareHousing, {
      name: '64',
      date: '2026-09-01',
      household: senior(64),
      expect: { status: 'ineligible' },
    });
  });
});

/** The day a period starts: the day before is the old period (or nothing), the day itself the new one. */
/** The period in force on `from` begins on exactly that day; `verified` = read in the official text. */
function startsOn(def: ParameterDef, from: string, verified: boolean) {
  expect(periodAsOf(def, from).from, `${def.id} on ${from}`).toBe(from);
  expect(periodAsOf(def, from).evidence === 'official', `${def.id} verified`).toBe(verified);
}

describe('second pass: periods start exactly where the evidence starts', () => {
  it('law-text periods (별표 as amended 2026-06-22) are verified from 2026-06-22 only', () => {
    for (const def of [
      permanentIncomeRate,
      nationalIncomeRate,
      happyYouthIncomeRate,
      happyNewlywedIncomeRate,
      happyNewlywedDualIncomeRate,
      happyYouthAgeMin,
      happyYouthAgeMax,
      happyElderlyAgeMin,
      happyNewlywedMaxYears,
    ]) {
      startsOn(def, '2026-06-22', true);
      expect(periodAsOf(def, '2026-06-21').evidence === 'official', `${def.id} before the amendment`).toBe(false);
    }
    expect(periodAsOf(permanentIncomeRate, '2026-06-22').value).toEqual({ '1': 0.7, '2': 0.6, '3': 0.5 });
    expect(periodAsOf(nationalIncomeRate, '2026-06-22').value).toEqual({ '1': 0.9, '2': 0.8, '3': 0.7 });
    expect(periodAsOf(happyYouthIncomeRate, '2026-06-22').value).toEqual({ '1': 1.2, '2': 1.1, '3': 1 });
    expect(periodAsOf(happyNewlywedIncomeRate, '2026-06-22').value).toEqual({ '2': 1.1, '3': 1 });
    expect(periodAsOf(happyNewlywedDualIncomeRate, '2026-06-22').value).toEqual({ '2': 1.3, '3': 1.2 });
    expect(
      [happyYouthAgeMin, happyYouthAgeMax, happyElderlyAgeMin, happyNewlywedMaxYears].map(
        (d) => periodAsOf(d, '2026-06-22').value,
      ),
    ).toEqual([19, 39, 65, 7]);
  });
  it('고령자복지주택 age: verified from 2026-08-24 (별표 6의4 <개정 2026. 8. 24.>)', () => {
    startsOn(seniorAgeMin, '2026-08-24', true);
    expect(periodAsOf(seniorAgeMin, '2026-08-24').value).toBe(65);
    expect(periodAsOf(seniorAgeMin, '2026-08-23').evidence === 'official').toBe(false);
  });
  it('2024 secondary periods (unverified): 국민임대·행복주택 rates, 신혼부부 rate and 7년', () => {
    for (const def of [nationalIncomeRate, happyYouthIncomeRate, happyNewlywedIncomeRate, happyNewlywedMaxYears]) {
      startsOn(def, '2024-01-01', false);
      expect(() => periodAsOf(def, '2023-12-31'), `${def.id} in 2023`).toThrow();
    }
    expect(periodAsOf(happyNewlywedMaxYears, '2024-06-01').value).toBe(7);
  });
  it('매입·전세임대 1인 70 %, 2인 60 %, 3인 이상 50 % from 2021-02-02 (제20조·제21조 text), nothing before', () => {
    for (const def of [purchaseIncomeRate, jeonseIncomeRate]) {
      startsOn(def, '2021-02-02', true);
      expect(periodAsOf(def, '2021-02-02').value).toEqual({ '1': 0.7, '2': 0.6, '3': 0.5 });
      expect(def.beyondMax).toBe('last');
      // Verified to 2023-12-31 (the last text read is in force from 2023-12-29); 2024 is assumed unchanged.
      expect(periodAsOf(def, '2023-12-31').from).toBe('2021-02-02');
      startsOn(def, '2024-01-01', false);
      expect(periodAsOf(def, '2024-12-31').value).toEqual({ '1': 0.7, '2': 0.6, '3': 0.5 });
      expect(() => periodAsOf(def, '2021-02-01')).toThrow();
    }
  });
  it('긴급복지 주거지원 최대 12개월: law text (제10조③), verified for every year from 2019', () => {
    expect(periodAsOf(housingSupportMaxTimes, '2019-01-01').value).toBe(12);
    expect(periodAsOf(housingSupportMaxTimes, '2019-01-01').evidence === 'official').toBe(true);
  });
});

describe('second pass: years still not encoded', () => {
  const three = gwangjuRenter(family(3, 45, { earned: 2_500_000 }));
  it('국민임대 2023: the 2023 urban-worker table was not found', () =>
    expect(notEncoded('public-rental.national', three, '2023-06-01')).toContain('public-rental.urban-worker-income'));
  it('매입임대 2022: rate encoded (from 2021-02-02) but the urban-worker table is not', () =>
    expect(notEncoded('public-rental.purchase', three, '2022-06-01')).toContain('public-rental.urban-worker-income'));
  it('행복주택 신혼부부 2024 맞벌이: the 2024 맞벌이 rate was not found', () => {
    const dual = [person('head', 32, { earned: 2_000_000 }), person('spouse', 32, { earned: 1_000_000 })];
    expect(notEncoded('public-rental.happy-newlywed', gwangjuRenter(dual, NEWLYWED), '2024-06-01')).toContain(
      'public-rental.happy.newlywed.dual-income-rate',
    );
  });
});
