/**
 * Dates travel as ISO strings ("2025-03-01") and are compared as yyyymmdd integers:
 * string order equals date order, and whole years between two dates are
 * trunc((later - earlier) / 10000), the same arithmetic the batch and SQL backends use.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in ISO form (rejects 2025-02-30). */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  return d <= days;
}

/** "2025-03-01" → 20250301. Callers validate first. */
export function dateToNum(s: string): number {
  // charCodeAt rather than slice/Number: this runs for every member's birth date.
  const d = (i: number) => s.charCodeAt(i) - 48;
  return (d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3)) * 10000 + (d(5) * 10 + d(6)) * 100 + d(8) * 10 + d(9);
}

/** Whole years from `fromYmd` to `asOfYmd`; negative when `fromYmd` is in the future. */
export function wholeYears(fromYmd: number, asOfYmd: number): number {
  return Math.trunc((asOfYmd - fromYmd) / 10000);
}

/**
 * Same arithmetic as dateToNum (tested equal), written without its inner arrow
 * function: under tsx/esbuild's keepNames every closure creation also pays a `__name` call,
 * and this runs for every member's birth date.
 */
export function ymd(s: string): number {
  return (
    (digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3)) * 10000 +
    (digit(s, 5) * 10 + digit(s, 6)) * 100 +
    digit(s, 8) * 10 +
    digit(s, 9)
  );
}

function digit(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}
