type Words = { ko: string; en: string };

/**
 * A short reason a person must give (why a referral is on hold, why an earlier version's text was
 * removed): trimmed, present, and at most `max` characters as a person counts them (code points, so
 * a Hangul syllable is one). Each caller words its own problems; the rule is the same for both.
 */
export function shortReason(
  raw: string | null | undefined,
  max: number,
  words: { missing: Words; tooLong: (length: number) => Words },
): { ok: true; reason: string; length: number } | ({ ok: false; code: 'required' | 'maxLength' } & Words) {
  const reason = raw?.trim() ?? '';
  if (!reason) return { ok: false, code: 'required', ...words.missing };
  const length = [...reason].length;
  if (length > max) return { ok: false, code: 'maxLength', ...words.tooLong(length) };
  return { ok: true, reason, length };
}
