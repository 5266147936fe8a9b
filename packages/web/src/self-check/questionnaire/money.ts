import { wonWords } from '@jibsa/rules';
/** Money input and read-back: digits with thousands separators, 만원 or 원, and amounts in Korean words. */

export type MoneyUnit = 'man' | 'won';

/** Keeps digits only (and drops leading zeros), as a person types. */
export function digitsOnly(text: string): string {
  const d = text.replace(/[^0-9]/g, '');
  return d.replace(/^0+(?=\d)/, '');
}

/**
 * A money field's text as a person types it, cleaned: a minus sign if one was typed (refused with
 * a message later, never silently dropped), digits, and one decimal point ("30.5" 만원).
 */
export function moneyChars(text: string): string {
  const negative = text.includes('-');
  const body = text.replace(/[^0-9.]/g, '');
  const dot = body.indexOf('.');
  let int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? undefined : body.slice(dot + 1).replace(/\./g, '');
  int = int.replace(/^0+(?=\d)/, '');
  if (frac !== undefined && int === '') int = '0';
  return `${negative ? '-' : ''}${int}${frac !== undefined ? `.${frac}` : ''}`;
}

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
  return text.slice(0, caret).replace(/[^0-9.-]/g, '').length;
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

/** What the person typed, in won (negative if a minus was typed); null when there is no number. */
export function parseMoney(text: string, unit: MoneyUnit): number | null {
  const chars = moneyChars(text);
  if (!/\d/.test(chars)) return null;
  const n = Number(chars.endsWith('.') ? chars.slice(0, -1) : chars);
  if (!Number.isFinite(n)) return null;
  return unit === 'man' ? Math.round(n * 10_000) : n;
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
