import { type Arg, defineProgram, defineVariable, type MemberBuilder, p, v } from '@jibsa/rules';
import { householdSize, shareOfMedian } from '../../shared/criteria/household-size.ts';
import { noHomeOwned, totalAssets } from '../../shared/criteria/income.ts';
import { medianIncomeForSize, shareOfMedianFor } from '../../shared/criteria/median-income.ts';
import { answered, yesNo } from '../../shared/criteria/yes-no.ts';
import { householdSchema } from '../../shared/household/schema.ts';
import { recognizedIncome, recognizedIncomeWithin } from '../../shared/income-assessment/recognized-income.ts';
import { metadata } from './metadata.ts';
import {
  ageByBirthYear,
  ageMax,
  ageMin,
  maxDeposit,
  maxMonthly,
  maxRent,
  originExemptAge,
  originHouseholdIncomeRate,
  originHouseholdProperty,
  youthHouseholdIncomeRate,
  youthHouseholdProperty,
} from './parameters.ts';

/**
 * 청년월세 특별지원 (국토교통부; 1차 2022-08-22~, 2차 2024-02-26~, 2026 사업). Rules as the 안내 copies
 * describe them (SOURCES-other-programs.md §3, all unverified):
 *  - 19~34세, 부모와 따로 살며 무주택, 월세로 사는 청년 (보증금 ≤ 5천만원, 월세 ≤ 60만원 / 2024~ 70만원);
 *  - 청년가구 소득인정액 ≤ 기준 중위소득 60 %, 재산 ≤ 1억 700만원 / 2024~ 1억 2,200만원;
 *  - 원가구 (청년가구 + 부모) 소득 ≤ 기준 중위소득 100 % for the 원가구 size.
 *  - 지급액 = min(그 달 월세, 20만원).
 *
 * Ages: from the 2차 (2024-02-26) they count by year of birth (age_by_birth_year), read from the member's
 * yearAge (올해 − 태어난 해, set from a birth date). With only 만 나이 known, yearAge is 만 나이 or one more:
 * the rule answers from that when it can (만 19–33세 always qualify) and is unknown only at the edges.
 * 원가구: an applicant of 30 or over (same counting) or married is judged on their own household only.
 *
 * Approximations, on purpose: the 원가구 is the
 * young person's household plus the parents' household (parentsHouseholdSize), and its income is the
 * young person's 소득인정액 plus the parents' reported monthly income (parents' property is not asked,
 * so their 소득환산액 is not added); the 원가구 재산 한도 (3억 8천만 / 4억 7천만원) is checked against the
 * young person's total assets plus the parents' reported net assets (parentsProperty).
 * Not encoded for lack of figures: the 1차 exception for rent above 60만원 (월세 + 보증금 환산액 ≤ 70만원
 * needs a conversion rate NOT FOUND for 1차) and the 2차 exception above 70만원 (cap cut off in the source);
 * exclusions for renting from close family or living in public rental.
 */
const ONE_YEAR = v.num(1, 'years');
const byYear = v.eq(p(ageByBirthYear), 1);

/** Age ≥ `min`: 만 나이, or by year of birth with bounds from 만 나이 (yearAge is age or age + 1). */
const ageAtLeast = (m: MemberBuilder, min: Arg) =>
  v.if(
    byYear,
    v.and(v.or(v.ge(m.input('age'), min), v.ge(m.input('yearAge'), min)), v.ge(v.add(m.input('age'), ONE_YEAR), min)),
    v.ge(m.input('age'), min),
  );
const ageAtMost = (m: MemberBuilder, max: Arg) =>
  v.if(
    byYear,
    v.and(v.or(v.le(v.add(m.input('age'), ONE_YEAR), max), v.le(m.input('yearAge'), max)), v.le(m.input('age'), max)),
    v.le(m.input('age'), max),
  );
const applicant = (m: MemberBuilder, test: Arg) => v.and(v.eq(m.input('relation'), 'head'), test);

export const youthAge = yesNo(
  'youthRentAge',
  {
    ko: '신청인이 만 {n:youth-rent.age-min}~{n:youth-rent.age-max}세',
    en: 'applicant aged {n:youth-rent.age-min}–{n:youth-rent.age-max}',
  },
  v.anyMember((m) => applicant(m, v.and(ageAtLeast(m, p(ageMin)), ageAtMost(m, p(ageMax))))),
);

