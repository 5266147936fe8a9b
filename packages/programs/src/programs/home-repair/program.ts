import { defineProgram, v } from '@jibsa/rules';
import { shareOfMedian } from '../../shared/criteria/household-size.ts';
import { answered, yesNo } from '../../shared/criteria/yes-no.ts';
import { householdSchema } from '../../shared/household/schema.ts';
import { recognizedIncomeWithin } from '../../shared/income-assessment/recognized-income.ts';
import { nearPoorRate } from '../basic-livelihood/parameters.ts';

/**
 * 저소득층 집수리·주거환경개선 (지자체·공공기관 사업, yearly notices). No single official figure exists
 * (home-repair/metadata.ts): each scheme sets its own. This screen says "worth asking" when a home
 * needs repair, the household owns it or rents it (a tenant needs the owner's consent), and the
 * household is low-income in the sense most schemes use: 생계·주거급여 수급자, 차상위 확인, or
 * 소득인정액 ≤ 차상위 기준 (기준 중위소득 50 %, 국민기초생활 보장법 시행령 제3조 — a verified figure).
 * No amount: it depends on the scheme. Owner-occupiers on 주거급여 use 수선유지급여 (a separate program).
 * 농어촌 장애인 주택개조 is listed for information only: the schema cannot tell 읍·면 from 동.
 */
export const nearPoorLine = shareOfMedian(
  'nearPoorLine',
  {
    ko: '차상위 기준 (기준 중위소득 {p:basic-livelihood.near-poor-rate})',
    en: 'near-poor line ({p:basic-livelihood.near-poor-rate} of median income)',
  },
  nearPoorRate,
);

export const lowIncome = yesNo(
  'lowIncomeForRepair',
  {
    ko: '저소득 (생계·주거급여 수급, 차상위, 또는 소득인정액이 차상위 기준 이하)',
    en: 'low income (livelihood or housing benefit, near-poor, or recognized income within the near-poor line)',
  },
  v.or(
    v.input('receivesLivelihoodBenefit'),
    v.input('receivesHousingBenefit'),
    v.input('nearPoor'),
    recognizedIncomeWithin(nearPoorLine),
  ),
);

export const homeRepair = defineProgram({
  id: 'home-repair.low-income-repair',
  label: { ko: '저소득층 집수리', en: 'Home repairs for low-income households' },
  schema: householdSchema,
  criteria: {
    needsRepair: answered('homeNeedsRepair', { ko: '집에 고칠 곳이 있음', en: 'home needs repair' }),
    ownerOrTenant: yesNo(
      'ownerOrTenant',
      { ko: '자기 집 또는 세 든 집에 삶', en: 'lives in own or rented home' },
      v.oneOf(v.input('tenure'), ['owner', 'monthly_rent', 'jeonse']),
    ),
    lowIncome,
  },
});
