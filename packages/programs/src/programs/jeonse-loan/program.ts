import {
  defineProgram,
  defineVariable,
  type Expr,
  type Label,
  type ParameterDef,
  type Program,
  p,
  type Variable,
  v,
} from '@jibsa/rules';
import { applicantAged } from '../../shared/criteria/applicant.ts';
import { assetsWithin, type IncomeKind, incomeOf, noHomeOwned } from '../../shared/criteria/income.ts';
import { marriedWithin } from '../../shared/criteria/marriage.ts';
import { CAPITAL_AREA_BY_REGION } from '../../shared/criteria/region.ts';
import { rekey } from '../../shared/criteria/rekey.ts';
import { householdSchema } from '../../shared/household/schema.ts';
import {
  generalDepositShare,
  generalIncomeLimit,
  generalMaxLoan,
  netAssetLimit,
  newlywedDepositShare,
  newlywedIncomeLimit,
  newlywedMaxLoan,
  newlywedMaxYears,
  youthAgeMax,
  youthAgeMin,
  youthDepositShare,
  youthMaxLoan,
} from './parameters.ts';

/**
 * 버팀목 전세자금 (주택도시기금): a LOAN, not a benefit. The "amount" is the 대출 한도 (most one can
 * borrow), never money given. Figures: nhuf product pages scraped 2025-09-08 (unverified), so the
 * programs screen from 2025-09-08; the 2023 income/asset figures exist but no loan limit before then.
 *
 * Rules encoded: 무주택 (세대원 전원); 부부합산 연소득 ≤ 한도; 순자산 ≤ 한도 (총자산 − 부채, the same
 * approximation as 공공임대). Tenure is not tested: a household planning to move into jeonse qualifies
 * from any current tenure. Not screened: 세대주 (assumed: the applicant is the 가구주), 임차보증금 5 %
 * 지급, 전용면적 and 보증금 caps. The share of the deposit lent (70 % general, 80 % 청년·신혼) caps the
 * loan shown to a household in 전세 now (loanFor).
 */

/** The couple's (applicant and spouse) monthly sum of the income kinds named, ×12. */
const coupleYearly = (first: IncomeKind, ...rest: IncomeKind[]) =>
  v.toYearly(
    v.sumMembers((m) =>
      v.if(v.oneOf(m.input('relation'), ['head', 'spouse']), incomeOf(m, first, ...rest), v.num(0, 'KRW/month')),
    ),
  );

/** 부부합산 연소득: applicant and spouse, all income types, ×12. */
export const coupleAnnualIncome = defineVariable(
  'coupleAnnualIncome',
  { ko: '부부합산 연소득', en: "couple's annual income" },
  'KRW/year',
  coupleYearly('earnedIncome', 'businessIncome', 'pensionIncome', 'otherIncome'),
);
/** Floors of it, one without earnings and one without pensions and other income (every income is 0 or more). */
const coupleAtLeast = (id: string, ...kinds: [IncomeKind, ...IncomeKind[]]) =>
  defineVariable(
    id,
    { ko: '부부합산 연소득 (가장 적게 잡아도)', en: "couple's annual income (at least)" },
    'KRW/year',
    coupleYearly(...kinds),
    { bound: true },
  );
const coupleWithoutEarnings = coupleAtLeast('coupleAnnualIncomeWithoutEarnings', 'pensionIncome', 'otherIncome');
const coupleEarnings = coupleAtLeast('coupleAnnualEarnings', 'earnedIncome', 'businessIncome');

const byCapitalArea = (def: ParameterDef) =>
  rekey(def, { id: def.id, dimension: 'region', map: CAPITAL_AREA_BY_REGION });

const LOAN_LIMIT: Label = {
  ko: '대출 한도 (빌릴 수 있는 최대 금액, 지원금 아님)',
  en: 'loan limit (maximum you can borrow; not a grant)',
};

/**
 * The loan shown: the product's limit, and for a household in 전세 now, no more than the product's
 * share of its deposit (a 전세 of 8천만원 borrows at most 5,600만원 on the general product, not 8천만원).
 * Anyone else is moving into a 전세 not yet known, so the limit alone is what can be said.
 */
const loanFor = (limit: Expr, share: ParameterDef) =>
  v.if(v.eq(v.input('tenure'), 'jeonse'), v.min(limit, v.floor(v.mul(v.input('deposit'), p(share)))), limit);

function loanProgram(spec: {
  id: string;
  label: Label;
  incomeLimit: ParameterDef;
  group?: Record<string, Variable>;
  limit: ReturnType<typeof p>;
  depositShare: ParameterDef;
}): Program {
  const limit = p(spec.incomeLimit);
  const exact = v.le(coupleAnnualIncome, limit);
  return defineProgram({
    id: spec.id,
    label: spec.label,
    schema: householdSchema,
    criteria: {
      ...spec.group,
      noHome: noHomeOwned,
      income: {
        label: { ko: '부부합산 연소득이 상품별 상한 이하', en: "couple's annual income within the product's limit" },
        // Where the whole income is known the floors agree with it, so only the rest read them (Shortcut).
        test: v.shortcut(exact, v.and(exact, v.le(coupleWithoutEarnings, limit), v.le(coupleEarnings, limit))),
      },
      assets: assetsWithin(netAssetLimit, { ko: '순자산이 한도 이하', en: 'net assets within the limit' }),
    },
    amount: loanFor(spec.limit, spec.depositShare),
    amountLabel: LOAN_LIMIT,
    // The catalog text of every variant names both products' income limits (one shared line).
    parameters: [generalIncomeLimit, newlywedIncomeLimit],
  });
}

export const generalLoan = loanProgram({
  id: 'jeonse-loan.general',
  label: { ko: '버팀목 전세자금 (일반)', en: 'Beotimmok jeonse loan (general)' },
  incomeLimit: generalIncomeLimit,
  limit: p(byCapitalArea(generalMaxLoan), v.input('region')),
  depositShare: generalDepositShare,
});

/** 청년전용: 만 19~34세, income and assets as the general product (부부합산 5천만원, 3.37억). */
export const youthLoan = loanProgram({
  id: 'jeonse-loan.youth',
  label: { ko: '청년전용 버팀목 전세자금', en: 'Beotimmok jeonse loan for youth' },
  incomeLimit: generalIncomeLimit,
  group: {
    age: applicantAged('youthLoanAge', youthAgeMin, youthAgeMax),
  },
  limit: p(youthMaxLoan),
  depositShare: youthDepositShare,
});

/** 신혼부부전용: 혼인 7년 이내, 부부합산 7,500만원. */
export const newlywedLoan = loanProgram({
  id: 'jeonse-loan.newlywed',
  label: { ko: '신혼부부전용 버팀목 전세자금', en: 'Beotimmok jeonse loan for newlyweds' },
  incomeLimit: newlywedIncomeLimit,
  group: {
    ...marriedWithin('marriedWithinLoanLimit', newlywedMaxYears),
  },
  limit: p(byCapitalArea(newlywedMaxLoan), v.input('region')),
  depositShare: newlywedDepositShare,
});

export const jeonseLoanPrograms: readonly Program[] = [generalLoan, youthLoan, newlywedLoan];
