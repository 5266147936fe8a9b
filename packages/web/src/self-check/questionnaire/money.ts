/** Money input and read-back: digits with thousands separators, 만원 or 원, and amounts in Korean words. */

export type MoneyUnit = 'man' | 'won';

/** Keeps digits only (and drops leading zeros), as a person types. */
export function digitsOnly(text: string): string {
  const d = text.replace(/[^0-9]/g, '');
  return d.replace(/^0+(?=\d)/, '');
}

/** "1500000" → "1,500,000". */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** How many digits stand before `caret` in what the person sees (separators not counted). */
export function digitsBefore(text: string, caret: number): number {
  return text.slice(0, caret).replace(/[^0-9]/g, '').length;
}

/**
 * Where the caret belongs in the reformatted text so that the same digits stay before it:
 * typing or deleting in the middle of "1,500,000" must not throw the caret to the end.
 */
export function caretAfterDigits(formatted: string, digits: number): number {
  if (digits <= 0) return 0;
  let seen = 0;
  for (let i = 0; i < formatted.length; i++) {
    if (/[0-9]/.test(formatted[i] as string) && ++seen === digits) return i + 1;
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
  const digits = digitsOnly(newText);
  const before = digitsBefore(newText, caret);
  if (digits !== oldDigits || newText.length >= oldLength) return { digits, caretDigits: before };
  if (inputType === 'deleteContentForward') {
    return { digits: oldDigits.slice(0, before) + oldDigits.slice(before + 1), caretDigits: before };
  }
  if (before === 0) return { digits, caretDigits: 0 };
  return { digits: oldDigits.slice(0, before - 1) + oldDigits.slice(before), caretDigits: before - 1 };
}

/** What the person typed, in won; null when empty. */
export function parseMoney(text: string, unit: MoneyUnit): number | null {
  const d = digitsOnly(text);
  if (!d) return null;
  const n = Number(d);
  return unit === 'man' ? n * 10_000 : n;
}

/** A stored amount in won shown back in the chosen unit ("35" 만원, or "350,000" 원). */
export function moneyToText(won: number, unit: MoneyUnit): string {
  if (unit === 'man') {
    const man = won / 10_000;
    return Number.isInteger(man) ? groupThousands(String(man)) : String(man);
  }
  return groupThousands(String(Math.round(won)));
}

/** Which unit fits a stored amount: 만원 when it is a whole number of 만원. */
export function unitFor(won: number | undefined): MoneyUnit {
  return won === undefined || won % 10_000 === 0 ? 'man' : 'won';
}

/** 3,500,000 → "350만원"; 150,000,000 → "1억 5,000만원"; 5,000 → "5,000원"; 0 → "0원". */
export function wonInKoreanWords(won: number): string {
  const n = Math.round(won);
  if (n === 0) return '0원';
  const eok = Math.floor(n / 100_000_000);
  const man = Math.floor((n % 100_000_000) / 10_000);
  const rest = n % 10_000;
  const parts: string[] = [];
  if (eok) parts.push(`${groupThousands(String(eok))}억`);
  if (man) parts.push(`${groupThousands(String(man))}만`);
  if (rest) parts.push(groupThousands(String(rest)));
  return `${parts.join(' ')}원`;
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
