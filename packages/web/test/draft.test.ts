import { catalog, householdSchema } from '@jibsa/programs';
import { describe, expect, it } from 'vitest';
import { filterCatalog } from '../src/catalog/catalog-search.ts';
import { mapProblem } from '../src/consult/consult-api.ts';
import { initialDraft, kindOf, readDraft } from '../src/self-check/questionnaire/draft.ts';
import { fieldFor, formatAnswer, knownFieldsOnly, questionTitle } from '../src/self-check/questionnaire/fields.ts';
import { emptyAnswers, setMembers } from '../src/self-check/questionnaire/state.ts';
import { englishSentence, problemFrom, stripPath } from '../src/shared/api/problem.ts';

describe('drafts and fields', () => {
  it('maps schema fields to input kinds', () => {
    expect(kindOf('members', undefined)).toBe('members');
    expect(kindOf('deposit', fieldFor('deposit'))).toBe('money');
    expect(kindOf('tenure', fieldFor('tenure'))).toBe('enum');
    expect(kindOf('ownsHome', fieldFor('ownsHome'))).toBe('boolean');
    expect(kindOf('members[0].age', fieldFor('members[0].age'))).toBe('number');
    expect(fieldFor('members[2].earnedIncome')).toBe(householdSchema.member.earnedIncome);
    expect(fieldFor('nope')).toBeUndefined();
  });

  it('reads drafts with the schema limits', () => {
    const age = fieldFor('members[0].age');
    expect(readDraft('number', age, { text: '78', unit: 'man', choice: '' })).toEqual({ ok: true, value: 78 });
    expect(readDraft('number', age, { text: '131', unit: 'man', choice: '' })).toMatchObject({ error: 'tooLarge' });
    expect(readDraft('number', age, { text: '7.5', unit: 'man', choice: '' })).toMatchObject({ error: 'whole' });
    expect(readDraft('money', fieldFor('deposit'), { text: '500', unit: 'man', choice: '' })).toEqual({
      ok: true,
      value: 5_000_000,
    });
    expect(readDraft('boolean', undefined, { text: '', unit: 'man', choice: 'no' })).toEqual({
      ok: true,
      value: false,
    });
    expect(readDraft('enum', undefined, { text: '', unit: 'man', choice: '' })).toMatchObject({ error: 'need' });
    expect(initialDraft('money', 300_000)).toEqual({ text: '30', unit: 'man', choice: '' });
    expect(initialDraft('money', 5_500)).toEqual({ text: '5500', unit: 'won', choice: '' });
  });

  it('drops answers to fields this schema does not know', () => {
    expect(knownFieldsOnly({ tenure: 'owner', retired: 1, members: [{ age: 3, shoeSize: 40 }] })).toEqual({
      tenure: 'owner',
      members: [{ age: 3 }],
    });
  });

  it('words questions and answers', () => {
    const a = setMembers(emptyAnswers, [{ relation: 'head' }, { relation: 'spouse' }]);
    expect(questionTitle('members[1].earnedIncome', a, 'ko', '')).toBe(
      '두 번째 분(배우자)의 한 달 근로소득(일해서 버는 돈)은 얼마인가요?',
    );
    expect(formatAnswer('monthlyRent', 300_000, 'ko')).toBe('월 30만원');
    expect(formatAnswer('deposit', 5_000_000, 'ko')).toBe('500만원');
    expect(formatAnswer('gwangjuDistrict', 'gwangsan', 'ko')).toBe('광산구');
    expect(formatAnswer('ownsHome', false, 'ko')).toBe('아니요');
    expect(formatAnswer('members[0].age', 78, 'ko')).toBe('78세');
  });
});

describe('catalog search and server errors', () => {
  it('filters by words, audience, help type and ids', () => {
    const all = { q: '', audience: '', helpType: '', agency: '', ids: [] };
    expect(filterCatalog(catalog, all)).toHaveLength(catalog.length);
    expect(filterCatalog(catalog, { ...all, q: '주거 급여' }).map((e) => e.id)).toContain('housing-benefit.rent');
    expect(filterCatalog(catalog, { ...all, helpType: 'repair' }).every((e) => e.metadata.helpType === 'repair')).toBe(
      true,
    );
    expect(filterCatalog(catalog, { ...all, ids: ['housing-benefit.rent'] }).map((e) => e.id)).toEqual([
      'housing-benefit.rent',
    ]);
  });

  it('puts problem+json field errors next to their fields', () => {
    expect(stripPath('phone: 형식이 맞지 않습니다.')).toBe('형식이 맞지 않습니다.');
    // English messages are whole sentences once their path is gone.
    expect(englishSentence('is required.')).toBe('This field is required.');
    expect(englishSentence('must be at least 3 characters.')).toBe('This field must be at least 3 characters.');
    expect(englishSentence('write the whole phone number.')).toBe('Write the whole phone number.');
    const out = mapProblem(
      problemFrom(400, {
        detail: '입력한 내용을 확인해 주세요.',
        errors: [
          { path: 'phone', detail: 'phone: 형식', detail_en: 'phone: pattern' },
          { path: 'consent.contact', detail: 'consent.contact: 필요', detail_en: 'consent.contact: needed' },
        ],
      }),
    );
    expect(out.fields.phone).toEqual({ ko: '형식', en: 'Pattern' });
    expect(out.fields.contact?.ko).toBe('필요');
    expect(out.detail?.ko).toBe('입력한 내용을 확인해 주세요.');
    // A body that is not a problem still gives a message in both languages.
    expect(problemFrom(502, 'Bad Gateway').detail.ko).toBe(
      '센터 서버에 잠시 문제가 있어 처리하지 못했습니다. 조금 뒤에 다시 해 주세요.',
    );
    expect(problemFrom(418, null).detail).toEqual({
      ko: '요청을 처리하지 못했습니다 (오류 418).',
      en: 'The request could not be done (error 418).',
    });
  });
});
