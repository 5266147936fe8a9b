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

/** A list being read: rows in order, and how far into the file reading has got (0–1, for time left). */
export interface RowSource {
  readonly rows: AsyncIterable<SourceRow>;
  fraction(): number;
  close(): void;
}
