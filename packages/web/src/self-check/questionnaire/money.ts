import { wonWords } from '@jibsa/rules';
/** Money input and read-back: digits with thousands separators, 만원 or 원, and amounts in Korean words. */

export type MoneyUnit = 'man' | 'won';

/** Keeps digits only (and drops leading zeros), as a person types. */
export function digitsOnly(text: string): string {
  const d = text.replace(/[^0-9]/g, '');
  return d.replace(/^0+(?=\d)/, '');
}

/** Full-width digits and marks (０-９, ．, ，, －) as a Korean keyboard may type them, made plain. */
export function halfWidth(text: string): string {
  return text.replace(/[０-９．，－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Whole digits kept at most: 11 is 999억 in 원 and well under 2^53 won in 만원, so an amount never
 * loses precision ("99999999999999" 만원 read back as "…9,999만 16원").
 */
const MAX_WHOLE_DIGITS = 11;

/**
 * A money field's text as a person types it, cleaned: a minus sign if one was typed (refused with
 * a message later, never silently dropped), digits, and one decimal point ("30.5" 만원).
 */
export function moneyChars(typed: string): string {
  const text = halfWidth(typed);
  const negative = text.includes('-');
  const body = text.replace(/[^0-9.]/g, '');
  const dot = body.indexOf('.');
  let int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? undefined : body.slice(dot + 1).replace(/\./g, '');
  int = int.replace(/^0+(?=\d)/, '').slice(0, MAX_WHOLE_DIGITS);
  if (frac !== undefined && int === '') int = '0';
  return `${negative ? '-' : ''}${int}${frac !== undefined ? `.${frac}` : ''}`;
}

/** Whether the field drops some of what was typed: anything but digits, separators, a point, a minus or 원 ("1e9"). */
export const droppedKeys = (typed: string) => /[^0-9０-９.,．，\s\-－원]/.test(typed);

/** "-1234567.5" → "-1,234,567.5": separators in the whole part only. */
export function formatMoneyChars(chars: string): string {
  const m = /^(-?)(\d*)(\.\d*)?$/.exec(chars);
  if (!m) return chars;
  return `${m[1]}${groupThousands(m[2] ?? '')}${m[3] ?? ''}`;
}

/** "1500000" → "1,500,000". */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** How many typed characters (digits, point, minus) stand before `caret`; separators not counted. */
export function digitsBefore(text: string, caret: number): number {
  // Full-width digits count as digits (they become plain ones): else the caret jumps to the start.
  return halfWidth(text.slice(0, caret)).replace(/[^0-9.-]/g, '').length;
}

/**
 * Where the caret belongs in the reformatted text so that the same digits stay before it:
 * typing or deleting in the middle of "1,500,000" must not throw the caret to the end.
 */
export function caretAfterDigits(formatted: string, digits: number): number {
  if (digits <= 0) return 0;
  let seen = 0;
  for (let i = 0; i < formatted.length; i++) {
    if (/[0-9.-]/.test(formatted[i] as string) && ++seen === digits) return i + 1;
  }
  return formatted.length;
}

/**
 * The digits after one edit of the formatted field, and how many stand before the caret.
 * Deleting only a separator deletes the digit beside it instead (Backspace: before the caret;
 * Delete: after it), as people expect; otherwise the edit would be undone on redraw.
 */
export function applyKeystroke(
  oldDigits: string,
  newText: string,
  caret: number,
  oldLength: number,
  inputType: string | undefined,
): { digits: string; caretDigits: number } {
  const digits = moneyChars(newText);
  const before = digitsBefore(newText, caret);
  const deleting = inputType === undefined || inputType.startsWith('delete');
  if (!deleting || digits !== oldDigits || newText.length >= oldLength) return { digits, caretDigits: before };
  if (inputType === 'deleteContentForward') {
    return { digits: oldDigits.slice(0, before) + oldDigits.slice(before + 1), caretDigits: before };
  }
  if (before === 0) return { digits, caretDigits: 0 };
  return { digits: oldDigits.slice(0, before - 1) + oldDigits.slice(before), caretDigits: before - 1 };
}

/** Whether a money field's text says its amount with Korean unit words ("30만", "1억 2천"). */
export const hasUnitWords = (text: string) => /[억만천백십]/.test(text);

/** A money field's text as shown: words as typed, digits with separators ("1,500,000"). */
export const moneyShown = (text: string) => (hasUnitWords(text) ? text : formatMoneyChars(moneyChars(text)));

const DIGIT_UNITS: Record<string, number> = { 천: 1000, 백: 100, 십: 10 };
const GROUP_UNITS: Record<string, number> = { 억: 100_000_000, 만: 10_000 };

/**
 * An amount typed with Korean unit words ("30만", "2천만원", "1억 2천", "5천원"), in won; null
 * when the text has no 억·만·천·백·십 (then the chosen unit decides) or cannot be read. As it is
 * said, a number left over at the end counts in the chosen unit unless 원 follows it: "1억 2천"
 * in 만원 is 1억 2천만원, "5천원" is 5,000원 in either unit. Without this the field kept the digits
 * only: "30만" with 원 chosen was saved as 30원.
 */
export function koreanAmount(typed: string, unit: MoneyUnit): number | null {
  const text = halfWidth(typed).replace(/[,\s]/g, '');
  if (!/[억만천백십]/.test(text)) return null;
  const tokens = text.replace(/원$/, '').match(/(\d+(?:\.\d+)?)?([억만천백십])|\d+(?:\.\d+)?/g);
  if (!tokens || tokens.join('') !== text.replace(/원$/, '')) return null;
  let total = 0;
  let group = 0;
  for (const token of tokens) {
    const m = /^(\d+(?:\.\d+)?)?([억만천백십])?$/.exec(token);
    const n = m?.[1] === undefined ? undefined : Number(m[1]);
    const word = m?.[2];
    if (word && GROUP_UNITS[word]) {
      total += (group + (n ?? (group === 0 ? 1 : 0))) * (GROUP_UNITS[word] as number);
      group = 0;
    } else if (word && DIGIT_UNITS[word]) group += (n ?? 1) * (DIGIT_UNITS[word] as number);
    else group += n ?? 0;
  }
  const won = total + group * (unit === 'man' && !text.endsWith('원') ? 10_000 : 1);
  return Number.isFinite(won) ? Math.round(won) : null;
}

/** What the person typed, in won (negative if a minus was typed); null when there is no number. */
export function parseMoney(text: string, unit: MoneyUnit): number | null {
  if (hasUnitWords(text)) {
    const worded = koreanAmount(text.replace(/[-－]/g, ''), unit);
    if (worded === null || !Number.isSafeInteger(worded)) return null;
    // A minus stays, to be refused with its own message, as with digits.
    return /[-－]/.test(text) ? -worded : worded;
  }
  const chars = moneyChars(text);
  if (!/\d/.test(chars)) return null;
  const n = Number(chars.endsWith('.') ? chars.slice(0, -1) : chars);
  if (!Number.isFinite(n)) return null;
  return unit === 'man' ? Math.round(n * 10_000) : n;
}

/**
 * An amount written in a plain text box (not the money input, which drops stray keys as they are
 * typed): digits with separators, or Korean words ("12만", "3억 4,500만원"), in won; null when the
 * text is anything else, so "12abc" is refused rather than read as 12.
 */
export function strictAmount(typed: string, unit: MoneyUnit): number | null {
  const text = halfWidth(typed).replace(/\s/g, '');
  if (hasUnitWords(text)) return koreanAmount(text, unit);
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(원)?$/.exec(text);
  if (!m) return null;
  const n = Number(`${(m[1] as string).replace(/,/g, '')}${m[2] ?? ''}`);
  return Math.round(unit === 'man' && !m[3] ? n * 10_000 : n);
}

/** A stored amount in won shown back in the chosen unit ("35" 만원, or "350,000" 원). */
export function moneyToText(won: number, unit: MoneyUnit): string {
  if (unit === 'man') {
    return formatMoneyChars(String(won / 10_000));
  }
  return groupThousands(String(Math.round(won)));
}

/** Which unit fits a stored amount: 만원 when it is a whole number of 만원. */
export function unitFor(won: number | undefined): MoneyUnit {
  return won === undefined || won % 10_000 === 0 ? 'man' : 'won';
}

/** 3,500,000 → "350만원"; 150,000,000 → "1억 5,000만원"; 5,000 → "5,000원"; 0 → "0원" (the rules' wonWords, digits kept). */
export function wonInKoreanWords(won: number): string {
  return wonWords(won, false, false);
}

/** 350,000 → "350,000 won". */
export function wonInEnglish(won: number): string {
  return `${groupThousands(String(Math.round(won)))} won`;
}

/** The read-back under a money input: "월 35만원" / "35만원" / "350,000 won a month". */
export function moneyReadBack(won: number, perMonth: boolean, lang: 'ko' | 'en'): string {
  if (lang === 'en') return perMonth ? `${wonInEnglish(won)} a month` : wonInEnglish(won);
  return perMonth ? `월 ${wonInKoreanWords(won)}` : wonInKoreanWords(won);
}

/** "월 약 247,000원" for an estimated monthly amount. */
export function estimatedAmount(won: number, perMonth: boolean, lang: 'ko' | 'en'): string {
  const s = groupThousands(String(Math.round(won)));
  if (lang === 'en') return perMonth ? `about ${s} won a month` : `about ${s} won`;
  return perMonth ? `월 약 ${s}원` : `약 ${s}원`;
}
