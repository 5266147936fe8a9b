import { describe, expect, it } from 'vitest';
import { birthdayPassed, knownAgeFor, yearAgeFrom } from '../src/self-check/questionnaire/birthday.ts';
import { questionTitle } from '../src/self-check/questionnaire/fields.ts';
import { emptyAnswers, setAnswer, setMembers } from '../src/self-check/questionnaire/state.ts';

describe('연 나이 asked by the birthday', () => {
  const alone = setMembers(emptyAnswers, [{ relation: 'head', age: 29 }]);

  it('is "올해 생일이 지났나요?" once the 만 나이 is known, and the age counted by year otherwise', () => {
    expect(knownAgeFor(alone, 'members[0].yearAge')).toBe(29);
    expect(questionTitle('members[0].yearAge', alone, 'ko', '')).toBe('올해 생일이 지났나요?');
    const noAge = setMembers(emptyAnswers, [{ relation: 'head' }]);
    expect(knownAgeFor(noAge, 'members[0].yearAge')).toBeUndefined();
    expect(questionTitle('members[0].yearAge', noAge, 'ko', '')).toContain('태어난 해');
  });

  it('keeps the number the rules read: a birthday to come adds a year', () => {
    expect(yearAgeFrom(29, true)).toBe(29);
    expect(yearAgeFrom(29, false)).toBe(30);
    expect(birthdayPassed(29, 30)).toBe(false);
    expect(birthdayPassed(29, 29)).toBe(true);
    expect(birthdayPassed(29, 35)).toBeUndefined();
  });

  it('asks it again when the 만 나이 changes, and not when it stays', () => {
    let a = setAnswer(alone, 'members[0].yearAge', 30);
    a = setMembers(a, [{ relation: 'head', age: 29, yearAge: 30 }]);
    expect(a.members?.[0]?.yearAge).toBe(30);
    a = setMembers(a, [{ relation: 'head', age: 31, yearAge: 30 }]);
    expect(a.members?.[0]?.yearAge).toBeUndefined();
    expect(a.asked).not.toContain('members[0].yearAge');
  });
});
