import { describe, expect, it } from 'vitest';
import { agencyInSentence } from '../src/self-check/result/agency-words.ts';

describe('an agency named inside a sentence', () => {
  it('moves a closing aside after the sentence and keeps "your" small in English', () => {
    expect(agencyInSentence('사는 곳 행정복지센터 (조사는 LH가 합니다)')).toEqual({
      name: '사는 곳 행정복지센터',
      aside: '조사는 LH가 합니다',
    });
    expect(agencyInSentence('Your local community center (LH does the home survey)')).toEqual({
      name: 'your local community center',
      aside: 'LH does the home survey',
    });
    expect(agencyInSentence('LH 광주전남지역본부')).toEqual({ name: 'LH 광주전남지역본부', aside: null });
    // Brackets inside the name, not closing it, stay where they are.
    expect(agencyInSentence('시청 (주거복지과) 민원실')).toEqual({ name: '시청 (주거복지과) 민원실', aside: null });
  });
});
