import fs from 'node:fs';
import { ListError } from '@jibsa/lists';
import { todayIso } from '@jibsa/programs';
import { BatchScreener } from '@jibsa/programs/batch';
import { dateOptionOk } from './date-option.ts';
import type { Io } from './io.ts';
import { type Format, formatOfName, parseFormat } from './screen-many/formats.ts';
import { blockErrors, screenListBlock } from './screen-many/list-block.ts';
import { openInput } from './screen-many/open-input.ts';
import { progressBar } from './screen-many/progress.ts';
import { resultsWriter, XLSX_MAX_ROWS } from './screen-many/results-writer.ts';
import { rowErrorReport } from './screen-many/row-errors.ts';
import { screenBlock } from './screen-many/screen-block.ts';
import { fileSink, stdoutSink } from './screen-many/sink.ts';

export interface ScreenManyOptions {
  readonly in: string | undefined;
  readonly out: string | undefined;
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly errors: string | undefined;
  readonly mapping: string | undefined;
  readonly explain: boolean;
  readonly date: string | undefined;
  readonly lang: 'ko' | 'en';
  /** False reads lists a row at a time through household objects, as before the column path (for tests). */
  readonly fast?: boolean;
  /** Read a list on a worker thread while screening: by default for files of THREADS_FROM bytes or more. */
  readonly threads?: boolean;
}

/**
 * Screens a list of households, NDJSON, CSV or XLSX, on the batch path a block at a time, so a file
 * of any length runs in constant memory. A bad row is reported with its row number, column and a
 * plain message (on standard error, or `--errors FILE`), and the good rows are still screened and
 * written; the exit code is then 1. Exit 2 is a wrong command (an unknown format, a bad date).
 */
export async function screenManyCommand(opts: ScreenManyOptions, io: Io): Promise<number> {
  const say = (ko: string, en: string) => io.stderr.write(`${opts.lang === 'ko' ? ko : en}\n`);
  if (!dateOptionOk(opts.date, io)) return 2;
  const from = parseFormat(opts.from);
  const to = parseFormat(opts.to);
  if (from === null || to === null) {
    say('--from, --to 는 ndjson, csv, xlsx 중 하나입니다.', '--from and --to take ndjson, csv or xlsx.');
    return 2;
  }
  const inFile = opts.in === '-' ? undefined : opts.in;
  let mapping: Record<string, string> | null = null;
  try {
    if (inFile !== undefined) fs.accessSync(inFile, fs.constants.R_OK);
    if (opts.mapping) mapping = JSON.parse(fs.readFileSync(opts.mapping, 'utf8'));
  } catch (error) {
    say(`파일을 읽을 수 없습니다: ${(error as Error).message}`, `cannot read file: ${(error as Error).message}`);
    return 1;
  }
  const date = opts.date ?? todayIso();
  let input: Awaited<ReturnType<typeof openInput>>;
  try {
    const columns = !opts.explain && opts.fast !== false;
    input = await openInput(inFile, from, io.stdin, mapping, date, columns ? (opts.threads ?? 'auto') : false);
  } catch (error) {
    if (!(error instanceof ListError)) throw error;
    say(error.label.ko, error.label.en);
    return 1;
  }
  const outFile = opts.out === '-' ? undefined : opts.out;
  // A table read from XLSX goes to a terminal or pipe as CSV: XLSX bytes only when asked for.
  const format: Format =
    to ?? (outFile ? formatOfName(outFile) : null) ?? (input.format === 'xlsx' ? 'csv' : input.format);
  const screener = new BatchScreener(date);
  const writer = await resultsWriter(format, outFile ? fileSink(outFile) : stdoutSink(io), {
    date,
    rulesVersion: screener.rulesVersion,
    lang: opts.lang,
    explain: opts.explain,
  });
  const errors = rowErrorReport(opts.errors, io, opts.lang);
  const progress = progressBar(io.stderr, opts.lang);
  let screened = 0;
  let bad = 0;
  const tooMany = (rows: number) => {
    if (format !== 'xlsx' || screened + rows <= XLSX_MAX_ROWS) return false;
    say(
      `XLSX 한 시트에는 ${XLSX_MAX_ROWS.toLocaleString()}행까지만 들어갑니다. --to csv 로 받아 주세요.`,
      `An XLSX sheet holds at most ${XLSX_MAX_ROWS.toLocaleString()} rows; write CSV (--to csv) instead.`,
    );
    return true;
  };
  try {
    // A list without reasons is read straight into columns (no household object per row); reasons
    // need the traced evaluator, a household at a time.
    if (input.listBlocks && !opts.explain && opts.fast !== false) {
      for await (const block of input.listBlocks) {
        const screenedBlock = await screenListBlock(screener, block);
        if (tooMany(block.size)) return 1;
        await writer.writeBlock(screenedBlock);
        if ('done' in block) block.done();
        screened += block.columns.n;
        bad += block.size - block.columns.n;
        await errors.report(blockErrors(block));
        progress.update(screened + bad, input.fraction());
      }
    } else {
      for await (const block of input.blocks) {
        const results = screenBlock(screener, block, { explain: opts.explain });
        if (tooMany(results.length)) return 1;
        await writer.write(results);
        for (const r of results) {
          if (r.ok) screened++;
          else bad++;
        }
        await errors.report(results.flatMap((r) => (r.ok ? [] : r.errors)));
        progress.update(screened + bad, input.fraction());
      }
    }
  } catch (error) {
    progress.done();
    if (!(error instanceof ListError)) throw error;
    say(error.label.ko, error.label.en);
    return 1;
  } finally {
    input.close();
    input.cleanup();
    await writer.end();
    await errors.close();
  }
  progress.done();
  if (bad === 0) say(`가구 ${screened}개를 선별했습니다.`, `Screened ${screened} households.`);
  else
    say(
      `가구 ${screened}개를 선별했습니다. 읽지 못한 행 ${bad}개는 ${opts.errors ?? '위'}에 적었습니다.`,
      `Screened ${screened} households; ${bad} rows could not be screened (listed ${opts.errors ? `in ${opts.errors}` : 'above'}).`,
    );
  return bad > 0 ? 1 : 0;
}
