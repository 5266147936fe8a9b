import { describe, expect, it } from 'vitest';
import { centerTime } from '../src/shared/ui/center-time.ts';

describe("a moment on the center's clock", () => {
  it('is Korean time whatever the device: 15:30 UTC is the next morning in Gwangju', () => {
    // The day period's word (오전, or AM with Node's smaller ICU data) is the locale's to choose.
    expect(centerTime('2026-12-06T15:30:00Z', 'ko')).toMatch(/^2026\. 12\. 7\. \S+ 12:30:00$/);
    expect(centerTime('2026-12-06T15:30:00Z', 'en')).toBe('07/12/2026, 00:30:00');
  });
});
