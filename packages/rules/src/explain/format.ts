import type { Val } from '../eval-scalar/context.ts';
import type {} from '../expr/nodes.ts';
import type { Unit } from '../parameters/types.ts';
import type { Label } from '../schema/fields.ts';

/**
 * Formatting without Intl so output is identical in every browser and in Node:
 * thousands separators, at most two decimals, units in the reader's language.
 */
export function formatNumber(n: number): string {
  // Integers (almost every amount, count and age) skip toFixed, split and two regexes:
  // this runs for every value an explanation shows. The result is the same string.
  if (Number.isSafeInteger(n)) return n < 0 ? `-${groupInt(-n)}` : groupInt(n);
  const neg = n < 0;
  const [int = '0', frac = ''] = Math.abs(n).toFixed(2).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const f = frac.replace(/0+$/, '');
  return `${neg ? '-' : ''}${grouped}${f ? `.${f}` : ''}`;
}

/** ",000" to ",999": the groups after the first, with their separator, are looked up, not cut from a string and padded. */
const GROUPS: readonly string[] = Array.from({ length: 1000 }, (_, i) => `,${String(i).padStart(3, '0')}`);

/**
 * A safe integer ≥ 0 with thousands separators, as formatNumber's regex inserts them, taken three digits
 * at a time from the number itself. `(n - r) / 1000` divides a multiple of 1000, so it is exact.
 */
function groupInt(n: number): string {
  if (n < 1000) return String(n);
  if (n <= 0x7fffffff) return groupInt32(n | 0);
  let r = n % 1000;
  let out = GROUPS[r] as string;
  n = (n - r) / 1000;
  while (n >= 1000) {
    r = n % 1000;
    out = (GROUPS[r] as string) + out;
    n = (n - r) / 1000;
  }
  return String(n) + out;
}

export function formatValue(val: Val, unit: Unit | null, valueLabels?: Readonly<Record<string, Label>>): Label {
  if (val === null) return { ko: '알 수 없음', en: 'unknown' };
  if (typeof val === 'boolean') return val ? { ko: '예', en: 'yes' } : { ko: '아니요', en: 'no' };
  if (typeof val === 'string') return valueLabels?.[val] ?? { ko: val, en: val };
  const s = formatNumber(val);
  switch (unit) {
    case 'KRW':
    case 'KRW/month':
    case 'KRW/year':
      return { ko: `${s}원`, en: `${s} won` };
    case 'ratio':
      return { ko: `${formatNumber(val * 100)}%`, en: `${formatNumber(val * 100)}%` };
    case 'years':
      return { ko: `${s}년`, en: `${s} ${val === 1 ? 'year' : 'years'}` };
    case 'm2':
      return { ko: `${s}㎡`, en: `${s} m²` };
    default:
      return { ko: s, en: s };
  }
}

/**
 * An amount of won in words: "20만원", "5천만원", "1억 2,200만원", "350만 5,000원"; in English
 * "200,000 won", "50 million won". `cheon` writes whole thousands of 만 as 천만 ("5천만원"), as
 * catalog texts do; the self-check's read-back of a typed amount keeps digits ("5,000만원").
 */
export function wonWords(won: number, en: boolean, cheon = true): string {
  if (en) return won >= 1e6 && won % 1e4 === 0 ? `${formatNumber(won / 1e6)} million won` : `${formatNumber(won)} won`;
  const n = Math.round(won);
  if (n === 0) return '0원';
  const eok = Math.floor(n / 1e8);
  const man = Math.floor((n % 1e8) / 1e4);
  const rest = n % 1e4;
  const parts: string[] = [];
  if (eok) parts.push(`${formatNumber(eok)}억`);
  if (man) parts.push(cheon && man % 1000 === 0 ? `${man / 1000}천만` : `${formatNumber(man)}만`);
  if (rest) parts.push(formatNumber(rest));
  return `${parts.join(' ')}원`;
}

/**
 * groupInt for 1,000 ≤ n < 2³¹ (amounts, ages and counts): held as a 32-bit integer, its remainders
 * are integer arithmetic, where a floating-point remainder of any number costs a call each.
 */
function groupInt32(n: number): string {
  let r = n % 1000;
  let out = GROUPS[r] as string;
  n = ((n - r) / 1000) | 0;
  while (n >= 1000) {
    r = n % 1000;
    out = (GROUPS[r] as string) + out;
    n = ((n - r) / 1000) | 0;
  }
  return String(n) + out;
}

/** True when the word's last sound has a final consonant (받침), choosing 이/가, 과/와, 을/를. */
export function hasBatchim(word: string): boolean {
  // The last character but trailing white space (as trim), read as a code: no trimmed copy, no
  // one-character string, as this runs for nearly every figure a reason shows.
  let i = word.length - 1;
  while (i >= 0 && isWhite(word.charCodeAt(i))) i--;
  const code = word.charCodeAt(i);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 !== 0;
  // Korean digit names that end in a final consonant: 영 일 삼 육 칠 팔 (and 십 백 천 …); ² and ㎡
  // read 제곱미터, which has none.
  return code === 48 || code === 49 || code === 51 || code === 54 || code === 55 || code === 56;
}

/** The white space and line terminators `trim` removes (ECMAScript WhiteSpace, LineTerminator). */
function isWhite(c: number): boolean {
  if (c > 32 && c < 160) return false;
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Attach a particle pair, e.g. josa('1,000원', '이', '가') → "1,000원이". */
export function josa(word: string, withBatchim: string, without: string): string {
  return `${word}${hasBatchim(word) ? withBatchim : without}`;
}

export function capitalize(s: string): string {
  // Most sentences begin with an ASCII letter or digit: no case tables, no new string when already upper.
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122 ? String.fromCharCode(c - 32) + s.slice(1) : s;
  return s.charAt(0).toUpperCase() + s.slice(1);
}
