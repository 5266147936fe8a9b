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
  | { column: 'search_phones'; value: string }
  | { column: 'search_choseong'; value: string }
  | { column: 'search_names'; value: string };

const CHOSEONG_ONLY = /^[ㄱ-ㅎ]+$/;

/** What a counselor typed, read as a case number, a phone number, 초성 or (part of) a name. */
export function classifySearch(text: string): SearchTerm | undefined {
  const compact = text.replace(/\s+/g, '');
  if (!compact) return undefined;
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
