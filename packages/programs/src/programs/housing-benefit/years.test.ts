import { periodAsOf } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { type Case, check, gwangjuRenter, person } from '../../../test/helpers.ts';
import { entryYears } from '../../shared/catalog/coverage.ts';
import { catalog } from '../../shared/catalog/registry.ts';
import { screenHousehold } from '../../shared/screen/screen.ts';
import { standardRent } from './parameters.ts';
import { rentBenefit } from './rent-benefit.ts';

/**
 * 주거급여 임차급여 for the years added in the second research pass (2019–2023; 2025 is re-checked), all
 * figures unverified (see SOURCES-housing-benefit.md, "Session 2026-11-25 (second pass)"). Every expected
 * amount below is computed by hand from the encoded figures, not by calling the lookup:
 *
 *   기준 중위소득 1인: 2019 1,707,008 · 2020 1,757,194 · 2021 1,827,831 · 2022 1,944,812 · 2023 2,077,892 ·
 *     2025 2,392,013 · 2027 2,736,042.
 *   주거급여 선 (1인) = round(중위 × 44/45/45/46/47/48 %):
 *     2019 751,083.52 → 751,084 · 2020 790,737.3 → 790,737 · 2021 822,523.95 → 822,524 ·
 *     2022 894,613.52 → 894,614 · 2023 976,609.24 → 976,609 · 2025 1,148,166.24 → 1,148,166 ·
 *     2027 1,313,300.16 → 1,313,300.
 *   생계급여 선 (1인) = round(중위 × 30 %, 2025 32 %):
 *     2019 512,102 · 2020 527,158 · 2021 548,349 · 2022 583,444 · 2023 623,368 · 2025 765,444 · 2027 875,533.
 *   자기부담 at the 주거 선 = floor((주거 선 − 생계 선) × 0.3):
 *     2019 floor(238,982 × 0.3) = 71,694 · 2020 floor(263,579 × 0.3) = 79,073 · 2021 floor(274,175 × 0.3) = 82,252 ·
 *     2022 floor(311,170 × 0.3) = 93,351 · 2023 floor(353,241 × 0.3) = 105,972 · 2025 floor(382,722 × 0.3) = 114,816 ·
 *     2027 floor(437,767 × 0.3) = 131,330.
 *   기준임대료 3급지 (광주) 1인: 2019 163,000 · 2020 179,000 · 2021 190,000 · 2022 201,000 · 2023 203,000 · 2025 228,000 ·
 *     2027 259,000 (eighth pass, one copy).
 *   Amount at the line = ceil10(기준임대료 − 자기부담):
 *     2019 91,306 → 91,310 · 2020 99,927 → 99,930 · 2021 107,748 → 107,750 · 2022 107,649 → 107,650 ·
 *     2023 97,028 → 97,030 · 2025 113,184 → 113,190 · 2027 127,670.
 * The households have no deposit, no property and 1,000,000원 in the bank (under the 생활준비금), so
 * 소득인정액 = the pension.
 */
interface Year {
  readonly year: number;
  readonly cap: number; // 3급지 1인
  readonly line: number; // 주거급여 선 1인
  readonly atLine: number; // amount at the line
  /** One other cell per year: region, household size, expected 기준임대료. */
  readonly other: { readonly region: string; readonly size: number; readonly cap: number };
}

const years: Year[] = [
  { year: 2019, cap: 163_000, line: 751_084, atLine: 91_310, other: { region: 'seoul', size: 4, cap: 365_000 } },
  { year: 2020, cap: 179_000, line: 790_737, atLine: 99_930, other: { region: 'gyeonggi', size: 2, cap: 252_000 } },
  { year: 2021, cap: 190_000, line: 822_524, atLine: 107_750, other: { region: 'other', size: 6, cap: 309_000 } },
  { year: 2022, cap: 201_000, line: 894_614, atLine: 107_650, other: { region: 'seoul', size: 3, cap: 437_000 } },
  { year: 2023, cap: 203_000, line: 976_609, atLine: 97_030, other: { region: 'gyeonggi', size: 5, cap: 407_000 } },
  { year: 2025, cap: 228_000, line: 1_148_166, atLine: 113_190, other: { region: 'seoul', size: 2, cap: 395_000 } },
  { year: 2027, cap: 259_000, line: 1_313_300, atLine: 127_670, other: { region: 'seoul', size: 6, cap: 731_000 } },
];

