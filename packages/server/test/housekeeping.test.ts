import { describe, expect, it } from 'vitest';
import { nightlyDue } from '../src/platform/housekeeping.ts';

describe('nightly PGlite maintenance (no autovacuum there)', () => {
  const at = (iso: string) => new Date(iso);
  it('runs between 02:00 and 05:00 Korean time, at most once a night', () => {
    expect(nightlyDue(at('2026-12-04T18:30:00Z'), 0)).toBe(true); // 03:30 KST
    expect(nightlyDue(at('2026-12-04T16:59:00Z'), 0)).toBe(false); // 01:59 KST
    expect(nightlyDue(at('2026-12-04T20:00:00Z'), 0)).toBe(false); // 05:00 KST
    expect(nightlyDue(at('2026-12-05T03:00:00Z'), 0)).toBe(false); // noon
    const ranAt = at('2026-12-04T17:10:00Z').getTime(); // 02:10 KST
    expect(nightlyDue(at('2026-12-04T19:50:00Z'), ranAt)).toBe(false); // same night
    expect(nightlyDue(at('2026-12-05T17:05:00Z'), ranAt)).toBe(true); // next night
  });
});
