import { defineProgram, v } from '@jibsa/rules';
import { shareOfMedian } from '../../shared/criteria/household-size.ts';
import { yesNo } from '../../shared/criteria/yes-no.ts';
import { householdSchema } from '../../shared/household/schema.ts';
import {
  incomeWithinLine,
  recognizedIncome,
  recognizedIncomeWithinHousing,
} from '../../shared/income-assessment/recognized-income.ts';
import { livelihoodLine } from '../housing-benefit/thresholds.ts';
import { educationRate, medicalRate } from './parameters.ts';

/**
 * 생계·의료·교육급여 as related screens: a household near a line should know to ask.
 * 부양의무자 기준 (still applied to 의료급여, and to 생계급여 for high-income 부양의무자) is not
 * screened here; the result says to check it.
 */
const medicalLine = shareOfMedian(
  'medicalBenefitLine',
  { ko: '의료급여 선정기준', en: 'medical benefit threshold' },
  medicalRate,
);
const educationLine = shareOfMedian(
  'educationBenefitLine',
  { ko: '교육급여 선정기준', en: 'education benefit threshold' },
  educationRate,
);

export const livelihoodBenefit = defineProgram({
  id: 'basic-livelihood.livelihood',
  label: { ko: '생계급여', en: 'Livelihood benefit' },
  schema: householdSchema,
  criteria: {
    income: incomeWithinLine(
      'incomeWithinLivelihoodLine',
      livelihoodLine,
      '생계급여 선정기준',
      'livelihood benefit threshold',
    ),
  },
  // 생계급여액 = 생계급여 선정기준 (최저보장수준) − 소득인정액.
  amount: v.sub(livelihoodLine, recognizedIncome),
  amountLabel: { ko: '월 생계급여 (예상)', en: 'monthly livelihood benefit (estimate)' },
});

export const medicalBenefit = defineProgram({
  id: 'basic-livelihood.medical',
  label: { ko: '의료급여', en: 'Medical benefit' },
  schema: householdSchema,
  criteria: {
    income: incomeWithinLine('incomeWithinMedicalLine', medicalLine, '의료급여 선정기준', 'medical benefit threshold'),
  },
});

const hasSchoolAgeChild = yesNo(
  'hasSchoolAgeChild',
  { ko: '초·중·고 나이 (만 6~18세) 자녀가 있음', en: 'has a school-age child (6–18)' },
  v.anyMember((m) => v.and(v.ge(m.input('age'), 6), v.le(m.input('age'), 18))),
);

export const educationBenefit = defineProgram({
  id: 'basic-livelihood.education',
  label: { ko: '교육급여', en: 'Education benefit' },
  schema: householdSchema,
  criteria: {
    child: hasSchoolAgeChild,
    // 교육급여 counts a car by the 주거·교육 rule, which before 2025 differed from the 생계·의료 one.
    income: incomeWithinLine(
      'incomeWithinEducationLine',
      educationLine,
      '교육급여 선정기준',
      'education benefit threshold',
      recognizedIncomeWithinHousing,
    ),
  },
});
