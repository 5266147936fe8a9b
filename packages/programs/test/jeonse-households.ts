import { newlywedLoan, youthLoan } from '../src/programs/jeonse-loan/program.ts';
import { type Case, gwangjuRenter, person, without } from './helpers.ts';

/** A 전세 household in 광주 (보증금 100,000,000원, no monthly rent): what every 버팀목 case starts from. */
export const jeonse = (members: ReturnType<typeof person>[], fields: Record<string, unknown> = {}) =>
  gwangjuRenter(members, { tenure: 'jeonse', deposit: 100_000_000, monthlyRent: 0, ...fields });

/**
 * Renting monthly now and moving into a 전세 not yet known: the loan shown is the product's limit
 * alone (in 전세 now, it is also capped at a share of the deposit: the DEPOSIT_CAPPED cases).
 */
export const MOVING_IN = { tenure: 'monthly_rent', monthlyRent: 300_000 } as const;

/** The loan shown to `jeonse`'s household (전세금 100,000,000원): 70 % on the general product, 80 % on the others. */
export const DEPOSIT_CAPPED = { general: 70_000_000, youth: 80_000_000, newlywed: 80_000_000 } as const;

/** A couple married 2 years, the head earning 월 400만원 and the spouse as given (the 신혼부부 cases). */
export const couple = (spouseIncome: number, fields: Record<string, unknown> = {}) =>
  jeonse([person('head', 33, { earned: 4_000_000 }), person('spouse', 31, { earned: spouseIncome })], {
    married: true,
    marriedYears: 2,
    ...fields,
  });

/** The 청년 loan cannot decide without the applicant's age, in every year it is encoded. */
export const ageUnknown = (year: string, date: string): Case & { program: typeof youthLoan } => ({
  program: youthLoan,
  name: `청년 ${year}: 나이 모름`,
  date,
  household: jeonse([{ ...person('head', 0, { earned: 2_500_000 }), age: undefined }]),
  expect: { status: 'unknown', missing: ['members[0].age'] },
});

/** The 신혼부부 loan cannot decide without the years married, in every year it is encoded. */
export const marriedYearsUnknown = (year: string, date: string): Case & { program: typeof newlywedLoan } => ({
  program: newlywedLoan,
  name: `신혼 ${year}: 혼인 기간 모름`,
  date,
  household: without(couple(1_500_000), 'marriedYears'),
  expect: { status: 'unknown', missing: ['marriedYears'] },
});
