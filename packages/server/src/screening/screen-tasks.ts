import type { LineOutcome } from '@jibsa/programs/batch';
import { screenerFor } from './batch-lines.ts';
import { type ScreenAnswer, type ScreenJob, screenAnswer } from './screen-answer.ts';

/**
 * The work a screening thread does (screen-pool.ts, screen-worker.ts): one POST /api/screen answer,
 * or a slice of a 발굴 list's households on the batch path. Either runs as well on the request
 * thread, which is what a server with no threads (or one shutting down) does.
 */
export type ScreenTask =
  | { readonly kind: 'answer'; readonly job: ScreenJob }
  | { readonly kind: 'lines'; readonly date: string; readonly households: readonly unknown[] };

export function runTask(task: ScreenTask): ScreenAnswer | LineOutcome[] {
  if (task.kind === 'answer') return screenAnswer(task.job);
  return screenerFor(task.date).screen(task.households, { missing: true });
}
