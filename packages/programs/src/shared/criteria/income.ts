import {
  type Arg,
  defineVariable,
  type Expr,
  type Label,
  type MemberBuilder,
  type ParameterDef,
  p,
  v,
} from '@jibsa/rules';
import { yesNo } from './yes-no.ts';

/**
 * Gross household income and assets as 공공임대 notices (and the loan and crisis programs) use
 * them: plain sums, without the 국민기초생활보장 deductions and conversions of 소득인정액
 * (for those, see ../income-assessment/recognized-income.ts).
 */

/**
 * 월평균소득: every member's earned + business + pension + other income, no deductions
 * (LH notices: "세대원 전원의 근로·사업·재산·연금·기타소득 합계"; 재산소득 sits in otherIncome here).
 */
export type IncomeKind = 'earnedIncome' | 'businessIncome' | 'pensionIncome' | 'otherIncome';
/** A member's monthly income of the kinds named. */
export const incomeOf = (m: MemberBuilder, first: IncomeKind, ...rest: IncomeKind[]) =>
  v.add(m.input(first), ...rest.map((k) => m.input(k)));
/** The sum over every member of some kinds of their monthly income: the whole, or one half of it. */
const membersIncome = (first: IncomeKind, ...rest: IncomeKind[]) => v.sumMembers((m) => incomeOf(m, first, ...rest));

export const householdMonthlyIncome = defineVariable(
  'householdMonthlyIncome',
  { ko: '가구 월평균 소득 (공제 전 합계)', en: 'household gross monthly income' },
  'KRW/month',
  membersIncome('earnedIncome', 'businessIncome', 'pensionIncome', 'otherIncome'),
);

/**
 * Two floors of householdMonthlyIncome, each reading one half of it (every income is 0 or more): pensions and other
 * income alone, and earnings alone. A household whose pension alone is over a line is over it whatever it earns.
 */
const AT_LEAST = { ko: '가구 월평균 소득 (가장 적게 잡아도)', en: 'household monthly income (at least)' };
export const householdIncomeWithoutEarnings = defineVariable(
  'householdIncomeWithoutEarnings',
  AT_LEAST,
  'KRW/month',
  membersIncome('pensionIncome', 'otherIncome'),
  { bound: true },
);
export const householdEarnings = defineVariable(
  'householdEarnings',
  AT_LEAST,
  'KRW/month',
  membersIncome('earnedIncome', 'businessIncome'),
  { bound: true },
);

/**
 * "월평균소득 ≤ line", decided by a floor when the whole sum is unknown: over when either half alone is over the
 * most generous line the household could have (`generousLine`, for a line that itself reads earnings, such as
 * 맞벌이), unknown only when neither half decides.
 */
export function grossIncomeWithin(line: Arg, generousLine: Arg = line): Expr {
  const exact = v.le(householdMonthlyIncome, line);
  const full = v.and(exact, v.le(householdIncomeWithoutEarnings, generousLine), v.le(householdEarnings, generousLine));
  // Against the line itself, the floors agree with the whole sum wherever it is known, so only the rest
  // read them (Shortcut). A more generous line may be unknown where the line is not: there `full` alone.
  return generousLine === line ? v.shortcut(exact, full) : full;
}

/** The home's value only counts for owner-occupiers; the rental deposit only for tenants. */
const homeValue = v.if(v.eq(v.input('tenure'), 'owner'), v.input('residentialProperty'), v.num(0, 'KRW'));
const rentalDeposit = v.if(v.oneOf(v.input('tenure'), ['monthly_rent', 'jeonse']), v.input('deposit'), v.num(0, 'KRW'));

/**
 * 재산 without financial assets: the home (owners) or the rental deposit (tenants), other real
 * estate and the car, less debts. 긴급복지 tests 금융재산 separately, so it needs this part alone.
 */
export const propertyLessDebts = defineVariable(
  'propertyLessDebts',
  { ko: '재산 (부동산·보증금·자동차 − 부채)', en: 'property (real estate, deposit, car) less debts' },
  'KRW',
  v.sub(v.add(homeValue, rentalDeposit, v.input('otherProperty'), v.input('carValue')), v.input('debts')),
);

/**
 * 총자산 ≈ 사는 집 (자가) + 임차보증금 (세입자) + 그 밖의 부동산 + 금융재산 + 자동차 − 부채.
 *
 * An approximation of the notices' 총자산가액: the notices value real estate at 공시가격 and
 * cars at 보험개발원 차량기준가액, and count some debts only; here the household's own figures
 * are taken as given. Good enough to screen; a counselor checks the notice before applying.
 */
export const totalAssets = defineVariable(
  'totalAssets',
  { ko: '총자산 (부채 차감)', en: 'total assets less debts' },
  'KRW',
  v.add(propertyLessDebts, v.input('financialAssets')),
);

/**
 * 무주택: nobody in the household owns a home (public rental, loans). A household living in its own
 * home (자가) owns one whatever it answered to the separate question: without this, a self-check
 * user who chose 자가 and then read "does anyone in the household own a home?" as "anyone else?"
 * was told public rental fitted. It also spares that question to anyone who chose 자가.
 */
export const noHomeOwned = yesNo(
  'noHomeOwned',
  { ko: '가구원 모두 집이 없음 (무주택)', en: 'no one in the household owns a home' },
  v.and(v.not(v.eq(v.input('tenure'), 'owner')), v.not(v.input('ownsHome'))),
);

/** 총자산 ≤ a limit, as a criterion (공공임대, 주거취약계층, 버팀목); the label may name the limit. */
export const assetsWithin = (
  limit: ParameterDef,
  label: Label = { ko: '총자산이 한도 이하', en: 'total assets within the limit' },
) => ({ label, test: v.le(totalAssets, p(limit)) });

/** 자동차가액 ≤ a limit, as a criterion (공공임대, 주거취약계층); the label may name the limit. */
export const carValueWithin = (
  limit: ParameterDef,
  label: Label = { ko: '자동차가액이 한도 이하', en: 'car value within the limit' },
) => ({ label, test: v.le(v.input('carValue'), p(limit)) });
