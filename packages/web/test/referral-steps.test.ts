import { describe, expect, it } from 'vitest';
import { isResume, stepWords } from '../src/staff/referrals/referral-strings.ts';

describe('a referral step in words', () => {
  it('says a hold was lifted, and where the referral went back to, in both languages', () => {
    expect(stepWords('on-hold', 'accepted', 'ko')).toBe('보류 풀고 다시 진행 (수락)');
    expect(stepWords('on-hold', 'in-progress', 'ko')).toBe('보류 풀고 다시 진행 (진행 중)');
    expect(stepWords('on-hold', 'in-progress', 'en')).toBe('Hold lifted, carrying on (In progress)');
  });

  it('is the status alone for every other step, a hold’s end with an outcome or a cancel included', () => {
    expect(stepWords('received', 'accepted', 'ko')).toBe('수락');
    expect(stepWords(null, 'requested', 'en')).toBe('Requested');
    expect(stepWords('on-hold', 'completed', 'ko')).toBe('완료');
    expect(stepWords('on-hold', 'cancelled', 'en')).toBe('Cancelled');
    expect(isResume('on-hold', 'completed')).toBe(false);
    expect(isResume('accepted', 'in-progress')).toBe(false);
  });
});
