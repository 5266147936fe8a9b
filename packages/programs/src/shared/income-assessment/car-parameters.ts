/**
 * 자동차 일반재산 환산 예외 (SOURCES-2026-12.md item 2, second and third passes): a car that meets the exception is
 * converted at the 일반재산 rate (월 4.17 %) instead of 100 %. Keyed by benefit group, because before 2025 the rule
 * differed: 'basic' = 생계·의료급여, 'housing' = 주거·교육급여 (and the other programs that borrow 소득인정액).
 *  - to 2024: 승용차 under the engine limit (생계·의료 1,600cc, 주거·교육 2,000cc) and either 차령 10년 이상 or under
 *    the value limit (생계·의료 200만원, 주거·교육 500만원);
 *  - from 2025: 승용차 under 2,000cc and either 차령 10년 이상 or under 500만원, for all; from 2026 also 소형 승합차
 *    and 1톤 이하 화물차 under 500만원.
 */
import type { ParameterDef } from '@jibsa/rules';
import { notice } from './citations.ts';

const CAR_NOTICE = '자동차의 재산가액 산정기준과 재산가액에서 차감하는 기본재산액 및 부채';
const BEFORE_2025_COPIES =
  '7dsb.com (2023–24 guide) and allaboutmoney.2merci.com (2024): 생계·의료 "1,600cc 미만 10년 이상이거나 … 차량가액 200만 원 미만", 주거·교육·한부모 "2,000cc 미만 10년 이상이거나 … 500만 원 미만"; the 2024-12 행정예고 summary (megaphone-gallery.tistory.com) also names the old 생계·의료 pair "배기량 1600cc 미만, 차량가액 200만 원 미만"';

export const carGeneralRateValueLimit: ParameterDef = {
  id: 'income-assessment.car-general-rate.value-limit',
  label: {
    ko: '일반재산으로 보는 자동차의 가액 한도 (미만)',
    en: 'Car value below which a small car counts as ordinary property',
  },
  unit: 'KRW',
  dimensions: ['benefitGroup'],
  beyondMax: 'error',
  periods: [
    {
      from: '2019-01-01',
      to: '2022-12-31',
      value: { basic: 2_000_000, housing: 5_000_000 },
      citation: notice(CAR_NOTICE, 2019),
      evidence: 'recall',
      note: `RECALL for 2019–2022: the 2023–2024 copies (${BEFORE_2025_COPIES}) carried back; no copy dated 2019–2022 was found (pages: "1600cc 미만 10년 이상 200만원 미만 생계급여 자동차").`,
    },
    {
      from: '2023-01-01',
      to: '2024-12-31',
      value: { basic: 2_000_000, housing: 5_000_000 },
      citation: notice(CAR_NOTICE, 2023),
      evidence: 'secondary',
      note: `${BEFORE_2025_COPIES}. Not encoded (copies disagree on the treatment: 재산 제외, 50 % 감면 or 일반재산): 생업용, 장애인, 국가유공자, 다자녀 vehicles.`,
    },
    {
      from: '2025-01-01',
      value: { basic: 5_000_000, housing: 5_000_000 },
      citation: notice(CAR_NOTICE, 2025),
      evidence: 'secondary',
      note: '"배기량 2000cc 미만이면서 차량가액 500만 원 미만인 승용차에 대해 일반재산 환산율" — 2024-12 행정예고 summary (megaphone-gallery.tistory.com, "기존에는 배기량 1600cc 미만, 차량가액 200만 원 미만"); the same rule in money.xoqii.com (2025-09, "2,000cc 미만 & 500만 원 미만 승용차는 예외적으로 일반재산 환산율(월 4.17%)"), alldaypet.co.kr (2025) and eunzzing.blogspot.com (2026-02). Searched 2026-12-04, pages corpus. Not encoded: the 생업용·장애인 exemptions (copies disagree: 재산 제외, 50 % 감면 or 일반재산).',
    },
  ],
};

export const carGeneralRateEngineLimit: ParameterDef = {
  id: 'income-assessment.car-general-rate.engine-limit',
  label: {
    ko: '일반재산으로 보는 승용차의 배기량 한도 (미만)',
    en: 'Engine size below which a car can count as ordinary property',
  },
  unit: 'count',
  dimensions: ['benefitGroup'],
  beyondMax: 'error',
  periods: [
    {
      from: '2019-01-01',
      to: '2022-12-31',
      value: { basic: 1600, housing: 2000 },
      citation: notice(CAR_NOTICE, 2019),
      evidence: 'recall',
      note: 'cc. RECALL for 2019–2022 (the 2023–2024 copies carried back, see value-limit).',
    },
    {
      from: '2023-01-01',
      to: '2024-12-31',
      value: { basic: 1600, housing: 2000 },
      citation: notice(CAR_NOTICE, 2023),
      evidence: 'secondary',
      note: `cc. ${BEFORE_2025_COPIES}.`,
    },
    {
      from: '2025-01-01',
      value: { basic: 2000, housing: 2000 },
      citation: notice(CAR_NOTICE, 2025),
      evidence: 'secondary',
      note: 'cc. 2,000cc 미만 for all benefits from 2025 (same copies as value-limit).',
    },
  ],
};

