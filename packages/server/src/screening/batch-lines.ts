import { BatchScreener, type LineOutcome } from '@jibsa/programs/batch';
import { hostileInputErrors } from '../http/hostile-input.ts';
import type { InputLine, LineLimits } from './ndjson-lines.ts';

/** Limits of one POST /api/screen/batch (documented in the README and the route's description). */
export const BATCH_LIMITS: LineLimits = {
  // The same as one POST /api/screen body.
  maxLineBytes: 64 * 1024,
  maxLines: 10_000,
  maxBytes: 16 * 1024 * 1024,
};

/** At most this many lines are decided together, so one huge chunk does not hold the loop long. */
export const BLOCK_LINES = 512;

// Compiling every program for a date takes a while; requests mostly ask for today or a few dates.
const screeners = new Map<string, BatchScreener>();
export function screenerFor(date: string): BatchScreener {
  let s = screeners.get(date);
  if (!s) {
    s = new BatchScreener(date);
    if (screeners.size >= 8) screeners.delete(screeners.keys().next().value as string);
    screeners.set(date, s);
  }
  return s;
}

const REFUSED = {
  lineTooLong: (l: LineLimits) => ({
    ko: `줄이 너무 깁니다 (${l.maxLineBytes.toLocaleString('ko-KR')}바이트 이하). 이 가구는 선별하지 않았습니다.`,
    en: `line is too long (at most ${l.maxLineBytes} bytes); this household was not screened.`,
  }),
  bodyTooLarge: (l: LineLimits) => ({
    ko: `한 번에 ${(l.maxBytes / 1024 / 1024).toLocaleString('ko-KR')}MB까지 받습니다. 이 줄부터는 따로 다시 보내 주세요.`,
    en: `at most ${l.maxBytes / 1024 / 1024} MB per request; send the lines from here on in another request.`,
  }),
  tooManyLines: (l: LineLimits) => ({
    ko: `한 번에 ${l.maxLines.toLocaleString('ko-KR')}줄까지 받습니다. 이 줄부터는 따로 다시 보내 주세요.`,
    en: `at most ${l.maxLines} lines per request; send the lines from here on in another request.`,
  }),
} as const;

type LineError = { path: string; code?: string; message: { ko: string; en: string } };

/** A line's household, or its errors: not JSON, or past the limits every request body has (depth, sizes, characters). */
function readLine(text: string): { household: unknown } | { errors: LineError[] } {
  let household: unknown;
  try {
    household = JSON.parse(text);
  } catch (error) {
    const why = (error as Error).message;
    return { errors: [{ path: '', message: { ko: `JSON 형식이 아닙니다: ${why}`, en: `not valid JSON: ${why}` } }] };
  }
  const hostile = hostileInputErrors(household, '');
  if (hostile.length === 0) return { household };
  // fieldError words each detail as "path: message"; a row names the path apart.
  const bare = (detail: string, path: string) =>
    path && detail.startsWith(`${path}: `) ? detail.slice(path.length + 2) : detail;
  return {
    errors: hostile.map((e) => ({
      path: e.path,
      code: e.code,
      message: { ko: bare(e.detail, e.path), en: bare(e.detail_en, e.path) },
    })),
  };
}

/**
 * Answers a block of input lines, one NDJSON line each, in the shape `jibsa screen-many` writes:
 * `{line, ok: true, date, rulesVersion, programs}` or `{line, ok: false, errors: [{path, message}]}`.
 */
export function answerBlock(block: readonly InputLine[], screener: BatchScreener, limits: LineLimits): string {
  const households: unknown[] = [];
  const read: Array<{ line: number; errors?: readonly LineError[] }> = [];
  for (const l of block) {
    if ('refused' in l) {
      read.push({ line: l.line, errors: [{ path: '', code: l.refused, message: REFUSED[l.refused](limits) }] });
      continue;
    }
    const one = readLine(l.text);
    if ('errors' in one) read.push({ line: l.line, errors: one.errors });
    else {
      households.push(one.household);
      read.push({ line: l.line });
    }
  }
  const outcomes = households.length > 0 ? screener.screen(households) : [];
  let k = 0;
  let text = '';
  for (const r of read) {
    if (r.errors) {
      text += `${JSON.stringify({ line: r.line, ok: false, errors: r.errors })}\n`;
      continue;
    }
    const out = outcomes[k++] as LineOutcome;
    text += out.ok
      ? `${JSON.stringify({ line: r.line, ok: true, date: screener.date, rulesVersion: screener.rulesVersion, programs: out.programs })}\n`
      : `${JSON.stringify({ line: r.line, ok: false, errors: out.errors })}\n`;
  }
  return text;
}
