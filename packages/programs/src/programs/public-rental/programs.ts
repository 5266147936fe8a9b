import {
  type Arg,
  defineProgram,
  defineVariable,
  type Label,
  type ParameterDef,
  type Program,
  p,
  type Variable,
  v,
} from '@jibsa/rules';
import { applicantAged, dualEarners } from '../../shared/criteria/applicant.ts';
import { householdSize, medianIncomeForHousehold } from '../../shared/criteria/household-size.ts';
import { assetsWithin, carValueWithin, grossIncomeWithin, noHomeOwned } from '../../shared/criteria/income.ts';
import { marriedWithin } from '../../shared/criteria/marriage.ts';
import { shareOfUrbanWorkerIncome, urbanWorkerIncomeForHousehold } from '../../shared/criteria/urban-worker-income.ts';
import { yesNo } from '../../shared/criteria/yes-no.ts';
import { householdSchema } from '../../shared/household/schema.ts';
import {
  happyElderlyAgeMin,
  happyNewlywedMaxYears,
  happyYouthAgeMax,
  happyYouthAgeMin,
  jeonseIncomeRate,
  purchaseIncomeRate,
} from './group-parameters.ts';
import {
  happyNewlywedDualIncomeRate,
  happyNewlywedIncomeRate,
  happyYouthIncomeRate,
  happyYouthTotalAssets,
  integratedIncomeRate,
  nationalCarValue,
  nationalIncomeRate,
  nationalTotalAssets,
  permanentCarValue,
  permanentIncomeRate,
  permanentTotalAssets,
} from './parameters.ts';

/**
 * 공공임대 (공공주택 특별법 시행규칙 별표 3·4·5·5의2 and the LH notices). Every type is the same shape:
 * 무주택 + 월평균소득 ≤ a line + 총자산 ≤ a limit (+ 자동차가액 ≤ a limit), sometimes with a group rule
 * (age, marriage) and a priority group that skips the income and asset tests. Hence one factory.
 *
 * What is NOT screened (a counselor checks the notice): 우선공급 groups other than 생계급여 수급자
 * (의료급여, 국가유공자, 한부모, 장애인 …), 순위·배점, 거주지 요건, the per-car rule (we compare the
 * household's total car value), 청약저축. Figures: public-rental/parameters.ts (all unverified).
 */
export interface RentalSpec {
  readonly id: string;
  readonly label: Label;
  /** 월평균소득 must be at or below this line (KRW/month). */
  readonly incomeLine: Variable;
  /** The highest line the household could have when its own line reads earnings (맞벌이); defaults to incomeLine. */
  readonly generousIncomeLine?: Arg;
  readonly assetLimit?: ParameterDef;
  readonly carLimit?: ParameterDef;
  /** A group selected without the income and asset tests (e.g. 생계급여 수급자 for 영구임대). */
  readonly waivedFor?: Variable;
  /** Group rules (age, marriage) checked before the money tests. */
  readonly group?: Readonly<Record<string, Variable>>;
}

export function publicRentalProgram(spec: RentalSpec): Program {
  const unlessWaived = (test: Arg) => (spec.waivedFor ? v.or(spec.waivedFor, test) : test);
  const money: Record<string, { label: Label; test: Arg }> = {
    income: {
      label: {
        ko: `가구 월평균 소득이 ${spec.incomeLine.label.ko} 이하`,
        en: `household monthly income at or below the ${spec.incomeLine.label.en}`,
      },
      test: unlessWaived(grossIncomeWithin(spec.incomeLine, spec.generousIncomeLine)),
    },
  };
  const waived = (c: { label: Label; test: Arg }) => ({ label: c.label, test: unlessWaived(c.test) });
  if (spec.assetLimit) {
    const { label } = spec.assetLimit;
    money.assets = waived(
      assetsWithin(spec.assetLimit, { ko: `총자산이 ${label.ko} 이하`, en: `total assets within the ${label.en}` }),
    );
  }
  if (spec.carLimit) {
    const { label } = spec.carLimit;
    money.car = waived(
      carValueWithin(spec.carLimit, { ko: `자동차가액이 ${label.ko} 이하`, en: `car value within the ${label.en}` }),
    );
  }
  return defineProgram({
    id: spec.id,
    label: spec.label,
    schema: householdSchema,
    criteria: { ...spec.group, noHome: noHomeOwned, ...money },
  });
}

/** 생계급여 수급자: the priority group every public-rental type names (no means test). */
export const livelihoodRecipient = yesNo(
  'livelihoodRecipient',
  {
    ko: '생계급여 수급자 (소득·자산 심사 없는 우선 대상)',
    en: 'livelihood benefit recipient (priority, no means test)',
  },
  v.input('receivesLivelihoodBenefit'),
);

