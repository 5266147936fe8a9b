import type { HouseholdPlan } from './selfcheck.ts';

/** Answers a person without anything special would give to the remaining questions. */
const PLAIN = {
  ownsHome: false,
  financialAssets: 0,
  otherProperty: 0,
  carValue: 0,
  debts: 0,
  receivesLivelihoodBenefit: false,
  receivesMedicalBenefit: false,
  receivesHousingBenefit: false,
  nearPoor: false,
  inCrisis: false,
  homeNeedsRepair: false,
  married: false,
} as const;

const NO_INCOME = {
  earnedIncome: 0,
  businessIncome: 0,
  pensionIncome: 0,
  otherIncome: 0,
  disabled: false,
  earnerGroup: 'none',
} as const;

/** The four households of the browser tests. */
export const HOUSEHOLDS = {
  /** (1) 78, alone, 광산구, pension about 35만원, deposit 500만원, 월세 30만원. */
  elderly: {
    household: {
      ...PLAIN,
      gwangjuDistrict: 'gwangsan',
      tenure: 'monthly_rent',
      housingType: 'multi_family',
      deposit: 5_000_000,
      monthlyRent: 300_000,
      livesApartFromParents: true,
    },
    members: [{ relation: 'head', age: 78, ...NO_INCOME, pensionIncome: 350_000 }],
  },
  /** (2) A family of four with two children in a 반지하 in 북구; savings unknown. */
  family: {
    household: {
      ...PLAIN,
      gwangjuDistrict: 'buk',
      tenure: 'monthly_rent',
      housingType: 'semi_basement',
      deposit: 10_000_000,
      monthlyRent: 450_000,
      married: true,
      marriedYears: 14,
      livesApartFromParents: true,
    },
    members: [
      { relation: 'head', age: 43, ...NO_INCOME, earnedIncome: 2_300_000 },
      { relation: 'spouse', age: 41, ...NO_INCOME, earnedIncome: 650_000 },
      { relation: 'child', age: 12, ...NO_INCOME },
      { relation: 'child', age: 9, ...NO_INCOME },
    ],
    unknown: ['financialAssets'],
  },
  /** (3) A young worker (27) living alone, apart from the parents. */
  youngWorker: {
    household: {
      ...PLAIN,
      gwangjuDistrict: 'seo',
      tenure: 'monthly_rent',
      housingType: 'officetel',
      deposit: 5_000_000,
      monthlyRent: 400_000,
      financialAssets: 3_000_000,
      livesApartFromParents: true,
      parentsMonthlyIncome: 4_200_000,
      parentsHouseholdSize: 3,
    },
    members: [{ relation: 'head', age: 27, ...NO_INCOME, earnedIncome: 2_150_000 }],
  },
  /** (4) A 쪽방 resident (64) in 동구 on day labour; how long in non-housing is unknown. */
  jjokbang: {
    household: {
      ...PLAIN,
      gwangjuDistrict: 'dong',
      tenure: 'monthly_rent',
      housingType: 'jjokbang',
      deposit: 0,
      monthlyRent: 220_000,
      financialAssets: 300_000,
      livesApartFromParents: true,
    },
    members: [{ relation: 'head', age: 64, ...NO_INCOME, earnedIncome: 450_000 }],
    unknown: ['nonHousingMonths'],
  },
} satisfies Record<string, HouseholdPlan>;
