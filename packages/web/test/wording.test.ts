import { householdSchema } from '@jibsa/programs';
import { describe, expect, it } from 'vitest';
import { memberQuestionLabels, questionTitles } from '../src/i18n/questions.ts';
import { questionTitle } from '../src/self-check/questionnaire/fields.ts';
import { emptyAnswers } from '../src/self-check/questionnaire/state.ts';
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

describe('English words for Korean dwellings', () => {
  it('names 쪽방 and 고시원 as the schema does, in English words, with one spelling (Gosiwon)', () => {
    const schemaTypes = householdSchema.household.housingType.valueLabels as Record<string, { en: string }>;
    expect(HOUSING_TYPE_LABEL.goshiwon?.en).toBe(schemaTypes.goshiwon?.en);
    expect(HOUSING_TYPE_LABEL.jjokbang?.en).toBe(schemaTypes.jjokbang?.en);
    for (const text of [pathwayStrings.en.lead, pathwayStrings.en.statsLead]) {
      expect(text).not.toMatch(/[가-힣]|goshiwon/i);
      expect(text).toContain('gosiwon (tiny rented room)');
    }
  });
});
