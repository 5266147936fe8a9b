import { decide, type Household, type Member, type Program } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/shared/catalog/registry.ts';
import { screenHousehold } from '../src/shared/screen/screen.ts';

/**
 * Test vocabulary. A case is a household, a date and what a policy person expects, with the
 * source of the figures and, for amounts, the hand calculation in the name or a comment.
 */
export interface Case {
  readonly name: string;
  readonly date: string;
  readonly household: Household;
  readonly expect: {
    readonly status: 'eligible' | 'ineligible' | 'unknown';
    /** Checked when present (null = no amount). */
    readonly amount?: number | null;
    /** Exactly these input paths are reported missing, in any order. */
    readonly missing?: readonly string[];
  };
  readonly source?: string;
}

/** A block named `title` with each case its own test, the cases naming their program (several programs, one table). */
export function checkEach(title: string, cases: readonly (Case & { readonly program: Program })[]): void {
  describe(title, () => {
    for (const c of cases) it(c.name, () => check(c.program, c));
  });
}

export function check(program: Program, c: Case): void {
  const d = decide(program, c.household, { date: c.date });
  const failed = d.criteria.filter((x) => x.outcome !== true).map((x) => `${x.id}=${x.outcome}`);
  expect(d.status, `${c.name}: criteria not true: ${failed.join(', ')}`).toBe(c.expect.status);
  if (c.expect.amount !== undefined) expect(d.amount, c.name).toBe(c.expect.amount);
  if (c.expect.missing) expect(d.missing.map((m) => m.path).sort(), c.name).toEqual([...c.expect.missing].sort());
}

/** A member with monthly incomes (unlisted incomes are 0). */
export function person(
  relation: string,
  age: number,
  income: { earned?: number; business?: number; pension?: number; other?: number } = {},
  extra: Member = {},
): Member {
  return {
    relation,
    age,
    disabled: false,
    earnerGroup: 'none',
    earnedIncome: income.earned ?? 0,
    businessIncome: income.business ?? 0,
    pensionIncome: income.pension ?? 0,
    otherIncome: income.other ?? 0,
    ...extra,
  };
}

/**
 * A fully known Gwangju (광역시 = "metro") household renting a multi-family house with a
 * 10,000,000원 deposit and 300,000원 rent, no home, no other assets, no benefits, no crisis.
 * Tests override only what matters to them, so each case reads as "this household, but …".
 */
export function gwangjuRenter(members: readonly Member[], fields: Record<string, unknown> = {}): Household {
  return {
    region: 'metro',
    gwangjuDistrict: 'nam',
    tenure: 'monthly_rent',
    housingType: 'multi_family',
    nonHousingMonths: 0,
    deposit: 10_000_000,
    monthlyRent: 300_000,
    ownsHome: false,
    financialAssets: 0,
    otherProperty: 0,
    carValue: 0,
    carUse: 'none',
    debts: 0,
    receivesLivelihoodBenefit: false,
    receivesMedicalBenefit: false,
    receivesHousingBenefit: false,
    nearPoor: false,
    inCrisis: false,
    married: false,
    livesApartFromParents: false,
    homeNeedsRepair: false,
    members,
    ...fields,
  } as Household;
}

/**
 * A young 광주 renter living apart from parents, with `income` (other income) a month: the 청년월세
 * household the youth-rent tests share, parents' household of two earning 200만원 with 2억 of property.
 */
export function youthRenter(income: number, fields: Record<string, unknown> = {}, age = 25): Household {
  return gwangjuRenter([person('head', age, { other: income })], {
    monthlyRent: 400_000,
    livesApartFromParents: true,
    parentsMonthlyIncome: 2_000_000,
    parentsHouseholdSize: 2,
    parentsProperty: 200_000_000,
    ...fields,
  });
}

/**
 * 78, alone, renting in 광산구 (보증금 500만원, 월세 30만원) on a 350,000원 pension, no relation
 * given: the household several screening tests (and the citizen walkthroughs) share, written once.
 */
export { ELDERLY_RENTER_ALONE as ELDER_RENTER_ALONE } from '../../server/test/support/households.ts';

/** gwangjuRenter with one person: the head, aged `age`, earning `earned` a month (no other income). */
export function alone(age: number, earned = 0, fields: Record<string, unknown> = {}): Household {
  return gwangjuRenter([person('head', age, { earned })], fields);
}

/** The same household with one input removed (made unknown). */
export function without(h: Household, field: string): Household {
  const copy: Record<string, unknown> = { ...h };
  delete copy[field];
  return copy as Household;
}

/** n people: the head with `income` (one kind), the others with no income. */
export function family(n: number, headAge: number, income: Parameters<typeof person>[2]): Member[] {
  const members = [person('head', headAge, income)];
  for (let i = 1; i < n; i++) members.push(person(i === 1 ? 'spouse' : 'child', i === 1 ? headAge : 10, {}));
  return members;
}

/** The figure a screening of one catalog program names as not encoded for the date (undefined when all are). */
export function notEncoded(id: string, household: object, date: string): string | undefined {
  const r = screenHousehold(household, { date, programs: catalog.filter((e) => e.id === id) });
  if (!r.ok) throw new Error('invalid household');
  return r.programs[0]?.unavailableParameter;
}

/**
 * A limit checked from both sides: the household `at(line)` is eligible and `at(line + 1)` is not.
 * With `amountAt`, the amount at the line is checked too, and that over it there is none.
 */
export function checkLine(
  program: Program,
  date: string,
  line: number,
  at: (n: number) => Household,
  amountAt?: number,
): void {
  const amounts = amountAt === undefined ? [{}, {}] : [{ amount: amountAt }, { amount: null }];
  check(program, { name: 'at', date, household: at(line), expect: { status: 'eligible', ...amounts[0] } });
  check(program, { name: 'over', date, household: at(line + 1), expect: { status: 'ineligible', ...amounts[1] } });
}
