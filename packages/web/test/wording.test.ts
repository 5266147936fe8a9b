import { householdSchema } from '@jibsa/programs';
import { describe, expect, it } from 'vitest';
import { memberQuestionLabels, questionTitles } from '../src/i18n/questions.ts';
import { questionTitle } from '../src/self-check/questionnaire/fields.ts';
import { emptyAnswers, setAnswer, setMembers } from '../src/self-check/questionnaire/state.ts';
import { HOUSING_TYPE_LABEL } from '../src/staff/cases/intake-strings.ts';
import { pathwayStrings } from '../src/staff/cases/pathway-strings.ts';

describe('question wording keyed by the schema', () => {
  it('words every household field of the schema, and nothing that is not one', () => {
    expect(Object.keys(questionTitles).sort()).toEqual(Object.keys(householdSchema.household).sort());
  });

  it('words every member field asked one by one (relation is chosen in the members editor)', () => {
    const asked = Object.keys(householdSchema.member).filter((k) => k !== 'relation');
    expect(Object.keys(memberQuestionLabels).sort()).toEqual([...asked, 'hasIncome'].sort());
  });

  it('asks with the wording, never with the terse schema label', () => {
    for (const [name, field] of Object.entries(householdSchema.household)) {
      const ko = questionTitle(name, emptyAnswers, 'ko', '');
      expect(ko, name).toBe(questionTitles[name as keyof typeof questionTitles].ko);
      expect(ko, name).not.toBe(field.label.ko);
    }
  });
});

describe('questions to a person who lives alone', () => {
  const alone = setMembers(emptyAnswers, [{ relation: 'head', age: 72 }]);
  const two = setMembers(emptyAnswers, [{ relation: 'head' }, { relation: 'spouse' }]);

  it('ask about their own money as a plain question, not "본인의 한 달에 일해서 버는 돈"', () => {
    expect(questionTitle('members[0].earnedIncome', alone, 'ko', '')).toBe(
      '한 달에 일해서 버는 돈은 얼마인가요? (근로소득)',
    );
    expect(questionTitle('members[0].pensionIncome', alone, 'en', '')).toBe(
      'How much do you get in pensions and allowances a month? (basic pension, national pension…)',
    );
    for (const name of ['earnedIncome', 'businessIncome', 'pensionIncome', 'otherIncome', 'disabled', 'earnerGroup']) {
      const ko = questionTitle(`members[0].${name}`, alone, 'ko', '');
      expect(ko, name).not.toMatch(/^본인의/);
      expect(ko, name).toMatch(/\?/);
    }
  });

  it('ask each person’s money and deduction group as a question, with the person named', () => {
    for (const name of ['earnedIncome', 'businessIncome', 'pensionIncome', 'otherIncome', 'earnerGroup']) {
      const ko = questionTitle(`members[1].${name}`, two, 'ko', '');
      expect(ko, name).toMatch(/^두 번째 분\(배우자\)의 /);
      expect(ko, name).toMatch(/\?/);
    }
  });

  it('still name the person when several live together', () => {
    expect(questionTitle('members[0].earnedIncome', two, 'ko', '')).toBe(
      '첫 번째 분(본인)의 한 달 근로소득(일해서 버는 돈)은 얼마인가요?',
    );
  });
});

describe('questions worded as the household says it', () => {
  it('asks a 전세 tenant for the 전세금, a 월세 tenant for the 보증금', () => {
    const jeonse = setAnswer(emptyAnswers, 'tenure', 'jeonse');
    expect(questionTitle('deposit', jeonse, 'ko', '')).toBe('전세금(전세 보증금)은 얼마인가요?');
    expect(questionTitle('deposit', jeonse, 'en', '')).toContain('jeonse deposit');
    expect(questionTitle('deposit', setAnswer(emptyAnswers, 'tenure', 'monthly_rent'), 'ko', '')).toBe(
      '집 보증금은 얼마인가요?',
    );
  });

  it('asks someone living alone whether they are married now, and what to choose if divorced or widowed', () => {
    const alone = setMembers(emptyAnswers, [{ relation: 'head', age: 72 }]);
    expect(questionTitle('married', alone, 'ko', '')).toMatch(
      /^지금 결혼한 상태인가요\?.*이혼했거나 배우자가 세상을 떠났으면 "아니요"/,
    );
    expect(questionTitle('married', alone, 'en', '')).toContain('"No" if divorced or widowed');
  });

  it('names 원룸 beside the multi-family houses, where people look for it', () => {
    const types = householdSchema.household.housingType.valueLabels as Record<string, { ko: string; en: string }>;
    expect(types.multi_family?.ko).toContain('원룸');
    expect(types.multi_family?.en).toContain('one-room');
  });
});

describe('English words for Korean dwellings', () => {
  it('names 쪽방 and 고시원 as the schema does, in English words, with one spelling (Gosiwon)', () => {
    const schemaTypes = householdSchema.household.housingType.valueLabels as Record<string, { en: string }>;
    // Staff forms read the schema's own list, so the counselor sees the words the citizen saw.
    expect(HOUSING_TYPE_LABEL).toBe(schemaTypes);
    expect(HOUSING_TYPE_LABEL.multi_family?.ko).toContain('원룸');
    for (const text of [pathwayStrings.en.lead, pathwayStrings.en.statsLead]) {
      expect(text).not.toMatch(/[가-힣]|goshiwon/i);
      expect(text).toContain('gosiwon (tiny rented room)');
    }
  });
});
