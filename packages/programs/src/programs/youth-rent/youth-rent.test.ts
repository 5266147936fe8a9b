import { decide } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { type Case, check, checkLine, without, youthRenter } from '../../../test/helpers.ts';
import { catalog } from '../../shared/catalog/registry.ts';
import { screenHousehold } from '../../shared/screen/screen.ts';
import { youthRent } from './program.ts';

/**
 * 청년월세 특별지원 (youth-rent/parameters.ts). A 25-year-old living alone in Gwangju on monthly rent
 * (보증금 1,000만원, 월세 40만원), parents' household of 2 earning 200만원.
 * Their income is 기타소득 (no 근로소득 공제), so 소득인정액 = that income: the deposit × 0.95 = 950만원
 * is under the 기본재산액 (대도시 6,900만원 to 2023, 광역시 7,700만원 from 2024), so no 재산 환산.
 * 청년가구 60 % lines (1인): 2022 1,944,812 × 0.6 = 1,166,887.2 → 1,166,887 · 2023 2,077,892 × 0.6 =
 * 1,246,735.2 → 1,246,735 · 2024 2,228,445 × 0.6 = 1,337,067 · 2025 2,392,013 × 0.6 = 1,435,207.8 →
 * 1,435,208 · 2026 2,564,238 × 0.6 = 1,538,542.8 → 1,538,543.
 * 원가구 = 청년 1 + 부모 2 = 3인, 100 % line = 중위 3인: 2022 4,194,701 · 2023 4,434,816 · 2024 4,714,657 ·
 * 2025 5,025,353 · 2026 5,359,036. Amount = min(월세, 200,000).
 */
