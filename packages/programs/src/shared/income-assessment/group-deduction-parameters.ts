/**
 * 근로·사업소득 정액 공제 of the groups a member's `earnerGroup` names (issue 16 item 1, policy-fields pass
 * 2026-12-05): 25세 이상 초·중·고등학생 and 북한이탈주민 20만원, 자립준비청년 (아동복지시설 퇴소·가정위탁 종료 5년 이내)
 * 50만원, then 30 % of the rest; 장애인·정신질환자 직업재활사업 참여자 20만원 then 50 % of the rest.
 * A member gets the most favourable of their deductions (the young earners', 75세 이상·장애인, their group's).
 *
 * The only copy found is a public calculator built on the 2022 기준 중위소득 (Django views, file id 47326461232: "24세
 * 이하 수급(권)자"·"24세 이하 대학생" 40만원; "아동시설퇴소 및 가정위탁보호 종료 5년 이내 청년" 50만원; "25세 이상 초,
 * 중, 고등학생", "북한이탈주민" 20만원; "장애인 직업재활사업, 정신질환자 직업재활사업 참여자" 20만원 then 50 %). Searched
 * again 2026-12-05 (pages: "기초생활수급자 북한이탈주민 대학생 근로소득 공제 시설퇴소 청년 50만원", "자립준비청년 근로소득
 * 공제 50만원 기초생활보장", "직업재활 참여 소득 공제 기초생활보장"; code: "북한이탈주민 20만원", "직업재활"): nothing
 * else. So 2022 is `single` and the other years `recall` (carried from 2022); applied rather than left out, because
 * leaving a deduction out gives a confident "not eligible" to an earner near a line. 대학생 aged over the young earners'
 * limit: no deduction of their own was found (the law's 30 % for 학생 is the general rate), so none is encoded.
 */
import type { Citation, ParameterDef } from '@jibsa/rules';

const guide = (year: number): Citation => ({
  title: `보건복지부 「${year}년 국민기초생활보장사업안내」`,
  url: 'https://www.mohw.go.kr',
  article: '소득평가액 산정: 근로·사업소득 공제',
});

const CALC_2022 = 'a public calculator with the 2022 기준 중위소득 (Django views, file id 47326461232)';

/** The same value for 2019–2021 (recall), 2022 (single) and from 2023 (recall). */
const carried = (value: number | Record<string, number>, what: string): ParameterDef['periods'] => [
  {
    from: '2019-01-01',
    to: '2021-12-31',
    value,
    citation: guide(2019),
    evidence: 'recall',
    note: `RECALL: ${what} as in the one 2022 copy; no source dated 2019–2021.`,
  },
  {
    from: '2022-01-01',
    to: '2022-12-31',
    value,
    citation: guide(2022),
    evidence: 'single',
    note: `${what}: ${CALC_2022}.`,
  },
  {
    from: '2023-01-01',
    value,
    citation: guide(2023),
    evidence: 'recall',
    note: `RECALL: ${what} carried from the one 2022 copy; no source dated 2023 or later (the 2026 widening of the young earners' deduction, 34세 이하 60만원, was seen; no change for these groups was).`,
  },
];

export const groupFlatDeduction: ParameterDef = {
  id: 'income-assessment.group-flat-deduction',
  label: {
    ko: '학생·북한이탈주민·자립준비청년·직업재활 참여자 근로소득 추가 공제 (정액, 1인당)',
    en: 'Flat earnings deduction for students, defectors, care leavers and rehabilitation participants (per person)',
  },
  unit: 'KRW/month',
  dimensions: ['earnerGroup'],
  beyondMax: 'error',
  periods: carried(
    { school_student: 200_000, defector: 200_000, care_leaver: 500_000, vocational_rehab: 200_000, none: 0 },
    '25세 이상 초·중·고등학생 20만원, 북한이탈주민 20만원, 시설퇴소 5년 이내 청년 50만원, 직업재활 참여자 20만원',
  ),
};

export const vocationalRehabDeductionRate: ParameterDef = {
  id: 'income-assessment.vocational-rehab-deduction-rate',
  label: {
    ko: '직업재활사업 참여자 근로소득 공제율 (정액 공제 뒤)',
    en: 'Deduction rate for vocational rehabilitation participants (after the flat amount)',
  },
  unit: 'ratio',
  periods: carried(0.5, '직업재활 참여자 "20만원 공제 후 50 %"'),
};

export const groupDeductionParameters: readonly ParameterDef[] = [groupFlatDeduction, vocationalRehabDeductionRate];
