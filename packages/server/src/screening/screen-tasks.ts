import { BatchScreener, type LineOutcome } from '@jibsa/programs/batch';
import { type ScreenAnswer, type ScreenJob, screenAnswer } from './screen-answer.ts';

/**
 * The work a screening thread does (screen-pool.ts, screen-worker.ts): one POST /api/screen answer,
 * or a slice of a 발굴 list's households on the batch path. Either runs as well on the request
 * thread, which is what a server with no threads (or one shutting down) does.
 */
export type ScreenTask =
  | { readonly kind: 'answer'; readonly job: ScreenJob }
  | { readonly kind: 'lines'; readonly date: string; readonly households: readonly unknown[] };

export type TaskResult<T extends ScreenTask> = T extends { kind: 'answer' } ? ScreenAnswer : LineOutcome[];

// One batch screener per screening date, kept: compiling the catalog for a date is the costly part.
const screeners = new Map<string, BatchScreener>();

export function runTask(task: ScreenTask): ScreenAnswer | LineOutcome[] {
  if (task.kind === 'answer') return screenAnswer(task.job);
  let screener = screeners.get(task.date);
  if (!screener) {
    screener = new BatchScreener(task.date);
    // A server screens lists of a few dates at a time; an old date is compiled again if it comes back.
    if (screeners.size >= 8) screeners.clear();
    screeners.set(task.date, screener);
  }
  return screener.screen(task.households, { missing: true });
}
