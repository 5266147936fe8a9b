import { describe, expect, it } from 'vitest';
import { classifySearch } from '../../src/cases/search.ts';

describe('what a counselor types in the case search', () => {
  it('reads a serial said alone as the case numbers of every year since numbering began, and 3+ digits also as a phone', () => {
    expect(classifySearch('41', 2026)).toEqual({
      column: 'serial',
      numbers: ['C-2026-000041', 'C-2025-000041', 'C-2024-000041'],
      phoneDigits: null,
    });
    expect(classifySearch('1234번', 2026)).toMatchObject({ column: 'serial', phoneDigits: '1234' });
    // Longer runs of digits are phones only; a dashed phone too.
    expect(classifySearch('01077771234', 2026)).toEqual({ column: 'search_phones', value: '01077771234' });
    expect(classifySearch('7777-1234', 2026)).toEqual({ column: 'search_phones', value: '77771234' });
  });

  it('reads a 접수 번호 with or without its JB- and dashes, in any case; not a plain word', () => {
    for (const q of ['JB-2D2-A6T', 'jb-2d2-a6t', 'JB2D2A6T', '2D2A6T', '2d2-a6t']) {
      expect(classifySearch(q, 2026), q).toEqual({ column: 'reference', value: 'JB-2D2-A6T' });
    }
    // Six letters with no digit may be a (romanised) name; a 0 or an O is not in the alphabet.
    expect(classifySearch('ABCDEF', 2026)?.column).toBe('search_names');
    expect(classifySearch('JB-0D2-A6T', 2026)?.column).not.toBe('reference');
    expect(classifySearch('C-2026-000041', 2026)).toEqual({ column: 'number', value: 'C-2026-000041' });
  });
});
