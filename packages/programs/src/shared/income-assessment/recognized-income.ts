import { type Arg, defineVariable, type MemberBuilder, p, v } from '@jibsa/rules';
import { CITY_TYPE_BY_REGION, PROPERTY_REGION_BY_REGION } from '../criteria/region.ts';
import { joinPeriods, rekey } from '../criteria/rekey.ts';
import {
  basicPropertyByCityType,
  basicPropertyByRegion,
  conversionRate,
  earnedIncomeDeduction,
  financialLivingAllowance,
  leaseDepositRecognitionRate,
  residentialCapByCityType,
  residentialCapByRegion,
  youthFlatDeduction,
  youthFlatDeductionAgeMax,
} from './parameters.ts';

/**
 * 소득인정액 = 소득평가액 + 재산의 소득환산액 (국민기초생활 보장법 제2조제8호, 시행령 제5조의4).
 *
 * A screening model, not the 사회보장정보시스템's full calculation: 가구특성별 지출비용 and the
 * deductions for elderly and disabled earners are left out (not found in a source), and 기본재산액 and
 * 부채 are taken from 주거용 → 일반 → 금융재산 in that order. The young earners' flat deduction is in:
 * it decides eligibility (a 30-year-old earning 130만원 in 2026 qualifies for 생계급여 only with it).
 */

/** Before 2024 the tables are by city type, from 2024 by region; both are keyed here by our region enum. */
export const basicProperty = joinPeriods('income-assessment.basic-property', basicPropertyByRegion.label, [
  rekey(basicPropertyByCityType, { id: 'x', dimension: 'cityType', map: CITY_TYPE_BY_REGION }),
  rekey(basicPropertyByRegion, { id: 'x', dimension: 'propertyRegion', map: PROPERTY_REGION_BY_REGION }),
]);
export const residentialCap = joinPeriods('income-assessment.residential-property-cap', residentialCapByRegion.label, [
  rekey(residentialCapByCityType, { id: 'x', dimension: 'cityType', map: CITY_TYPE_BY_REGION }),
  rekey(residentialCapByRegion, { id: 'x', dimension: 'propertyRegion', map: PROPERTY_REGION_BY_REGION }),
]);

export const workIncome = defineVariable(
  'workIncome',
  { ko: '가구 근로·사업소득', en: 'household earnings from work and business' },
  'KRW/month',
  v.sumMembers((m) => v.add(m.input('earnedIncome'), m.input('businessIncome'))),
);

export const otherIncome = defineVariable(
  'otherIncomeTotal',
  { ko: '가구 연금·기타 소득', en: 'household pensions and other income' },
  'KRW/month',
  v.sumMembers((m) => v.add(m.input('pensionIncome'), m.input('otherIncome'))),
);

/**
 * One member's 근로·사업소득 after the young earners' flat deduction (age on the screening date, 만 나이).
 * A member who earns nothing needs no age; an earner of unknown age gives an unknown figure.
 */
const memberWorkAfterFlat = (m: MemberBuilder) => {
  const earned = v.add(m.input('earnedIncome'), m.input('businessIncome'));
  return v.if(
    v.le(earned, 0),
    v.num(0, 'KRW/month'),
    v.max(
      v.sub(
        earned,
        v.if(v.le(m.input('age'), p(youthFlatDeductionAgeMax)), p(youthFlatDeduction), v.num(0, 'KRW/month')),
      ),
      0,
    ),
  );
};

export const incomeEvaluation = defineVariable(
  'incomeEvaluation',
  { ko: '소득평가액', en: 'assessed income' },
  'KRW/month',
  v.add(v.mul(v.sumMembers(memberWorkAfterFlat), v.sub(1, p(earnedIncomeDeduction))), otherIncome),
);

/** 주거용 재산: the home's value for owners; 임차보증금 for tenants. */
const residentialAssets = defineVariable(
  'residentialAssets',
  { ko: '주거용 재산', en: 'residential property' },
  'KRW',
  v.if(
    v.eq(v.input('tenure'), 'owner'),
    v.input('residentialProperty'),
    v.if(
      v.oneOf(v.input('tenure'), ['monthly_rent', 'jeonse']),
      v.mul(v.input('deposit'), p(leaseDepositRecognitionRate)),
      v.num(0, 'KRW'),
    ),
  ),
);

const exemption = defineVariable(
  'propertyExemption',
  { ko: '기본재산액과 부채', en: 'basic property exemption plus debts' },
  'KRW',
  v.add(p(basicProperty, v.input('region')), v.input('debts')),
);
const residentialAfter = v.max(v.sub(residentialAssets, exemption), 0);
const leftAfterResidential = v.max(v.sub(exemption, residentialAssets), 0);
const generalAfter = v.max(v.sub(v.input('otherProperty'), leftAfterResidential), 0);
const leftAfterGeneral = v.max(v.sub(leftAfterResidential, v.input('otherProperty')), 0);
const financialAfter = v.max(v.sub(v.input('financialAssets'), p(financialLivingAllowance), leftAfterGeneral), 0);
const residentialCounted = v.min(residentialAfter, p(residentialCap, v.input('region')));
const residentialExcess = v.sub(residentialAfter, residentialCounted);

/**
 * The four kinds of 재산의 소득환산액, each a named value so a result can say which one decides
 * (an 800만원 car counted in full outweighs a whole salary). Their sum is propertyIncome.
 */
const part = (id: string, ko: string, en: string, amount: Arg, kind: string) =>
  defineVariable(id, { ko, en }, 'KRW/month', v.asMonthly(v.mul(amount, p(conversionRate, kind))));

export const residentialPropertyIncome = part(
  'residentialPropertyIncome',
  '주거용재산 환산액',
  'residential property, converted',
  residentialCounted,
  'residential',
);
export const generalPropertyIncome = part(
  'generalPropertyIncome',
  '일반재산 환산액',
  'other property, converted',
  v.add(generalAfter, residentialExcess),
  'general',
);
export const financialPropertyIncome = part(
  'financialPropertyIncome',
  '금융재산 환산액',
  'savings, converted',
  financialAfter,
  'financial',
);
export const carPropertyIncome = part(
  'carPropertyIncome',
  '자동차 환산액',
  'car, converted',
  v.input('carValue'),
  'car',
);

export const propertyIncome = defineVariable(
  'propertyIncome',
  { ko: '재산의 소득환산액', en: 'income equivalent of assets' },
  'KRW/month',
  v.add(residentialPropertyIncome, generalPropertyIncome, financialPropertyIncome, carPropertyIncome),
);

export const recognizedIncome = defineVariable(
  'recognizedIncome',
  { ko: '가구 소득인정액', en: 'household recognized income' },
  'KRW/month',
  v.round(v.add(incomeEvaluation, propertyIncome)),
);
