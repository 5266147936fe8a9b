import { fail } from './error-codes.ts';

/**
 * An opaque cursor over lists ordered newest first by (created_at, id). The timestamp travels as
 * PostgreSQL's own text, at full microsecond precision, so no row is skipped between pages. The id
 * is a UUID, or a bigserial's digits (the audit log).
 */
export interface CursorKey {
  at: string;
  id: string;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.at, key.id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): CursorKey | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string' &&
      !Number.isNaN(Date.parse(value[0])) &&
      /^([0-9a-f-]{36}|[0-9]{1,19})$/.test(value[1])
    ) {
      return { at: value[0], id: value[1] };
    }
  } catch {
    // falls through to the field error
  }
  throw fail('JIBSA_VALIDATION', {
    errors: [
      {
        path: 'query.cursor',
        code: 'cursor',
        detail: 'query.cursor: 목록의 다음 쪽 표시가 올바르지 않습니다. 처음부터 다시 불러 주세요.',
        detail_en: 'query.cursor: not a cursor from this list. Start again from the first page.',
      },
    ],
  });
}
