import { defineVariable, type Label, type ParameterDef, p, v } from '@jibsa/rules';

/**
 * The applicant is the member marked 본인 (가구주): age rules of 행복주택, 청년월세, 버팀목 and
 * 고령자복지주택 apply to the person who applies, not to anyone in the household.
 * A household with no member marked 가구주 fails such a rule.
 */
export function applicantAgeWithin(id: string, label: Label, min?: ParameterDef, max?: ParameterDef) {
  return defineVariable(
    id,
    label,
    'bool',
    v.anyMember((m) =>
      v.and(
        v.eq(m.input('relation'), 'head'),
        min ? v.ge(m.input('age'), p(min)) : true,
        max ? v.le(m.input('age'), p(max)) : true,
      ),
    ),
  );
}

/** 맞벌이: both the applicant and the spouse earn (work or business income above zero). */
export const dualEarners = defineVariable(
  'dualEarners',
  { ko: '맞벌이 (본인과 배우자 모두 소득 활동)', en: 'both spouses earn' },
  'bool',
  v.eq(
    v.countMembers((m) =>
      v.and(
        v.oneOf(m.input('relation'), ['head', 'spouse']),
        v.gt(v.add(m.input('earnedIncome'), m.input('businessIncome')), 0),
      ),
    ),
    2,
  ),
);