/** 30세 이상이거나 혼인한 청년: the 원가구 tests do not apply. */
export const originExempt = yesNo(
  'youthRentOriginExempt',
  {
    ko: '신청인이 만 {n:youth-rent.origin-exempt-age}세 이상이거나 혼인함 (원가구 기준 없음)',
    en: "applicant {n:youth-rent.origin-exempt-age} or over or married (no parents' test)",
  },
  v.or(
    v.input('married'),
    v.anyMember((m) => applicant(m, ageAtLeast(m, p(originExemptAge)))),
  ),
);

export const youthIncomeLine = shareOfMedian(
  'youthHouseholdIncomeLine',
  {
    ko: '청년가구 소득기준 (기준 중위소득 {p:youth-rent.youth-household.income-rate})',
    en: "young person's household income limit ({p:youth-rent.youth-household.income-rate} of median)",
  },
  youthHouseholdIncomeRate,
);

const originSize = v.add(householdSize, v.input('parentsHouseholdSize'));
const originMedian = medianIncomeForSize(
  'originHouseholdMedian',
  { ko: '원가구 기준 중위소득', en: "median income for the parents' household incl. the young person" },
  originSize,
);
export const originIncomeLine = shareOfMedianFor(
  'originHouseholdIncomeLine',
  {
    ko: '원가구 소득기준 (기준 중위소득 {p:youth-rent.origin-household.income-rate})',
    en: "parents' household income limit ({p:youth-rent.origin-household.income-rate} of median)",
  },
  originMedian,
  originHouseholdIncomeRate,
);
export const originIncome = defineVariable(
  'originHouseholdIncome',
  {
    ko: '원가구 소득 (청년가구 소득인정액 + 부모 가구 월 소득)',
    en: "young person's recognized income plus parents' income",
  },
  'KRW/month',
  v.add(recognizedIncome, v.input('parentsMonthlyIncome')),
);

export const youthRent = defineProgram({
  id: 'youth-rent',
  // Before its first day the answer is "did not exist" on every path (screen, decide, batch, SQL).
  inForce: { from: metadata.startedOn.date },
  label: { ko: '청년월세 특별지원', en: 'Youth monthly rent support' },
  schema: householdSchema,
  criteria: {
    age: youthAge,
    apart: answered('livesApartFromParents', { ko: '부모와 따로 삶', en: 'lives apart from parents' }),
    renting: yesNo(
      'paysMonthlyRent',
      { ko: '월세로 삶', en: 'pays monthly rent' },
      v.eq(v.input('tenure'), 'monthly_rent'),
    ),
    noHome: noHomeOwned,
    deposit: {
      label: { ko: '보증금이 상한 이하', en: 'deposit within the cap' },
      test: v.le(v.input('deposit'), p(maxDeposit)),
    },
    rent: {
      label: { ko: '월세가 상한 이하', en: 'monthly rent within the cap' },
      test: v.le(v.input('monthlyRent'), p(maxRent)),
    },
    income: {
      label: {
        ko: '청년가구 소득인정액이 기준 중위소득 {p:youth-rent.youth-household.income-rate} 이하',
        en: "young person's recognized income ≤ {p:youth-rent.youth-household.income-rate} of median",
      },
      test: recognizedIncomeWithin(youthIncomeLine),
    },
    property: {
      label: { ko: '청년가구 재산이 한도 이하', en: "young person's property within the limit" },
      test: v.le(totalAssets, p(youthHouseholdProperty)),
    },
    originIncome: {
      label: {
        ko: '원가구 소득이 기준 중위소득 {p:youth-rent.origin-household.income-rate} 이하',
        en: "parents' household income ≤ {p:youth-rent.origin-household.income-rate} of median",
      },
      test: v.or(
        originExempt,
        recognizedIncomeWithin(originIncomeLine, { add: v.input('parentsMonthlyIncome'), exact: originIncome }),
      ),
    },
    originProperty: {
      label: { ko: '원가구 재산이 한도 이하', en: "parents' household property within the limit" },
      test: v.or(originExempt, v.le(v.add(totalAssets, v.input('parentsProperty')), p(originHouseholdProperty))),
    },
  },
  amount: v.min(v.input('monthlyRent'), p(maxMonthly)),
  amountLabel: {
    ko: '월 지원액 (실제 월세 안에서 최대 {p:youth-rent.max-monthly})',
    en: 'monthly support (rent paid, up to {p:youth-rent.max-monthly})',
  },
});
