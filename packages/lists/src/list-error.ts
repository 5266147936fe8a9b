import type { Label } from '@jibsa/rules';

/** A whole file cannot be read (empty, binary, wrong headers, a line without end): said plainly. */
export class ListError extends Error {
  constructor(
    readonly label: Label,
    readonly code: 'empty' | 'refused' | 'headers' | 'long_line' | 'broken' = 'broken',
  ) {
    super(label.en);
  }
}

/** One row of a list: its number as a spreadsheet shows it (the header is row 1) and its cells as text. */
export type SourceRow =
  | { readonly row: number; readonly cells: readonly string[] }
  | { readonly row: number; readonly broken: Label };

/**
 * A list being read: rows in order, and how far into the file reading has got (0–1, for time left).
 * `rows` and `blocks` are two views of one stream: read one of them.
 */
export interface RowSource {
  readonly rows: AsyncIterable<SourceRow>;
  /** The same rows a block at a time (one awaited step per block, not per row: a million-row file). */
  readonly blocks: AsyncIterable<SourceRow[]>;
  fraction(): number;
  close(): void;
}

/** Rows one at a time from a stream of blocks. */
export async function* rowsOf(blocks: AsyncIterable<readonly SourceRow[]>): AsyncGenerator<SourceRow> {
  for await (const block of blocks) yield* block;
}

/** Blocks of rows from a stream of single rows, for sources read a row at a time. */
export async function* blocksOf(rows: AsyncIterable<SourceRow>, size = 4096): AsyncGenerator<SourceRow[]> {
  let block: SourceRow[] = [];
  for await (const row of rows) {
    block.push(row);
    if (block.length >= size) {
      yield block;
      block = [];
    }
  }
  if (block.length > 0) yield block;
}