/**
 * 생계·의료급여 수급자 (국민기초생활 보장법) are selected without the income test where the text says
 * both: 영구임대 별표 3 1순위 가목 and 기존주택등매입임대 시행규칙 제20조제1항제1호가목 ("생계급여 수급자
 * 또는 … 의료급여 수급자", read in the 2021-02-02 text). 전세임대 and 고령자복지주택 keep the 생계급여 test
 * only. 전세임대: 시행규칙 제21조제1항 (text in force 2023-12-29, read 2026-12-04) names no 수급자 group at all —
 * only the income test, 대학생 and "그 밖에 국토교통부장관이 정하는 사람" (제3호); its 수급자 1순위 comes from the
 * 국토교통부 지침 / LH notices, not read (SOURCES-2026-12.md item 8), so 의료급여 is not added there.
 */
export const basicLivelihoodRecipient = yesNo(
  'basicLivelihoodRecipient',
  {
    ko: '생계급여 또는 의료급여 수급자 (소득·자산 심사 없는 우선 대상)',
    en: 'livelihood or medical benefit recipient (priority, no means test)',
  },
  v.or(v.input('receivesLivelihoodBenefit'), v.input('receivesMedicalBenefit')),
);

const urbanLine = (id: string, ko: string, en: string, rate: ParameterDef, sizeKey?: Arg | null) =>
  shareOfUrbanWorkerIncome(id, { ko, en }, rate, sizeKey);

export const permanentIncomeLine = urbanLine(
  'permanentIncomeLine',
  '영구임대 소득기준',
  'permanent rental income limit',
  permanentIncomeRate,
);

/**
 * 영구임대: 50 % of urban-worker income (1인 70 %, 2인 60 %), 총자산 ≤ 영구임대 한도 (2025·2026:
 * 2억 3,700만원), 자동차가액 ≤ the year's 국민임대 car figure (SOURCES-2026-12.md item 8). Income rate known
 * from 2025 only.
 */
export const permanentRental = publicRentalProgram({
  id: 'public-rental.permanent',
  label: { ko: '영구임대주택', en: 'Permanent public rental housing' },
  incomeLine: permanentIncomeLine,
  assetLimit: permanentTotalAssets,
  carLimit: permanentCarValue,
  waivedFor: basicLivelihoodRecipient,
});

/** 국민임대: 70 % (1인 90 %, 2인 80 %), 국민임대 총자산·자동차 한도. From 2025 (rates). */
export const nationalRental = publicRentalProgram({
  id: 'public-rental.national',
  label: { ko: '국민임대주택', en: 'National rental housing' },
  incomeLine: urbanLine('nationalIncomeLine', '국민임대 소득기준', 'national rental income limit', nationalIncomeRate),
  assetLimit: nationalTotalAssets,
  carLimit: nationalCarValue,
});

/**
 * 행복주택 청년: applicant 만 19~39세, 미혼, 100 % (1인 120 %, 2인 110 %), 청년 총자산 한도.
 * The 청년 car limit per year was NOT FOUND (one 2025 copy says 3,803만원), so no car test.
 */
export const happyYouth = publicRentalProgram({
  id: 'public-rental.happy-youth',
  label: { ko: '행복주택 (청년)', en: 'Happy Housing (youth)' },
  group: {
    age: applicantAged('happyYouthAge', happyYouthAgeMin, happyYouthAgeMax),
    unmarried: yesNo('unmarried', { ko: '미혼', en: 'unmarried' }, v.not(v.input('married'))),
  },
  incomeLine: urbanLine(
    'happyYouthIncomeLine',
    '행복주택 청년 소득기준',
    'Happy Housing youth income limit',
    happyYouthIncomeRate,
  ),
  assetLimit: happyYouthTotalAssets,
});

/** A couple is at least 2 persons even when the spouse is registered elsewhere (notices count the spouse). */
const coupleSize = v.max(householdSize, 2);

const happyNewlywedIncomeLine = defineVariable(
  'happyNewlywedIncomeLine',
  { ko: '행복주택 신혼부부 소득기준 (맞벌이 여부별)', en: 'Happy Housing newlywed income limit (by dual income)' },
  'KRW/month',
  v.round(
    v.mul(
      urbanWorkerIncomeForHousehold,
      v.if(dualEarners, p(happyNewlywedDualIncomeRate, coupleSize), p(happyNewlywedIncomeRate, coupleSize)),
    ),
  ),
);

/**
 * 행복주택 신혼부부: 혼인 7년 이내; 외벌이 100 % (2인 110 %), 맞벌이 2025 120 % · 2026 2인 130 %, 3인+ 120 %
 * (출산 가산 up to 140 % not modelled); 국민임대 총자산·자동차 한도 (the parameter covers 행복주택 신혼·고령자).
 */
