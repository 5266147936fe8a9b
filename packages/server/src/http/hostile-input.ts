import type { FastifyInstance } from 'fastify';
import { fail } from './error-codes.ts';
import { type FieldError, fieldError } from './problem.ts';

/** Limits that hold for every request part, before any schema runs (documented in the README). */
export const INPUT_LIMITS = {
  /** Objects and arrays nested deeper than this are refused (a household is 3 deep). */
  maxDepth: 16,
  /** No array in any request may be longer (members, program lists …). */
  maxArrayLength: 1000,
  /** Every key and value counted together. */
  maxNodes: 20_000,
} as const;

// A lone surrogate half cannot be stored as UTF-8; NUL cannot be stored in PostgreSQL text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what is refused here.
const BAD_CHARACTER = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Walks a parsed request part without recursion (so depth itself cannot overflow the stack) and
 * lists what no route may receive: NUL or broken characters in any string or key, deep nesting,
 * huge arrays. At most a few errors are listed: a hostile body should not make a huge answer.
 */
export function hostileInputErrors(value: unknown, part: string): FieldError[] {
  const errors: FieldError[] = [];
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: value, path: '', depth: 0 }];
  let nodes = 0;
  while (stack.length > 0 && errors.length < 5) {
    const { v, path, depth } = stack.pop() as { v: unknown; path: string; depth: number };
    const where = path || part;
    if (++nodes > INPUT_LIMITS.maxNodes) {
      errors.push(
        fieldError(
          part,
          `항목이 너무 많습니다 (${INPUT_LIMITS.maxNodes}개 이하).`,
          `has too many values (at most ${INPUT_LIMITS.maxNodes}).`,
          'maxNodes',
        ),
      );
      break;
    }
    if (typeof v === 'string') {
      if (BAD_CHARACTER.test(v)) {
        errors.push(
          fieldError(
            where,
            '쓸 수 없는 문자가 들어 있습니다.',
            'contains a character that is not allowed (NUL or a broken character).',
            'character',
          ),
        );
      }
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth >= INPUT_LIMITS.maxDepth) {
      errors.push(
        fieldError(
          where,
          `너무 깊게 겹쳐 있습니다 (${INPUT_LIMITS.maxDepth}단계 이하).`,
          `is nested too deeply (at most ${INPUT_LIMITS.maxDepth} levels).`,
          'depth',
        ),
      );
      continue;
    }
    if (Array.isArray(v)) {
      if (v.length > INPUT_LIMITS.maxArrayLength) {
        errors.push(
          fieldError(
            where,
            `목록이 너무 깁니다 (${INPUT_LIMITS.maxArrayLength}개 이하).`,
            `is too long (at most ${INPUT_LIMITS.maxArrayLength} items).`,
            'maxItems',
          ),
        );
        continue;
      }
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: join(path, String(i)), depth: depth + 1 });
      continue;
    }
    for (const [key, child] of Object.entries(v)) {
      if (BAD_CHARACTER.test(key)) {
        errors.push(
          fieldError(
            where,
            '항목 이름에 쓸 수 없는 문자가 있습니다.',
            'has a key with a character that is not allowed.',
            'character',
          ),
        );
        continue;
      }
      stack.push({ v: child, path: join(path, key), depth: depth + 1 });
    }
  }
  return errors;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Runs the check on body, query string and path parameters of every route, before validation. */
export function refuseHostileInput(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const errors = [
      ...hostileInputErrors(request.params, 'params'),
      ...hostileInputErrors(request.query, 'query'),
      ...hostileInputErrors(request.body, '(body)'),
    ];
    if (errors.length > 0) {
      throw fail('JIBSA_VALIDATION', { errors });
    }
  });
}
