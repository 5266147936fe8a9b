import fs from 'node:fs';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { CsvScanner } from './csv-scan.ts';
import { chunkDecoder, type TextEncoding } from './encoding.ts';
import { ListError, type RowSource, rowsOf, type SourceRow } from './list-error.ts';

/** The longest row read, in characters: far past any real household row, short enough to keep memory flat. */
export const MAX_ROW_CHARS = 256 * 1024;

/**
 * The file is read a piece of this size at a time: small enough that the progress it gives moves
 * in steps of a few per cent on a list of a few MB, large enough that a 100 MB list is 400 reads.
 */
const CHUNK_BYTES = 256 * 1024;

/** Rows handed on together: one array per block instead of one awaited step per row. */
const BLOCK_ROWS = 4096;

/**
 * Streams a CSV file's rows (the header first) through the decoder, a block of rows at a time:
 * memory holds one block of the file, whatever its size. The common case is read by CsvScanner;
 * from the first record it cannot read exactly as csv-parse does, csv-parse reads the rest (with
 * `fast: false`, the whole file). A row csv-parse cannot read (a stray quote) is reported as
 * broken in its place and reading goes on; a row longer than MAX_ROW_CHARS, such as a file with no
 * line breaks, stops the file with a clear message.
 */
export function csvRows(
  file: string,
  encoding: TextEncoding,
  delimiter: string,
  opts: { fast?: boolean } = {},
): RowSource {
  const size = fs.statSync(file).size;
  const input = fs.createReadStream(file, { highWaterMark: CHUNK_BYTES });
  // The bytes of the pieces the reader has taken, not of those read from disk ahead of it: a job's
  // progress and time left come from this (a piped decoder held up to 16 pieces of text ahead, so
  // a 14 MB list showed 71 % read with 7 % of its rows screened, and "about 0 s left").
  let taken = 0;
  async function* text(): AsyncGenerator<string> {
    const decode = chunkDecoder(encoding);
    for await (const piece of input as AsyncIterable<Buffer>) {
      taken += piece.length;
      const s = decode.write(piece);
      if (s !== '') yield s;
    }
    const s = decode.end();
    if (s !== '') yield s;
  }
  const source = csvTextBlocks(text(), delimiter, { ...opts, stopInput: () => input.destroy() });
  return {
    blocks: source,
    rows: rowsOf(source),
    fraction: () => (size > 0 ? Math.min(1, taken / size) : 1),
    close: () => input.destroy(),
  };
}

/**
 * Rows of CSV text that comes in chunks (split anywhere): CsvScanner first, csv-parse from the
 * first record the scanner leaves (from the start with `fast: false`).
 */
export async function* csvTextBlocks(
  text: AsyncIterable<string>,
  delimiter: string,
  opts: { fast?: boolean; stopInput?: () => void } = {},
): AsyncGenerator<SourceRow[]> {
  const chunks = text[Symbol.asyncIterator]();
  const scanner = new CsvScanner(delimiter, MAX_ROW_CHARS / 2);
  let rest: string | null = opts.fast === false ? '' : null;
  while (rest === null) {
    const next = await chunks.next();
    const rows: SourceRow[] = [];
    rest = scanner.push(next.done ? '' : next.value, Boolean(next.done), rows);
    if (rows.length > 0) yield rows;
    if (next.done && rest === null) return;
  }
  const restOfFile = async function* () {
    if (rest) yield rest;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  };
  yield* parsedBlocks(Readable.from(restOfFile()), delimiter, scanner, opts.stopInput ?? (() => {}));
}

/**
 * csv-parse over the text CsvScanner left, its line numbers counted on from the records before
 * and the line ending the scanner settled kept (csv-parse would otherwise settle it afresh).
 */
async function* parsedBlocks(
  text: Readable,
  delimiter: string,
  before: { lines: number; recordDelimiter: '\r\n' | '\n' | undefined },
  stopInput: () => void,
): AsyncGenerator<SourceRow[]> {
  const offset = before.lines;
  const skipped: SourceRow[] = [];
  let fatal: ListError | undefined;
  // Where the last good record ended: a broken one starts on the next line, whatever line it ends on.
  let lastLine = offset;
  const parser = parse({
    delimiter,
    ...(before.recordDelimiter ? { record_delimiter: before.recordDelimiter } : {}),
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    max_record_size: MAX_ROW_CHARS,
    info: true,
    on_record: (record, context) => {
      lastLine = offset + context.lines;
      return record;
    },
    on_skip: (error) => {
      const err = error as { code?: string; lines?: number } | undefined;
      if (err?.code === 'CSV_MAX_RECORD_SIZE') {
        fatal ??= new ListError(
          {
            ko: `${lastLine + 1}번째 줄이 너무 깁니다 (${MAX_ROW_CHARS.toLocaleString()}자가 넘도록 줄바꿈이 없습니다). CSV 파일이 맞는지 확인해 주세요.`,
            en: `line ${lastLine + 1} is too long (no line break within ${MAX_ROW_CHARS.toLocaleString()} characters). Check that this is a CSV file.`,
          },
          'long_line',
        );
        stopInput();
        text.destroy();
        const stop = fatal;
        queueMicrotask(() => parser.destroy(stop));
        return undefined;
      }
      skipped.push({
        row: lastLine + 1,
        broken: {
          ko: '따옴표(")가 맞지 않아 이 줄을 읽을 수 없습니다.',
          en: 'this line cannot be read: its quotes (") do not match.',
        },
      });
      return undefined;
    },
  });
  const stream = text.pipe(parser);
  text.on('error', (error) => stream.destroy(error));
  let block: SourceRow[] = [];
  try {
    for await (const { record, info } of stream as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (fatal) throw fatal;
      const row = offset + info.lines;
      // Broken rows are reported in their place among the good ones: resuming relies on the order.
      while (skipped.length && (skipped[0] as SourceRow).row < row) block.push(skipped.shift() as SourceRow);
      block.push({ row, cells: record });
      if (block.length >= BLOCK_ROWS) {
        yield block;
        block = [];
      }
    }
  } catch (error) {
    throw fatal ?? error;
  }
  if (fatal) throw fatal;
  block.push(...skipped.splice(0));
  if (block.length > 0) yield block;
}
