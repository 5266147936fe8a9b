import { type MemberBuilder, p, v } from '@jibsa/rules';
import { groupFlatDeduction, vocationalRehabDeductionRate } from './group-deduction-parameters.ts';
import {
  earnedIncomeDeduction,
  seniorDisabledFlatDeduction,
  seniorFlatDeductionAgeMin,
  youthFlatDeduction,
  youthFlatDeductionAgeMax,
} from './parameters.ts';

/**
 * One member's 근로·사업소득 as it counts in 소득평가액, after the flat deduction of their group and the 30 % rate:
 *  - by age (만 나이 on the screening date): young earners up to the age limit, then 75세 이상, then registered
 *    disabled (ages are looked at first, so the disability is asked only of an earner whose age gives none);
 *  - by `earnerGroup` (group-deduction-parameters.ts): 학생·북한이탈주민·자립준비청년 a flat amount, and 직업재활
 *    참여자 20만원 then 50 % instead of 30 %.
 * The member gets the most favourable: the larger flat amount at 30 %, or for a 직업재활 participant the rehabilitation
 * path when it is lower. A member who earns nothing needs none of it.
 *
 * Each of the three inputs may be read ('read'), or not read and taken at the end that gives the highest figure
 * ('hi': no deduction from it) or the lowest ('lo': the largest deduction it could give). A bound reads only what
 * it must, so it is known while the inputs it does not read are missing (recognized-income.ts).
 */
export type Read = 'read' | 'hi' | 'lo';
export type EarningsBound = { readonly age: Read; readonly disabled: Read; readonly group: Read };

export const EXACT: EarningsBound = { age: 'read', disabled: 'read', group: 'read' };

const none = () => v.num(0, 'KRW/month');

export const memberEarningsCounted = (b: EarningsBound) => (m: MemberBuilder) => {
  const earned = v.add(m.input('earnedIncome'), m.input('businessIncome'));
  const senior = p(seniorDisabledFlatDeduction);
  const disabledFlat =
    b.disabled === 'hi' ? none() : b.disabled === 'lo' ? senior : v.if(m.input('disabled'), senior, none());
  const ageFlat =
    b.age === 'hi'
      ? disabledFlat
      : b.age === 'lo'
        ? v.max(p(youthFlatDeduction), senior)
        : v.if(
            v.le(m.input('age'), p(youthFlatDeductionAgeMax)),
            p(youthFlatDeduction),
            v.if(v.ge(m.input('age'), p(seniorFlatDeductionAgeMin)), senior, disabledFlat),
          );
  const group = m.input('earnerGroup');
  // 'lo': the largest amount any group gives (자립준비청년), and the rehabilitation path open to everyone.
  const groupFlat =
    b.group === 'hi'
      ? none()
      : b.group === 'lo'
        ? v.max(p(groupFlatDeduction, 'care_leaver'), p(groupFlatDeduction, 'school_student'))
        : p(groupFlatDeduction, group);
  const general = v.mul(v.max(v.sub(earned, v.max(ageFlat, groupFlat)), 0), v.sub(1, p(earnedIncomeDeduction)));
  const rehab = v.mul(
    v.max(v.sub(earned, p(groupFlatDeduction, 'vocational_rehab')), 0),
    v.sub(1, p(vocationalRehabDeductionRate)),
  );
  const counted =
    b.group === 'hi'
      ? general
      : b.group === 'lo'
        ? v.min(general, rehab)
        : v.if(v.eq(group, 'vocational_rehab'), v.min(general, rehab), general);
  return v.if(v.le(earned, 0), none(), counted);
};

/** 가구 근로·사업소득 as it counts, summed over members. */
export const earningsCounted = (b: EarningsBound) => v.sumMembers(memberEarningsCounted(b));
