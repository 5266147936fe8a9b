import path from 'node:path';
import { ListError, openList, readAs, type SourceRow, type TextEncoding } from '@jibsa/lists';
import { BatchScreener, type LineOutcome } from '@jibsa/programs/batch';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { earlierIds, earlierJob } from '../earlier-screening.ts';
import { commitBlock, finishJob, JobLost, type OutreachJob, releaseJob } from './queue.ts';
import { RowChecks } from './row-checks.ts';
import { finishBlock, prepareBlock } from './screen-block.ts';
import { addBlock, compareRow, tallyFrom } from './tallies.ts';

export interface RunOptions {
  db: Kysely<Database>;
  uploadsDir: string;
  worker: string;
  leaseSeconds: number;
  /** Rows screened and committed together. */
  blockRows: number;
  /** Asked between blocks: true on shutdown (the job is handed back, not failed). */
  stopping?: () => boolean | Promise<boolean>;
  /** Runs inside each block's transaction after its results are written (tests crash here). */
  inBlock?: (block: number) => void | Promise<void>;
  /** Runs inside the transaction that marks the job done, after its counts are kept (tests crash here). */
  inFinish?: () => void | Promise<void>;
  /**
   * Screens households on the batch path with each unknown program's missing inputs: the server's
   * screening threads (ScreenPool.lines). Without it, the households are screened on this thread.
   */
  screenLines?: (date: string, households: readonly unknown[]) => Promise<readonly LineOutcome[]>;
}

/**
 * Households handed to the screening threads this many at a time, one slice after another, so an
 * answer to POST /api/screen waits behind one slice (a few ms), not behind a whole block.
 */
const SLICE = 100;

type ScreenHouseholds = (households: readonly unknown[]) => Promise<readonly LineOutcome[]>;

/** Households screened on the screening threads, a slice at a time, one after another. */
function inSlices(screenLines: NonNullable<RunOptions['screenLines']>, date: string): ScreenHouseholds {
  return async (households) => {
    const out: LineOutcome[] = [];
    for (let a = 0; a < households.length; a += SLICE)
      out.push(...(await screenLines(date, households.slice(a, a + SLICE))));
    return out;
  };
}

function onThisThread(screener: BatchScreener): ScreenHouseholds {
  return async (households) => screener.screen(households, { missing: true });
}

/** Why a list cannot be read again: its uploaded file was deleted (retention) after it was screened. */
export const LIST_FILE_GONE = {
  ko: '올린 파일이 지워져 더 읽을 수 없습니다 (보관 기간이 지났을 수 있습니다).',
  en: 'The uploaded file is gone (its retention period may have passed).',
};

export type RunOutcome = 'done' | 'failed' | 'lost' | 'stopped';

/**
 * Screens a claimed job from the row after its last committed one to the end of the list, a block
 * at a time. Rows up to `last_row` are read past, not screened again: a job resumed after a crash
 * continues where its last commit left it. A file that turns out unreadable part-way fails the job
 * with the reason; the rows before keep their results.
 */
export async function runJob(opts: RunOptions, job: OutreachJob): Promise<RunOutcome> {
  const held = { id: job.id, worker: opts.worker, leaseSeconds: opts.leaseSeconds };
  const list = await opts.db
    .selectFrom('outreach_list')
    .select(['storage_name', 'headers'])
    .where('id', '=', job.list_id)
    .executeTakeFirstOrThrow();
  const screen = opts.screenLines
    ? inSlices(opts.screenLines, job.screening_date)
    : onThisThread(new BatchScreener(job.screening_date));
  const earlier = await earlierJob(opts.db, job);
  const tallies = tallyFrom(job, earlier?.id);
  const compared = tallies?.compared?.earlierId;
  let last = job.last_row;
  let blockNo = 0;
  let block: SourceRow[] = [];
  let opened: Awaited<ReturnType<typeof openList>> | undefined;
  let checks: RowChecks | undefined;
  // The list read as the job chose when it was started: what it lacks taken as none, or as it is.
  const view = readAs(list.headers, job.mapping, job.assume_none);
  const flush = async () => {
    const prepared = prepareBlock(list.headers, job.mapping, block, checks, view);
    const results = finishBlock(prepared, await screen(prepared.households), view.mapping);
    const to = (block[block.length - 1] as SourceRow).row;
    if (tallies) addBlock(tallies, results, compared ? await earlierIds(opts.db, compared, last, to) : undefined);
    await commitBlock(opts.db, held, last, to, opened?.fraction() ?? 0, results, tallies, () =>
      opts.inBlock?.(blockNo),
    );
    last = to;
    blockNo++;
    block = [];
    // Reading a buffered file and screening never wait on I/O, so without a turn of the event loop
    // here the status polls and cancel requests (one PGlite connection) queue until the job ends.
    await new Promise((resolve) => setImmediate(resolve));
  };
  try {
    opened = await openList(path.join(opts.uploadsDir, list.storage_name), {
      encoding: (job.encoding ?? undefined) as TextEncoding | undefined,
    });
    checks = new RowChecks(list.headers, job.mapping, opened.kind);
    for await (const row of opened.rows) {
      if (row.row <= last) {
        checks.remember(row);
        continue;
      }
      block.push(row);
      if (block.length >= opts.blockRows) {
        await flush();
        if (await opts.stopping?.()) {
          await releaseJob(opts.db, held);
          return 'stopped';
        }
      }
    }
    if (block.length > 0) await flush();
    // Rows of the earlier screening past this one's last (none, for the same file read the same way).
    if (tallies?.compared) {
      for (const was of (await earlierIds(opts.db, tallies.compared.earlierId, last, null)).values()) {
        compareRow(tallies.compared, [], was);
      }
    }
    return (await finishJob(opts.db, held, { state: 'done', tallies }, opts.inFinish)) ? 'done' : 'lost';
  } catch (error) {
    if (error instanceof JobLost) return 'lost';
    const reason =
      error instanceof ListError
        ? error.label
        : (error as { code?: string }).code === 'ENOENT'
          ? LIST_FILE_GONE
          : undefined;
    if (!reason) throw error;
    try {
      // The rows read before the file went bad are kept.
      if (block.length > 0) await flush();
      await finishJob(opts.db, held, { state: 'failed', reason });
    } catch (inner) {
      if (inner instanceof JobLost) return 'lost';
      throw inner;
    }
    return 'failed';
  } finally {
    opened?.close();
  }
}
