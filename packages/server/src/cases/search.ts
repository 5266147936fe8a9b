import { getChoseong } from 'es-hangul';

/** A name as it is searched: no spaces, so "김 민수" and "김민수" are the same person on paper. */
export const compactName = (name: string) => name.replace(/\s+/g, '');

/** Search keys stored beside a case: compact names, their 초성, and phone digits, space-separated. */
export function searchKeys(people: readonly { name: string; phone: string | null }[]) {
  const names = people.map((p) => compactName(p.name));
  return {
    search_names: names.join(' '),
    search_choseong: names.map((n) => getChoseong(n)).join(' '),
    search_phones: people.flatMap((p) => (p.phone ? [p.phone] : [])).join(' '),
  };
}

export type SearchTerm =
  | { column: 'number'; value: string }
  /** A case's serial as said aloud ("41번"): the case numbers of the years cases were numbered in, or a phone's digits. */
  | { column: 'serial'; numbers: readonly string[]; phoneDigits: string | null }
  /** A consultation request's 접수 번호 (JB-2D2-A6T), which the person was told to quote: the case that took it. */
  | { column: 'reference'; value: string }
  | { column: 'search_phones'; value: string }
  | { column: 'search_choseong'; value: string }
  | { column: 'search_names'; value: string };

const CHOSEONG_ONLY = /^[ㄱ-ㅎ]+$/;

/** The first year cases were numbered in (case numbers are C-<year>-<serial>). */
const FIRST_CASE_YEAR = 2024;
/** The 접수 번호 alphabet (consultations/reference.ts): no 0/O, 1/I/L. */
const REFERENCE = /^(?:JB-?)?([2-9A-HJKMNP-Z]{3})-?([2-9A-HJKMNP-Z]{3})$/;

/**
 * What a counselor typed, read as a case number (whole, its start, or its serial alone), a 접수 번호,
 * a phone number, 초성 or (part of) a name. `year` is this year, for a serial said alone.
 */
export function classifySearch(text: string, year = new Date().getFullYear()): SearchTerm | undefined {
  const compact = text.replace(/\s+/g, '');
  if (!compact) return undefined;
  const upper = compact.toUpperCase();
  const reference = upper.match(REFERENCE);
  // Six letters and digits, with the JB- or with both a letter and a digit: not a name or a phone.
  if (reference && (upper.startsWith('JB') || (/\d/.test(upper) && /[A-Z]/.test(upper)))) {
    return { column: 'reference', value: `JB-${reference[1]}-${reference[2]}` };
  }
  const serial = compact.match(/^(\d{1,6})(?:번)?$/);
  if (serial) {
    const padded = (serial[1] as string).padStart(6, '0');
    const numbers = Array.from(
      { length: Math.max(1, year - FIRST_CASE_YEAR + 1) },
      (_, i) => `C-${year - i}-${padded}`,
    );
    return { column: 'serial', numbers, phoneDigits: (serial[1] as string).length >= 3 ? (serial[1] as string) : null };
  }
  const number = compact.toUpperCase().match(/^C-?(\d{1,4})(?:-?(\d*))?$/);
  if (number) {
    // "C-2026-000123", "c2026000123" and "C-2026-00" are all the start of a case number.
    const [, year = '', serial] = number;
    return { column: 'number', value: year.length === 4 && serial !== undefined ? `C-${year}-${serial}` : `C-${year}` };
  }
  const digits = compact.replace(/[-().+]/g, '');
  if (/^\d{3,}$/.test(digits)) return { column: 'search_phones', value: digits };
  if (CHOSEONG_ONLY.test(compact)) return { column: 'search_choseong', value: compact };
  return { column: 'search_names', value: compact };
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);
/** A LIKE pattern that finds `value` anywhere, with the user's % and _ taken literally. */
export const containsPattern = (value: string) => `%${escapeLike(value)}%`;
/** A LIKE pattern for values that start with `value` (a btree index answers it). */
export const prefixPattern = (value: string) => `${escapeLike(value)}%`;
