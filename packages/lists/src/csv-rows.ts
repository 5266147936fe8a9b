import fs from 'node:fs';
import { parse } from 'csv-parse';
import { decoder, type TextEncoding } from './encoding.ts';
import { ListError, type RowSource, type SourceRow } from './list-error.ts';

/** The longest row read, in characters: far past any real household row, short enough to keep memory flat. */
export const MAX_ROW_CHARS = 256 * 1024;

/**
 * Streams a CSV file's rows (the header first) through the decoder and csv-parse: memory holds one
 * block of the file at a time, whatever its size. A row csv-parse cannot read (a stray quote) is
 * reported as broken in its place and reading goes on; a row longer than MAX_ROW_CHARS, such as a
 * file with no line breaks, stops the file with a clear message.
 */
export function csvRows(file: string, encoding: TextEncoding, delimiter: string): RowSource {
  const size = fs.statSync(file).size;
  const input = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
  const skipped: SourceRow[] = [];
  let fatal: ListError | undefined;
  // Where the last good record ended: a broken one starts on the next line, whatever line it ends on.
  let lastLine = 0;
  const parser = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    max_record_size: MAX_ROW_CHARS,
    info: true,
    on_record: (record, context) => {
      lastLine = context.lines;
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
        input.destroy();
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
  const stream = input.pipe(decoder(encoding)).pipe(parser);
  input.on('error', (error) => stream.destroy(error));

  async function* rows(): AsyncGenerator<SourceRow> {
    try {
      for await (const { record, info } of stream as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
        if (fatal) throw fatal;
        // Broken rows are reported in their place among the good ones: resuming relies on the order.
        while (skipped.length && (skipped[0] as SourceRow).row < info.lines) yield skipped.shift() as SourceRow;
        yield { row: info.lines, cells: record };
      }
    } catch (error) {
      throw fatal ?? error;
    }
    if (fatal) throw fatal;
    yield* skipped.splice(0);
  }
  return { rows: rows(), fraction: () => (size > 0 ? input.bytesRead / size : 1), close: () => input.destroy() };
}