const elderly = (pension: number, fields: Record<string, unknown> = {}) =>
  gwangjuRenter([person('head', 70, { pension })], {
    deposit: 0,
    monthlyRent: 300_000,
    financialAssets: 1_000_000,
    ...fields,
  });

/** A household of `size` with no income at all: 소득인정액 0, so the amount is min(rent, 기준임대료). */
const noIncome = (size: number, fields: Record<string, unknown>) =>
  gwangjuRenter([person('head', 45), ...Array.from({ length: size - 1 }, (_, i) => person('child', 10 + i))], {
    deposit: 0,
    financialAssets: 0,
    ...fields,
  });

const notEncoded = (household: ReturnType<typeof gwangjuRenter>, date: string) => {
  const r = screenHousehold(household, {
    date,
    programs: catalog.filter((e) => e.id === 'housing-benefit.rent'),
  });
  return r.ok ? r.programs[0]?.unavailableParameter : undefined;
};

for (const y of years) {
  describe(`주거급여 임차급여 ${y.year} (second-pass figures, unverified)`, () => {
    const date = `${y.year}-06-01`;
    const cases: Case[] = [
      {
        name: `${y.year} 광주 1인, 월세가 딱 기준임대료 ${y.cap} → ${y.cap}`,
        date,
        household: elderly(500_000, { monthlyRent: y.cap }),
        expect: { status: 'eligible', amount: y.cap },
      },
      {
        // Uncapped it would be ceil10(cap + 1) = cap + 10; the cap holds it at cap.
        name: `${y.year} 광주 1인, 월세 ${y.cap + 1} (1원 초과) → 기준임대료 ${y.cap}`,
        date,
        household: elderly(500_000, { monthlyRent: y.cap + 1 }),
        expect: { status: 'eligible', amount: y.cap },
      },
      {
        name: `${y.year} 광주 1인, 월세 ${y.cap - 10_000} (기준임대료 아래) → 실제 월세 그대로`,
        date,
        household: elderly(500_000, { monthlyRent: y.cap - 10_000 }),
        expect: { status: 'eligible', amount: y.cap - 10_000 },
      },
      {
        name: `${y.year} 광주 1인, 소득인정액 딱 ${y.line} (주거급여 선) → ${y.atLine}`,
        date,
        household: elderly(y.line),
        expect: { status: 'eligible', amount: y.atLine },
      },
      {
        name: `${y.year} 광주 1인, 소득인정액 ${y.line + 1} (1원 초과) → 대상 아님`,
        date,
        household: elderly(y.line + 1),
        expect: { status: 'ineligible', amount: null },
      },
      {
        name: `${y.year} 1인, 연금 액수 모름 → 판단 불가, 연금을 물어야 함`,
        date,
        household: gwangjuRenter([{ ...person('head', 70), pensionIncome: undefined }]),
        expect: { status: 'unknown', missing: ['members[0].pensionIncome'] },
      },
      {
        name: `${y.year} ${y.other.region} ${y.other.size}인, 소득 없음, 월세 900,000 → 기준임대료 ${y.other.cap}`,
        date,
        household: noIncome(y.other.size, { region: y.other.region, monthlyRent: 900_000 }),
        expect: { status: 'eligible', amount: y.other.cap },
      },
    ];
    for (const c of cases) it(c.name, () => check(rentBenefit, c));
  });
}

