import { describe, expect, it } from 'vitest';
import { money } from '../src/board/Deadline.tsx';

describe("a notice's amounts", () => {
  it('read in 억 and 만 as notices write them, an odd amount in won', () => {
    // "24,100만원" was hard to read as 2억 4,100만원.
    expect(money(241_000_000, 'ko')).toBe('2억 4,100만원');
    expect(money(12_000_000, 'ko')).toBe('1,200만원');
    expect(money(12_345_000, 'ko')).toBe('12,345,000원');
    expect(money(12_000_000, 'en')).toBe('12,000,000 won');
  });
});
