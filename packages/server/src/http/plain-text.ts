import type { FastifyInstance } from 'fastify';

/**
 * Characters nobody sees that make equal text unequal: zero-width space and non-joiner, word
 * joiner, byte-order mark, soft hyphen, direction marks and bidirectional embeddings, overrides
 * and isolates (an override can make a name or a file name read backwards). The zero-width
 * joiner (U+200D) stays: emoji sequences are built with it.
 */
const INVISIBLE = /[\u00AD\u200B\u200C\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
const NOT_ASCII = /[\u0080-\uFFFF]/;
/** Passwords are compared as typed (argon2 hashes of the exact bytes); a change would lock people out. */
const AS_TYPED = new Set(['password', 'currentPassword', 'newPassword', 'temporaryPassword']);

/**
 * Text as one form: Hangul composed (NFC; a name pasted from a Mac arrives decomposed, NFD, and
 * then matched no one in the duplicate check or the search) and without invisible characters
 * (ten zero-width spaces and "김다온" are not a new person).
 */
export function plainText(s: string): string {
  return NOT_ASCII.test(s) ? s.normalize('NFC').replace(INVISIBLE, '') : s;
}

/** Every string value of a parsed body or query, in place (keys are left as sent). */
export function plainTextIn(value: unknown): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    const obj = v as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      const child = obj[key];
      if (typeof child === 'string') {
        if (!AS_TYPED.has(key)) obj[key] = plainText(child);
      } else if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
}

/** After the hostile-input check (so depth and size are bounded), before the schema. */
export function plainTextInput(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    plainTextIn(request.body);
    plainTextIn(request.query);
  });
}
