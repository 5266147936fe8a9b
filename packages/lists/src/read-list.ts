import fs from 'node:fs';
import iconv from 'iconv-lite';
import { csvRows } from './csv-rows.ts';
import { detectEncoding, type TextEncoding } from './encoding.ts';
import { findHeaderRow, HEADER_LOOKAHEAD } from './header-row.ts';
import { ListError, type RowSource, rowsOf, type SourceRow } from './list-error.ts';
import { sniffFile } from './sniff.ts';
import { xlsxRows } from './xlsx-rows.ts';

const HEAD_BYTES = 64 * 1024;

export interface OpenedList {
  kind: 'csv' | 'xlsx';
  /** For CSV: the encoding read (detected unless given). */
  encoding: TextEncoding | null;
  /** The header row's names, made unique ("주소", "주소 (2)") and never blank ("열 C"). */
  headers: string[];
  /** The row the column names were read from, as a spreadsheet numbers it: 1 unless a title is above them. */
  headerRow: number;
  /** The data rows after the header, in order; rows with every cell blank are left out. */
  rows: AsyncIterable<SourceRow>;
  /** The same rows a block at a time (read `rows` or `blocks`, not both). */
  blocks: AsyncIterable<SourceRow[]>;
  fraction(): number;
  close(): void;
}

/**
 * Opens an uploaded list whatever it is: sniffs the kind from its bytes, detects a CSV's encoding
 * (or takes the one given) and delimiter, finds the header row (the first, or the one under a
 * title: header-row.ts), and hands back the data rows as a stream. A file that cannot be a list of households fails here with a ListError saying why.
 */
export async function openList(
  file: string,
  /** `fast: false` reads a CSV with csv-parse alone (the scanner in front of it gives the same rows, tested). */
  opts: { encoding?: TextEncoding; fast?: boolean } = {},
): Promise<OpenedList> {
  const head = readHead(file);
  const kind = sniffFile(head);
  if (kind.kind === 'refused') throw new ListError(kind.message, head.length === 0 ? 'empty' : 'refused');
  let source: RowSource;
  let encoding: TextEncoding | null = null;
  if (kind.kind === 'csv') {
    encoding = opts.encoding ?? detectEncoding(head);
    const text = iconv.decode(Buffer.from(head), encoding === 'utf-8-bom' ? 'utf-8' : encoding, { stripBOM: true });
    if (text.trim() === '') throw emptyFile();
    source = csvRows(file, encoding, delimiterOf(text), { fast: opts.fast ?? true });
  } else {
    source = await xlsxRows(file);
  }
  const rows = rowReader(source.blocks);
  // The first rows, blank ones left out: the column names are looked for among them.
  const ahead: SourceRow[] = [];
  let later: unknown = null;
  try {
    while (ahead.length < HEADER_LOOKAHEAD) {
      const row = await rows.next();
      if (row === undefined) break;
      if (!isBlankRow(row)) ahead.push(row);
    }
  } catch (error) {
    // A fault further down (a line without end) is the job's to report at its row, as before;
    // one before any household is the whole file's.
    if (ahead.length < 2) {
      source.close();
      throw error;
    }
    later = error;
  }
  if (ahead.length === 0) {
    source.close();
    throw emptyFile();
  }
  let at: number;
  try {
    at = findHeaderRow(ahead);
  } catch (error) {
    source.close();
    throw error;
  }
  const first = ahead[at] as SourceRow;
  if (!('cells' in first)) {
    source.close();
    throw new ListError(
      { ko: '첫 줄(머리글)을 읽을 수 없습니다.', en: 'The first line (the header) cannot be read.' },
      'headers',
    );
  }
  const headers = headerNames(first.cells);
  // The first data row is there now, so a file with a header and nothing else fails here.
  const pending = ahead.slice(at + 1);
  if (pending.length === 0 && later === null) {
    source.close();
    throw emptyFile();
  }
  async function* dataBlocks(): AsyncGenerator<SourceRow[]> {
    if (later !== null) {
      if (pending.length > 0) yield pending;
      throw later;
    }
    yield [...pending, ...rows.rest().filter((r) => !isBlankRow(r))];
    for await (const block of rows.blocks) {
      const kept = block.filter((r) => !isBlankRow(r));
      if (kept.length > 0) yield kept;
    }
  }
  const blocks = dataBlocks();
  return {
    kind: kind.kind,
    encoding,
    headers,
    headerRow: first.row,
    rows: rowsOf(blocks),
    blocks,
    fraction: source.fraction,
    close: source.close,
  };
}

/** Rows one at a time off a stream of blocks (for the header), then what is left of the block and the rest. */
function rowReader(blocks: AsyncIterable<SourceRow[]>) {
  const iterator = blocks[Symbol.asyncIterator]();
  let block: SourceRow[] = [];
  let at = 0;
  return {
    async next(): Promise<SourceRow | undefined> {
      while (at >= block.length) {
        const next = await iterator.next();
        if (next.done) return undefined;
        block = next.value;
        at = 0;
      }
      return block[at++];
    },
    rest: () => block.slice(at),
    blocks: { [Symbol.asyncIterator]: () => iterator },
  };
}

function readHead(file: string): Uint8Array {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const n = fs.readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

const emptyFile = () =>
  new ListError(
    {
      ko: '파일에 자료가 없습니다. 머리글 줄과 가구 한 줄 이상이 있는 파일을 올려 주세요.',
      en: 'The file holds no data. Upload a file with a header line and at least one household.',
    },
    'empty',
  );

/**
 * Comma, tab or semicolon: whichever the first lines use most outside quotes. Several lines, not
 * the first alone: a title line above the column names ("2026년 동구 주거실태조사 명단") has none.
 */
function delimiterOf(text: string): string {
  const lines = text
    .split(/\r?\n/, HEADER_LOOKAHEAD + 1)
    .slice(0, HEADER_LOOKAHEAD)
    .map((l) => l.replace(/"[^"]*"/g, ''));
  const counts = [',', '\t', ';'].map((d) => [d, lines.reduce((n, l) => n + l.split(d).length - 1, 0)] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return (counts[0] as readonly [string, number])[1] > 0 ? (counts[0] as readonly [string, number])[0] : ',';
}

function isBlankRow(row: SourceRow): boolean {
  return 'cells' in row && row.cells.every((c) => c.trim() === '');
}

function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function headerNames(cells: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((raw, i) => {
    const base = raw.replace(/\s+/g, ' ').trim().slice(0, 100) || `열 ${columnLetter(i)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}
