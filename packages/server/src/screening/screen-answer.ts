import { screenHousehold } from '@jibsa/programs';
import { utf8 } from '../http/utf8.ts';
import { fullScreening, type Lang } from './lean.ts';
import { leanScreeningBytes } from './lean-bytes.ts';

/** One POST /api/screen, once its body and query have passed their schema. */
export interface ScreenJob {
  readonly household: unknown;
  readonly date?: string;
  readonly detail?: 'lean' | 'full';
  readonly lang?: Lang;
}

/** A field the engine refused, named from the request body's root. */
export interface ScreenFieldError {
  readonly path: string;
  readonly ko: string;
  readonly en: string;
}

export type ScreenAnswer = { ok: true; bytes: Uint8Array } | { ok: false; errors: ScreenFieldError[] };

/**
 * The answer's bytes, or the fields the engine refused: the same on the request's thread and on a
 * screening thread (screen-pool.ts). The lean answer is written straight as UTF-8 bytes
 * (lean-bytes.ts: the bytes of JSON.stringify(leanScreening(...)), with what every household shares
 * encoded once); the full one by JSON.stringify, not the schema-compiled serialiser: these answers
 * are mostly Korean and English text, which V8's native JSON writes faster (bench section http
 * measures them), then made bytes in one pass (utf8).
 */
export function screenAnswer(job: ScreenJob): ScreenAnswer {
  // The schema has checked shapes and ranges; the engine adds what a schema cannot say
  // (a birth date against an age, an address against its code), field by field in Korean.
  const outcome = screenHousehold(job.household, job.date ? { date: job.date } : {});
  if (!outcome.ok)
    return {
      ok: false,
      errors: outcome.errors.map((e) => ({ path: `household.${e.path}`, ko: e.message.ko, en: e.message.en })),
    };
  const bytes =
    job.detail === 'full' ? utf8(JSON.stringify(fullScreening(outcome))) : leanScreeningBytes(outcome, job.lang);
  return { ok: true, bytes };
}
