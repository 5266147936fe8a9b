import { describe, expect, it } from 'vitest';
import { longDate } from '../src/shared/ui/center-time.ts';

describe("the public post's '마지막으로 고친 날'", () => {
  it('writes the day out in full, on the center clock whatever the device', () => {
    expect(longDate('2026-12-06T03:00:00Z', 'ko')).toBe('2026년 12월 6일');
    expect(longDate('2026-12-06T03:00:00Z', 'en')).toBe('6 December 2026');
    // 15:30 UTC on 5 December is already the 6th in Gwangju.
    expect(longDate('2026-12-05T15:30:00Z', 'ko')).toBe('2026년 12월 6일');
    expect(longDate('2027-01-01T14:59:00Z', 'en')).toBe('1 January 2027');
  });
});
