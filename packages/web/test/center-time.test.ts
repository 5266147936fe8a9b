import { describe, expect, it } from 'vitest';
import { centerDay, centerTime, shortDate } from '../src/shared/ui/center-time.ts';

describe("a moment on the center's clock", () => {
  it('is Korean time whatever the device: 15:30 UTC is the next morning in Gwangju', () => {
    // The day period's word (오전, or AM with Node's smaller ICU data) is the locale's to choose.
    expect(centerTime('2026-12-06T15:30:00Z', 'ko')).toMatch(/^2026\. 12\. 7\. \S+ 12:30:00$/);
    // English writes the day as every English screen does, then a 24-hour time.
    expect(centerTime('2026-12-06T15:30:00Z', 'en')).toBe('7 Dec 2026, 00:30');
    expect(centerTime('2026-12-06T15:30:09Z', 'en', { seconds: true })).toBe('7 Dec 2026, 00:30:09');
  });
});

describe('a calendar day (a due date)', () => {
  it('stays as written in Korean and reads "10 Dec 2026" in English, the same as shortDate', () => {
    expect(centerDay('2026-12-10', 'ko')).toBe('2026-12-10');
    expect(centerDay('2026-12-10', 'en')).toBe('10 Dec 2026');
    expect(centerDay('2027-01-01', 'en')).toBe(shortDate('2027-01-01T00:00:00+09:00', 'en'));
    // Whatever the device's time zone: the day is the day, not the UTC evening before.
    expect(centerDay('2026-03-01', 'en')).toBe('1 Mar 2026');
  });
});
