import type { Household, Program } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { alone, type Case, check, checkLine, family, gwangjuRenter, person, without } from '../../../test/helpers.ts';
import { catalog } from '../../shared/catalog/registry.ts';
import { screenHousehold } from '../../shared/screen/screen.ts';
import { seniorWelfareHousing } from '../senior-welfare-housing/program.ts';
import {
  happyElderly,
  happyNewlywed,
  happyYouth,
  integratedRental,
  jeonseRental,
  nationalRental,
  permanentRental,
  purchaseRental,
} from './programs.ts';

const NEWLYWED = { married: true, marriedYears: 3 };

/** One typical eligible household and one with an unknown input, for every program and year. */
const typical3 = gwangjuRenter(family(3, 45, { earned: 2_500_000 }), { financialAssets: 20_000_000 });
const single = (age: number, fields: Record<string, unknown> = {}) => alone(age, 1_500_000, fields);

const CASES: Array<Case & { program: Program }> = [2025, 2026].flatMap((year) => {
  const date = `${year}-06-01`;
  return [
    // 3인 2,500,000원 is under every 3인 line: 영구 2025 3,813,487 / 2026 4,084,215 (8,168,429 × 50 %).
    {
      program: permanentRental,
      name: `영구임대 ${year}: 3인 가구 월 250만원`,
      date,
      household: typical3,
      expect: { status: 'eligible' },
    },
    {
      program: permanentRental,
      name: `영구임대 ${year}: 무주택 여부 모름`,
      date,
      household: without(typical3, 'ownsHome'),
      expect: { status: 'unknown', missing: ['ownsHome'] },
    },
    {
      program: nationalRental,
      name: `국민임대 ${year}: 3인 가구 월 250만원`,
      date,
      household: typical3,
      expect: { status: 'eligible' },
    },
    {
      program: nationalRental,
      name: `국민임대 ${year}: 자동차가액 모름 (총자산·자동차 둘 다 판단 불가)`,
      date,
      household: without(typical3, 'carValue'),
      expect: { status: 'unknown', missing: ['carValue'] },
    },
    {
      program: happyYouth,
      name: `행복주택 청년 ${year}: 30세 1인 월 150만원`,
      date,
      household: single(30),
      expect: { status: 'eligible' },
    },
    {
      program: happyYouth,
      name: `행복주택 청년 ${year}: 나이 모름`,
      date,
      household: gwangjuRenter([{ ...person('head', 0, { earned: 1_500_000 }), age: undefined }]),
      expect: { status: 'unknown', missing: ['members[0].age'] },
    },
    {
      program: happyYouth,
      name: `행복주택 청년 ${year}: 40세는 대상 아님`,
      date,
      household: single(40),
      expect: { status: 'ineligible' },
    },
    {
      program: happyNewlywed,
      name: `행복주택 신혼부부 ${year}: 혼인 3년, 외벌이 월 300만원`,
      date,
      household: gwangjuRenter(family(2, 32, { earned: 3_000_000 }), NEWLYWED),
      expect: { status: 'eligible' },
    },
    {
      program: happyNewlywed,
      name: `행복주택 신혼부부 ${year}: 혼인 기간 모름`,
      date,
      household: gwangjuRenter(family(2, 32, { earned: 3_000_000 }), { married: true }),
      expect: { status: 'unknown', missing: ['marriedYears'] },
    },
    {
      program: happyNewlywed,
      name: `행복주택 신혼부부 ${year}: 혼인 8년은 대상 아님`,
      date,
      household: gwangjuRenter(family(2, 32, { earned: 3_000_000 }), { married: true, marriedYears: 8 }),
      expect: { status: 'ineligible' },
    },
    {
      program: happyElderly,
      name: `행복주택 고령자 ${year}: 70세 1인 연금 100만원`,
      date,
      household: gwangjuRenter([person('head', 70, { pension: 1_000_000 })]),
      expect: { status: 'eligible' },
    },
    {
      program: happyElderly,
      name: `행복주택 고령자 ${year}: 64세는 대상 아님`,
      date,
      household: gwangjuRenter([person('head', 64, { pension: 1_000_000 })]),
      expect: { status: 'ineligible' },
    },
    {
      program: happyElderly,
      name: `행복주택 고령자 ${year}: 연금 액수 모름`,
      date,
      household: gwangjuRenter([{ ...person('head', 70), pensionIncome: undefined }]),
      expect: { status: 'unknown', missing: ['members[0].pensionIncome'] },
    },
    {
      program: integratedRental,
      name: `통합공공임대 ${year}: 3인 가구 월 250만원`,
      date,
      household: typical3,
      expect: { status: 'eligible' },
    },
    {
      program: integratedRental,
      name: `통합공공임대 ${year}: 빚 모름`,
      date,
      household: without(typical3, 'debts'),
      expect: { status: 'unknown', missing: ['debts'] },
    },
    {
      program: purchaseRental,
      name: `매입임대 ${year}: 3인 가구 월 250만원 (2순위 50 % 선 안)`,
      date,
      household: typical3,
      expect: { status: 'eligible' },
    },
    {
      program: purchaseRental,
      name: `매입임대 ${year}: 소득이 선을 넘어도 생계급여 수급자는 1순위`,
      date,
      household: gwangjuRenter(family(1, 50, { earned: 3_000_000 }), { receivesLivelihoodBenefit: true }),
      expect: { status: 'eligible' },
    },
    {
      program: purchaseRental,
      // 시행규칙 제20조제1항제1호가목: "생계급여 수급자 또는 … 의료급여 수급자".
      name: `매입임대 ${year}: 의료급여 수급자도 소득과 상관없이 1순위`,
      date,
      household: gwangjuRenter(family(1, 50, { earned: 3_000_000 }), { receivesMedicalBenefit: true }),
      expect: { status: 'eligible' },
    },
    {
      program: purchaseRental,
      name: `매입임대 ${year}: 소득이 선 넘고 생계·의료급여 모두 모름`,
      date,
      household: without(
        without(gwangjuRenter(family(1, 50, { earned: 3_000_000 })), 'receivesLivelihoodBenefit'),
        'receivesMedicalBenefit',
      ),
      expect: { status: 'unknown', missing: ['receivesLivelihoodBenefit', 'receivesMedicalBenefit'] },
    },
    {
      program: purchaseRental,
      name: `매입임대 ${year}: 소득 모르고 수급 아님`,
      date,
      household: gwangjuRenter([{ ...person('head', 50), earnedIncome: undefined }]),
      expect: { status: 'unknown', missing: ['members[0].earnedIncome'] },
    },
    {
      program: jeonseRental,
      name: `전세임대 ${year}: 3인 가구 월 250만원`,
      date,
      household: typical3,
      expect: { status: 'eligible' },
    },
    {
      program: jeonseRental,
      name: `전세임대 ${year}: 소득이 선 넘고 수급 여부 모름`,
      date,
      household: without(gwangjuRenter(family(1, 50, { earned: 3_000_000 })), 'receivesLivelihoodBenefit'),
      expect: { status: 'unknown', missing: ['receivesLivelihoodBenefit'] },
    },
    {
      program: seniorWelfareHousing,
      name: `고령자복지주택 ${year}: 72세 1인 연금 80만원`,
      date,
      household: gwangjuRenter([person('head', 72, { pension: 800_000 })]),
      expect: { status: 'eligible' },
    },
    {
      program: seniorWelfareHousing,
      name: `고령자복지주택 ${year}: 60세는 대상 아님`,
      date,
      household: gwangjuRenter([person('head', 60, { pension: 800_000 })]),
      expect: { status: 'ineligible' },
    },
    {
      program: seniorWelfareHousing,
      name: `고령자복지주택 ${year}: 집이 있는지 모름`,
      date,
      household: without(gwangjuRenter([person('head', 72, { pension: 800_000 })]), 'ownsHome'),
      expect: { status: 'unknown', missing: ['ownsHome'] },
    },
  ];
});