describe('청년월세 특별지원', () => {
  const years = [
    { date: '2022-09-01', line: 1_166_887, origin: 4_194_701 },
    { date: '2023-06-01', line: 1_246_735, origin: 4_434_816 },
    { date: '2024-06-01', line: 1_337_067, origin: 4_714_657 },
    { date: '2025-06-01', line: 1_435_208, origin: 5_025_353 },
    { date: '2026-06-01', line: 1_538_543, origin: 5_359_036 },
  ];
  const cases: Case[] = years.flatMap(({ date, line, origin }) => {
    const y = date.slice(0, 4);
    // 원가구 at the line: 청년 1,000,000 + 부모 (origin − 1,000,000).
    const parentsAtLine = origin - 1_000_000;
    return [
      {
        name: `${y}: 월 80만원 버는 25세, 월세 40만원 → 20만원`,
        date,
        household: youthRenter(800_000),
        expect: { status: 'eligible', amount: 200_000 },
      },
      {
        name: `${y}: 월세 15만원이면 15만원만`,
        date,
        household: youthRenter(800_000, { monthlyRent: 150_000 }),
        expect: { status: 'eligible', amount: 150_000 },
      },
      {
        name: `${y}: 청년 소득이 딱 ${line}원`,
        date,
        household: youthRenter(line),
        expect: { status: 'eligible', amount: 200_000 },
      },
      {
        name: `${y}: 청년 소득 ${line + 1}원`,
        date,
        household: youthRenter(line + 1),
        expect: { status: 'ineligible' },
      },
      {
        name: `${y}: 원가구 소득이 딱 ${origin}원 (부모 ${parentsAtLine})`,
        date,
        household: youthRenter(1_000_000, { parentsMonthlyIncome: parentsAtLine }),
        expect: { status: 'eligible' },
      },
      {
        name: `${y}: 원가구 소득 ${origin + 1}원`,
        date,
        household: youthRenter(1_000_000, { parentsMonthlyIncome: parentsAtLine + 1 }),
        expect: { status: 'ineligible' },
      },
      {
        name: `${y}: 부모 소득 모름`,
        date,
        household: without(youthRenter(800_000), 'parentsMonthlyIncome'),
        expect: { status: 'unknown', missing: ['parentsMonthlyIncome'] },
      },
    ] satisfies Case[];
  });
  for (const c of cases) it(c.name, () => check(youthRent, c));

  // 2차 (2024-02-26) on: 19–34 counted by year of birth (SOURCES-2026-12.md item 4). yearAge = year − birth year.
  const aged = (age: number, yearAge?: number) => {
    const h = youthRenter(800_000, {}, age);
    return { ...h, members: (h.members ?? []).map((m) => ({ ...m, yearAge })) };
  };
  it.each([
    { name: '만 34, born this year − 34: 대상', age: 34, yearAge: 34, status: 'eligible' },
    { name: '만 34, born this year − 35: 아님 (35 by year)', age: 34, yearAge: 35, status: 'ineligible' },
    { name: '만 34, year of birth unknown: 모름', age: 34, yearAge: undefined, status: 'unknown' },
    { name: '만 35: 아님', age: 35, yearAge: undefined, status: 'ineligible' },
    { name: '만 18, turns 19 this year: 대상', age: 18, yearAge: 19, status: 'eligible' },
    { name: '만 18, turns 19 next year: 아님', age: 18, yearAge: 18, status: 'ineligible' },
    { name: '만 18, year of birth unknown: 모름', age: 18, yearAge: undefined, status: 'unknown' },
    { name: '만 17: 아님', age: 17, yearAge: undefined, status: 'ineligible' },
    { name: '만 20, year of birth unknown: 대상 (20 or 21)', age: 20, yearAge: undefined, status: 'eligible' },
  ] as const)('나이 2026: $name', ({ age, yearAge, status }) =>
    check(youthRent, { name: String(age), date: '2026-06-01', household: aged(age, yearAge), expect: { status } }),
  );
  it('born 2005-12-01: from 2024-02-26 (2차) 대상 at 만 18; in 1차 (2023-06-01, 만 나이) 만 17 아님', () => {
    check(youthRent, {
      name: '2024-02-26',
      date: '2024-02-26',
      household: aged(18, 19),
      expect: { status: 'eligible' },
    });
    check(youthRent, {
      name: '2024-02-25',
      date: '2024-02-25',
      household: aged(18, 19),
      expect: { status: 'ineligible' },
    });
    check(youthRent, { name: '2023', date: '2023-06-01', household: aged(17, 18), expect: { status: 'ineligible' } });
  });
  // 원가구 test skipped for 30 or over (by year from 2024-02-26) or married (item 5): parents far over 100 %.
  const richParents = (age: number, yearAge: number | undefined, fields: Record<string, unknown> = {}) => {
    const h = youthRenter(
      800_000,
      { parentsMonthlyIncome: 20_000_000, parentsProperty: 2_000_000_000, ...fields },
      age,
    );
    return { ...h, members: (h.members ?? []).map((m) => ({ ...m, yearAge })) };
  };
  it.each([
    { name: '만 29, 30 by year: 원가구 안 봄 → 대상', age: 29, yearAge: 30, fields: {}, status: 'eligible' },
    { name: '만 29, 29 by year: 원가구 소득 초과 → 아님', age: 29, yearAge: 29, fields: {}, status: 'ineligible' },
    { name: '만 29, year of birth unknown → 모름', age: 29, yearAge: undefined, fields: {}, status: 'unknown' },
    { name: '만 25, married → 대상', age: 25, yearAge: 25, fields: { married: true }, status: 'eligible' },
    { name: '만 25, not married → 아님', age: 25, yearAge: 25, fields: { married: false }, status: 'ineligible' },
  ] as const)('원가구 2026: $name', ({ age, yearAge, fields, status }) =>
    check(youthRent, {
      name: 'x',
      date: '2026-06-01',
      household: richParents(age, yearAge, fields),
      expect: { status },
    }),
  );
  it('원가구 in 1차 (2023, 만 나이): 만 30 skips it, 만 29 does not', () => {
    check(youthRent, {
      name: '30',
      date: '2023-06-01',
      household: richParents(30, 31),
      expect: { status: 'eligible' },
    });
    check(youthRent, {
      name: '29',
      date: '2023-06-01',
      household: richParents(29, 30),
      expect: { status: 'ineligible' },
    });
  });
  it('월세 상한: 1차 (2023) 600,000원, 2차부터 (2024-02-26~) 700,000원', () => {
    check(youthRent, {
      name: '2023 at',
      date: '2023-06-01',
      household: youthRenter(800_000, { monthlyRent: 600_000 }),
      expect: { status: 'eligible' },
    });
    check(youthRent, {
      name: '2023 over',
      date: '2023-06-01',
      household: youthRenter(800_000, { monthlyRent: 600_001 }),
      expect: { status: 'ineligible' },
    });
    check(youthRent, {
      name: '2024 at',
      date: '2024-06-01',
      household: youthRenter(800_000, { monthlyRent: 700_000 }),
      expect: { status: 'eligible' },
    });
    check(youthRent, {
      name: '2024 over',
      date: '2024-06-01',
      household: youthRenter(800_000, { monthlyRent: 700_001 }),
      expect: { status: 'ineligible' },
    });
  });
  it('보증금 50,000,000원까지', () => {
    checkLine(youthRent, '2026-06-01', 50_000_000, (n) => youthRenter(800_000, { deposit: n }));
  });
  it('청년가구 재산 한도: 2023 107,000,000원 · 2026 122,000,000원 (the property criterion itself)', () => {
    // Assets that large always push 소득인정액 over the 60 % line too (예금 is converted at 6.26 %/월),
    // so the household is ineligible either way; the property criterion alone must flip at the limit.
    const property = (date: string, financialAssets: number) =>
      decide(youthRent, youthRenter(800_000, { financialAssets }), { date }).criteria.find((c) => c.id === 'property')
        ?.outcome;
    expect(property('2023-06-01', 97_000_000)).toBe(true); // 보증금 10,000,000 + 예금 97,000,000 = 107,000,000
    expect(property('2023-06-01', 97_000_001)).toBe(false);
    expect(property('2026-06-01', 112_000_000)).toBe(true); // = 122,000,000
    expect(property('2026-06-01', 112_000_001)).toBe(false);
  });
  it('원가구 재산 한도: 2023 380,000,000원 · 2026 470,000,000원', () => {
    // 원가구 재산 = 청년 총자산 (보증금 10,000,000) + 부모 재산.
    const origin = (date: string, parentsProperty: number) =>
      decide(youthRent, youthRenter(800_000, { parentsProperty }), { date }).criteria.find(
        (c) => c.id === 'originProperty',
      )?.outcome;
    expect(origin('2023-06-01', 370_000_000)).toBe(true);
    expect(origin('2023-06-01', 370_000_001)).toBe(false);
    expect(origin('2026-06-01', 460_000_000)).toBe(true);
    expect(origin('2026-06-01', 460_000_001)).toBe(false);
  });
  it('부모 재산을 모르면 확인이 필요해요', () => {
    const r = decide(youthRent, youthRenter(800_000, { parentsProperty: undefined }), { date: '2026-06-01' });
    expect(r.status).toBe('unknown');
    expect(r.missing.map((m) => m.path)).toEqual(['parentsProperty']);
  });
  it('부모와 같이 살면 대상 아님', () =>
    check(youthRent, {
      name: 'with parents',
      date: '2026-06-01',
      household: youthRenter(800_000, { livesApartFromParents: false }),
      expect: { status: 'ineligible' },
    }));
  it('before 2022-08-22 (1차 시작) → not eligible: the program did not exist yet', () => {
    const r = screenHousehold(youthRenter(800_000), {
      date: '2022-06-01',
      programs: catalog.filter((e) => e.id === 'youth-rent'),
    });
    if (!r.ok) throw new Error('invalid household');
    expect(r.programs[0]).toMatchObject({ status: 'ineligible', amount: null, reasons: [{ id: 'program-started' }] });
    expect(r.programs[0]?.unavailable).toBeUndefined();
  });
});