export const carGeneralRateOldCar: ParameterDef = {
  id: 'income-assessment.car-general-rate.old-car',
  label: {
    ko: '차령 10년 이상이면 가액과 관계없이 일반재산으로 봄',
    en: 'A car 10 or more years old counts as ordinary property whatever its value',
  },
  unit: 'bool',
  dimensions: ['benefitGroup'],
  beyondMax: 'error',
  periods: [
    {
      from: '2019-01-01',
      to: '2022-12-31',
      value: { basic: 1, housing: 1 },
      citation: notice(CAR_NOTICE, 2019),
      evidence: 'recall',
      note: 'RECALL for 2019–2022 (the 2023–2024 copies carried back, see value-limit).',
    },
    {
      from: '2023-01-01',
      to: '2024-12-31',
      value: { basic: 1, housing: 1 },
      citation: notice(CAR_NOTICE, 2023),
      evidence: 'secondary',
      note: `"10년 이상이거나": ${BEFORE_2025_COPIES}.`,
    },
    {
      from: '2025-01-01',
      value: { basic: 1, housing: 1 },
      citation: notice(CAR_NOTICE, 2025),
      evidence: 'secondary',
      note: 'Kept from 2025 (changed 2026-12-05; was 0, "not applied"): the 2025 change moved 생계·의료 to the 주거·교육 pair (1,600cc·200만 → 2,000cc·500만, see value-limit), and the alternative "차령 10년 이상이거나" stays in the copies that quote the rule whole: theoneko1234.tistory.com/727 (2025-07-14, citing "국민기초생활보장 사업 안내 2025년": 배기량 2,000cc 미만 필수, 그리고 500만원 미만 또는 차량 연식 10년 이상), greatmarket.kr (2026-01, "또는 10년 이상 된 차량") and an undated FAQ copy (id 54969577323). The 2025 summaries (megaphone-gallery 행정예고, money.xoqii.com, alldaypet.co.kr, life.outsight48.com) name only what changed and do not say it was dropped. 사업안내 itself not opened. Searched 2026-12-05, pages corpus.',
    },
  ],
};

export const carGeneralRateSmallCommercial: ParameterDef = {
  id: 'income-assessment.car-general-rate.small-commercial',
  label: {
    ko: '소형 승합차·1톤 이하 화물차도 일반재산으로 봄',
    en: 'Small vans and trucks up to 1 t also count as ordinary property',
  },
  unit: 'bool',
  periods: [
    {
      from: '2019-01-01',
      value: 0,
      citation: notice(CAR_NOTICE, 2019),
      evidence: 'recall',
      note: 'Before 2026 not applied: one copy (woozoowhale.com) says 승합·화물 counted at 4.17 % only under 1,000cc and 200만원 — not encoded.',
    },
    {
      from: '2026-01-01',
      value: 1,
      citation: notice(CAR_NOTICE, 2026),
      evidence: 'secondary',
      note: 'From 2026 소형 승합차 (15인 이하, 길이 4.7m·너비 1.7m·높이 2.0m 이하) and 소형 화물차 (최대적재량 1톤 이하, 총중량 3.5톤 이하) under 500만원 count at the 일반재산 rate: woozoowhale.com ("2026 기초수급자 자동차 기준 완화") and greatmarket.kr (2026-01, "소형 승합차, 1톤 이하 화물차 … 차량가액 500만 원 미만"). CONFLICT: greatmarket adds "또는 10년 이상 된 차량" — not encoded (one copy). The 보건복지부 고시 제2025-204호 itself was not opened.',
    },
  ],
};

export const carGeneralRateLargeFamily: ParameterDef = {
  id: 'income-assessment.car-general-rate.large-family',
  label: {
    ko: '다인(6인 이상)·다자녀(자녀 3명 이상) 가구의 2,500cc 미만 자동차도 일반재산으로 봄',
    en: 'Households of 6 or more, or with 3 or more children: a car under 2,500 cc counts as ordinary property',
  },
  unit: 'bool',
  periods: [
    {
      from: '2019-01-01',
      value: 0,
      citation: notice(CAR_NOTICE, 2019),
      evidence: 'recall',
      note: 'Before 2024 not applied: the 2023 release calls the 2024 rule a relaxation ("적용 기준을 완화") of an earlier 다인·다자녀 rule that was not found — a possible wrong "not eligible" for such a household before 2024.',
    },
    {
      from: '2024-01-01',
      value: 1,
      citation: notice(CAR_NOTICE, 2024),
      evidence: 'single',
      note: 'Copy of the 보건복지부 release on the 2024 고시 개정 (angelsitter.co.kr board no=1431): "다인(6인 이상)·다자녀(3명 이상) 수급가구 자동차에 대한 일반재산 환산율(월 4.17%) 적용 기준을 완화 … \u201924년부터 다자녀 가구는 2,500cc 미만의 자동차에 대하여 차량가액의 4.17%만 월 소득으로 환산". 7dsb.com (2024) names the same change without figures. Read here as: 승용차 or 소형 승합차 under 2,500cc, any value; the release names no value limit nor kind, and 다자녀 is counted as members marked 자녀 (no age limit given). Applied to every benefit (the 고시 is common to them). Searched 2026-12-05, pages corpus.',
    },
  ],
};

export const carParameters: readonly ParameterDef[] = [
  carGeneralRateValueLimit,
  carGeneralRateEngineLimit,
  carGeneralRateOldCar,
  carGeneralRateSmallCommercial,
  carGeneralRateLargeFamily,
];
