import { describe, expect, it } from 'vitest';
import { plainText, plainTextIn } from '../../src/http/plain-text.ts';

describe('text as one form', () => {
  it('composes Hangul and drops characters nobody sees, keeping emoji joined', () => {
    expect(plainText('김다온'.normalize('NFD'))).toBe('김다온');
    expect(plainText('김\u200b다\u202e온\ufeff')).toBe('김다온');
    expect(plainText('👨\u200d👩\u200d👧')).toBe('👨\u200d👩\u200d👧');
    expect(plainText('plain ascii')).toBe('plain ascii');
  });
  it('changes every string of a body but passwords, which are compared as typed', () => {
    const body = {
      people: [{ name: '나\u200b가온', relation: 'head' }],
      note: '메모'.normalize('NFD'),
      currentPassword: '비밀\u200b번호',
      newPassword: '새'.normalize('NFD'),
      count: 3,
    };
    plainTextIn(body);
    expect(body).toEqual({
      people: [{ name: '나가온', relation: 'head' }],
      note: '메모',
      currentPassword: '비밀\u200b번호',
      newPassword: '새'.normalize('NFD'),
      count: 3,
    });
  });
});