describe('공공임대: typical and unknown households, every year encoded', () => {
  for (const c of CASES) it(c.name, () => check(c.program, c));
});

describe('공공임대: asset limits and the 무주택 rule', () => {
  const d2026 = '2026-06-01';
  const withAssets = (financialAssets: number, fields: Record<string, unknown> = {}) =>
    alone(50, 1_000_000, { financialAssets, ...fields });
  it('영구임대 2026: 총자산 237,000,000원 (보증금 1,000만 + 금융 22,700만) 이면 대상, 1원 더 있으면 아님', () => {
    checkLine(permanentRental, d2026, 227_000_000, withAssets);
  });
  // 영구임대 자동차 (SOURCES-2026-12.md item 8): the year's 국민임대 car figure — 2025 38,030,000 (inferred),
  // 2026 45,630,000 (two copies).
  it.each([
    { year: 2025, limit: 38_030_000 },
    { year: 2026, limit: 45_630_000 },
  ])('영구임대 $year: 자동차 $limit원 대상, 1원 더 있으면 아님 (생계급여 수급자는 1순위)', ({ year, limit }) => {
    const date = `${year}-06-01`;
    checkLine(permanentRental, date, limit, (n) => withAssets(0, { carValue: n }));
    check(permanentRental, {
      name: 'waived',
      date,
      household: withAssets(0, { carValue: limit + 1, receivesLivelihoodBenefit: true }),
      expect: { status: 'eligible' },
    });
  });
  it('영구임대 2026: 생계급여 수급자는 자산이 한도를 넘어도 1순위', () =>
    check(permanentRental, {
      name: 'waived',
      date: d2026,
      household: withAssets(300_000_000, { receivesLivelihoodBenefit: true }),
      expect: { status: 'eligible' },
    }));
  it('국민임대 2026: 자동차 45,630,000원은 대상, 45,630,001원은 아님 (2026 CONFLICT 4,542만원 — see parameters)', () => {
    checkLine(nationalRental, d2026, 45_630_000, (n) => withAssets(0, { carValue: n }));
  });
  it('국민임대 2025: 자동차 한도 38,030,000원', () =>
    check(nationalRental, {
      name: 'over',
      date: '2025-06-01',
      household: withAssets(0, { carValue: 38_030_001 }),
      expect: { status: 'ineligible' },
    }));
  it('집이 있으면 어떤 공공임대도 대상 아님', () => {
    for (const program of [permanentRental, nationalRental, integratedRental, purchaseRental, seniorWelfareHousing]) {
      check(program, {
        name: program.id,
        date: d2026,
        household: withAssets(0, { ownsHome: true }),
        expect: { status: 'ineligible' },
      });
    }
  });
});