describe('cells the second pass did not find stay "not encoded" (no guess)', () => {
  it('2020 서울 1인: the source has a typo (36.6만 > its 2인 30.2만), so the cell is left out', () =>
    expect(notEncoded(elderly(500_000, { region: 'seoul' }), '2020-06-01')).toContain('housing-benefit.standard-rent'));
  it('2020 서울 2인 is encoded (302,000)', () =>
    check(rentBenefit, {
      name: '2020 서울 2인, 소득 없음, 월세 900,000 → 302,000',
      date: '2020-06-01',
      household: noIncome(2, { region: 'seoul', monthlyRent: 900_000 }),
      expect: { status: 'eligible', amount: 302_000 },
    }));
  it('2025 경기 1인 and 그 외 1인: 2·4급지 were seen only in a weak, contradicted source', () => {
    expect(notEncoded(elderly(500_000, { region: 'gyeonggi' }), '2025-06-01')).toContain(
      'housing-benefit.standard-rent',
    );
    expect(notEncoded(elderly(500_000, { region: 'other' }), '2025-06-01')).toContain('housing-benefit.standard-rent');
  });
  it('2025 광주 5인: 5·6인 were not seen for 2025', () =>
    expect(notEncoded(noIncome(5, { monthlyRent: 900_000 }), '2025-06-01')).toContain('housing-benefit.standard-rent'));
  it('2024 광주 6인: 2024 6인 was not found', () =>
    expect(notEncoded(noIncome(6, { monthlyRent: 900_000 }), '2024-06-01')).toContain('housing-benefit.standard-rent'));
  it('2018 is before every encoded period', () => expect(notEncoded(elderly(500_000), '2018-06-01')).toBeDefined());
});

describe('years column', () => {
  it('주거급여 임차급여 is screenable every year 2019–2026', () => {
    const entry = catalog.find((e) => e.id === 'housing-benefit.rent');
    expect(entry).toBeDefined();
    if (entry) expect(entryYears(entry, 2026)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });
});

describe('기준임대료 2022, re-keyed from the published table (issue 16 item 7)', () => {
  // wellheal.tistory.com/113 (2021-08-03): each 2022 cell with its increase over 2021, 만원 to 0.1, 1–6인 per 급지.
  const published: Record<string, [number, number][]> = {
    '1': [
      [32.7, 1.7],
      [36.7, 1.9],
      [43.7, 2.3],
      [50.6, 2.6],
      [52.4, 2.7],
      [62.1, 3.3],
    ],
    '2': [
      [25.3, 1.4],
      [28.3, 1.5],
      [33.8, 1.8],
      [39.1, 2.0],
      [40.4, 2.1],
      [47.8, 2.5],
    ],
    '3': [
      [20.1, 1.1],
      [22.4, 1.2],
      [26.8, 1.4],
      [31.0, 1.6],
      [32.0, 1.7],
      [37.9, 2.0],
    ],
    '4': [
      [16.3, 0.0],
      [18.3, 0.0],
      [21.8, 0.1],
      [25.4, 0.1],
      [26.2, 0.1],
      [31.0, 0.1],
    ],
  };
  const won = (manwon: number) => Math.round(manwon * 10_000);
  it('every cell is the published figure, and the published increases lead back to the 2021 row', () => {
    const t2022 = periodAsOf(standardRent, '2022-06-01').value as Record<string, Record<string, number>>;
    const t2021 = periodAsOf(standardRent, '2021-06-01').value as Record<string, Record<string, number>>;
    for (const [zone, row] of Object.entries(published)) {
      row.forEach(([value, increase], i) => {
        const size = String(i + 1);
        expect(t2022[zone]?.[size], `2022 ${zone}급지 ${size}인`).toBe(won(value));
        expect(t2021[zone]?.[size], `2021 ${zone}급지 ${size}인`).toBe(won(value - increase));
      });
    }
    expect(t2022['1']?.['4']).toBe(506_000);
  });
});
