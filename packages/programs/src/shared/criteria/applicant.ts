import { type Label, type ParameterDef, p, v } from '@jibsa/rules';
import { yesNo } from './yes-no.ts';

/**
 * The applicant is the member marked 본인 (가구주): age rules of 행복주택, 청년월세, 버팀목 and
 * 고령자복지주택 apply to the person who applies, not to anyone in the household.
 * A household with no member marked 가구주 fails such a rule.
 */
export function applicantAgeWithin(id: string, label: Label, min?: ParameterDef, max?: ParameterDef) {
  return yesNo(
    id,
    label,
    v.anyMember((m) =>
      v.and(
        v.eq(m.input('relation'), 'head'),
        min ? v.ge(m.input('age'), p(min)) : true,
        max ? v.le(m.input('age'), p(max)) : true,
      ),
    ),
  );
}

/**
 * The applicant's age between a minimum and (if given) a maximum, labelled from the parameters' own ids
 * ({n:…} shows each figure), so the label names the figures in force and follows a renamed parameter.
 */
export function applicantAged(id: string, min: ParameterDef, max?: ParameterDef) {
  const label = max
    ? { ko: `신청인이 만 {n:${min.id}}~{n:${max.id}}세`, en: `applicant aged {n:${min.id}}–{n:${max.id}}` }
    : { ko: `신청인이 만 {n:${min.id}}세 이상`, en: `applicant aged {n:${min.id}}+` };
  return applicantAgeWithin(id, label, min, max);
}

/** 맞벌이: both the applicant and the spouse earn (work or business income above zero). */
export const dualEarners = yesNo(
  'dualEarners',
  { ko: '맞벌이 (본인과 배우자 모두 소득 활동)', en: 'both spouses earn' },
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