export const happyNewlywed = publicRentalProgram({
  id: 'public-rental.happy-newlywed',
  label: { ko: '행복주택 (신혼부부)', en: 'Happy Housing (newlyweds)' },
  group: {
    ...marriedWithin('marriedWithinLimit', happyNewlywedMaxYears),
  },
  incomeLine: happyNewlywedIncomeLine,
  // With no spouse among the members 맞벌이 cannot be (dualEarners counts members), so the 외벌이 line is the only
  // one, and a floor over it is over, even while earnings are unknown. With both partners there, the line is known
  // only once dualEarners is: the higher 맞벌이 rate is not encoded before 2025, so it cannot stand in for it.
  generousIncomeLine: v.if(
    v.ge(
      v.countMembers((m) => v.oneOf(m.input('relation'), ['head', 'spouse'])),
      2,
    ),
    happyNewlywedIncomeLine,
    v.round(v.mul(urbanWorkerIncomeForHousehold, p(happyNewlywedIncomeRate, coupleSize))),
  ),
  assetLimit: nationalTotalAssets,
  carLimit: nationalCarValue,
});

/** 행복주택 고령자: applicant 만 65세 이상, 청년과 같은 소득기준, 국민임대 총자산·자동차 한도. */
export const happyElderly = publicRentalProgram({
  id: 'public-rental.happy-elderly',
  label: { ko: '행복주택 (고령자)', en: 'Happy Housing (older people)' },
  group: {
    age: applicantAged('happyElderlyAge', happyElderlyAgeMin),
  },
  incomeLine: urbanLine(
    'happyElderlyIncomeLine',
    '행복주택 고령자 소득기준',
    'Happy Housing elderly income limit',
    happyYouthIncomeRate,
  ),
  assetLimit: nationalTotalAssets,
  carLimit: nationalCarValue,
});

/**
 * 통합공공임대: 기준 중위소득 150 % (1인 170 %, 2인 160 %) — the median, NOT the urban-worker table.
 * Assets: the 국민임대 parameter, whose definition covers 통합공공임대; a separate 2026 통합 figure was
 * NOT FOUND. Pilot complexes only; none confirmed in Gwangju.
 */
export const integratedRental = publicRentalProgram({
  id: 'public-rental.integrated',
  label: { ko: '통합공공임대주택', en: 'Integrated public rental housing' },
  incomeLine: defineVariable(
    'integratedIncomeLine',
    { ko: '통합공공임대 소득기준 (기준 중위소득 대비)', en: 'integrated rental income limit (share of median income)' },
    'KRW/month',
    v.round(v.mul(medianIncomeForHousehold, p(integratedIncomeRate, householdSize))),
  ),
  assetLimit: nationalTotalAssets,
  carLimit: nationalCarValue,
});

/**
 * 매입임대 (일반): 1순위 생계급여 수급자 (no means test); 2순위 소득 ≤ 50 % of urban-worker income (1인 70 %,
 * 2인 60 %; 시행규칙 제20조) with 국민임대 assets. The 2025+ rate is unverified (see group-parameters.ts); 청년·신혼 매입임대 ranks are not
 * screened (their rank rules changed in 2023–2024 and were not verified).
 */
export const purchaseRental = publicRentalProgram({
  id: 'public-rental.purchase',
  label: { ko: '매입임대주택 (일반)', en: 'Purchased rental housing (general)' },
  incomeLine: urbanLine(
    'purchaseIncomeLine',
    '일반 매입임대 2순위 소득기준',
    'purchased rental 2nd-rank income limit',
    purchaseIncomeRate,
  ),
  assetLimit: nationalTotalAssets,
  carLimit: nationalCarValue,
  waivedFor: basicLivelihoodRecipient,
});

/**
 * 전세임대 (일반): same ranks as 매입임대 (WEAK: the 생계급여 1순위 is LH practice, not in 제21조). No amount: the 광역시 지원한도 (how much of the jeonse
 * deposit LH pays) was NOT FOUND.
 */
export const jeonseRental = publicRentalProgram({
  id: 'public-rental.jeonse',
  label: { ko: '전세임대주택 (일반)', en: 'Jeonse-lease public rental (general)' },
  incomeLine: urbanLine(
    'jeonseRentalIncomeLine',
    '일반 전세임대 2순위 소득기준',
    'jeonse rental 2nd-rank income limit',
    jeonseIncomeRate,
  ),
  assetLimit: nationalTotalAssets,
  carLimit: nationalCarValue,
  waivedFor: livelihoodRecipient,
});

export const publicRentalPrograms: readonly Program[] = [
  permanentRental,
  nationalRental,
  happyYouth,
  happyNewlywed,
  happyElderly,
  integratedRental,
  purchaseRental,
  jeonseRental,
];