describe('공공임대: years and sizes without figures are "not encoded", never guessed', () => {
  const entry = (id: string) => catalog.filter((e) => e.id === id);
  const screen = (id: string, household: Household, date: string) => {
    const r = screenHousehold(household, { date, programs: entry(id) });
    if (!r.ok) throw new Error('invalid household');
    return r.programs[0];
  };
  it('영구임대 2024: income rates are known from 2025 only', () => {
    const r = screen('public-rental.permanent', typical3, '2024-06-01');
    expect(r?.status).toBe('unknown');
    expect(r?.unavailableParameter).toBe('public-rental.permanent.income-rate');
  });
  it('국민임대 2025, 6인 가구: the 2025 urban-worker table stops at 5인', () => {
    const r = screen('public-rental.national', gwangjuRenter(family(6, 45, { earned: 2_000_000 })), '2025-06-01');
    expect(r?.unavailableParameter).toBe('public-rental.urban-worker-income');
  });
  it('국민임대 2026, 9인 가구: 8인 + one 7→8 step (11,064,819 + 579,278 = 11,644,097) × 70 % = 8,150,867.9 → 8,150,868', () => {
    const big = (income: number) => gwangjuRenter(family(9, 45, { earned: income }));
    checkLine(nationalRental, '2026-06-01', 8_150_868, big);
  });
});
