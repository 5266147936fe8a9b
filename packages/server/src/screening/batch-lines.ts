import { BatchScreener, type LineOutcome } from '@jibsa/programs/batch';
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

/**
 * Answers a block of input lines, one NDJSON line each, in the shape `jibsa screen-many` writes:
 * `{line, ok: true, date, rulesVersion, programs}` or `{line, ok: false, errors: [{path, message}]}`.
 */
export function answerBlock(block: readonly InputLine[], screener: BatchScreener, limits: LineLimits): string {
  const households: unknown[] = [];
  const parsed: Array<{ line: number; household?: unknown; error?: object }> = [];
  for (const l of block) {
    if ('refused' in l) {
      const message = REFUSED[l.refused](limits);
      parsed.push({ line: l.line, error: { path: '', code: l.refused, message } });
      continue;
    }
    try {
      const household = JSON.parse(l.text);
      households.push(household);
      parsed.push({ line: l.line, household });
    } catch (error) {
      const why = (error as Error).message;
      parsed.push({
        line: l.line,
        error: { path: '', message: { ko: `JSON 형식이 아닙니다: ${why}`, en: `not valid JSON: ${why}` } },
      });
    }
  }
  const outcomes = households.length > 0 ? screener.screen(households) : [];
  let k = 0;
  let text = '';
  for (const p of parsed) {
    if (p.error) {
      text += `${JSON.stringify({ line: p.line, ok: false, errors: [p.error] })}\n`;
      continue;
    }
    const out = outcomes[k++] as LineOutcome;
    text += out.ok
      ? `${JSON.stringify({ line: p.line, ok: true, date: screener.date, rulesVersion: screener.rulesVersion, programs: out.programs })}\n`
      : `${JSON.stringify({ line: p.line, ok: false, errors: out.errors })}\n`;
  }
  return text;
}
