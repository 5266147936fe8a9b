import fs from 'node:fs';
import { createInterface } from 'node:readline';
import {
  type ColumnMapping,
  columnOf,
  type ListBlock,
  ListError,
  ListReader,
  mappingProblems,
  mapRow,
  type OpenedList,
  openList,
  suggestMapping,
  TARGET_FIELDS,
} from '@jibsa/lists';
import type { PendingRow } from './screen-block.ts';
import { type WorkerBlock, workerListBlocks } from './worker-blocks.ts';

/** Rows to screen, a block at a time, and how far into the input reading has got (0–1). */
export interface RowInput {
  readonly blocks: AsyncIterable<PendingRow[]>;
  /** For a list (CSV, XLSX): the same rows read straight into batch columns (read this or `blocks`). */
  readonly listBlocks?: AsyncIterable<ListBlock | WorkerBlock>;
  fraction(): number;
  close(): void;
}

/** Whether a list is read on a worker thread: yes, no, or for files of THREADS_FROM bytes or more. */
export type Threads = boolean | 'auto';

/** Below this a second thread's start costs more than it saves (a worker loads the list reader afresh). */
export const THREADS_FROM = 4 * 1024 * 1024;

/** Households decided together: large enough for the batch path, small enough to keep memory flat. */
export const BLOCK = 4096;

/** One household per line as JSON; a line that is not JSON is a bad row with its line number. */
export function ndjsonInput(input: NodeJS.ReadableStream, size: number | null): RowInput {
  let bytes = 0;
  async function* blocks() {
    let block: PendingRow[] = [];
    let line = 0;
    for await (const raw of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
      line++;
      bytes += Buffer.byteLength(raw) + 1;
      const text = raw.trim();
      if (text === '') continue;
      try {
        block.push({ row: line, reference: null, household: JSON.parse(text), columnOf: (path) => path });
      } catch (error) {
        const why = (error as Error).message;
        const bad = {
          row: line,
          reference: null,
          column: '',
          ko: `JSON 형식이 아닙니다: ${why}`,
          en: `not valid JSON: ${why}`,
        };
        block.push({ row: line, reference: null, errors: [bad] });
      }
      if (block.length === BLOCK) {
        yield block;
        block = [];
      }
    }
    if (block.length) yield block;
  }
  return { blocks: blocks(), fraction: () => (size ? Math.min(1, bytes / size) : 0), close: () => {} };
}

/**
 * A list as offices keep it (CSV in any of the encodings they use, or XLSX), read by the outreach
 * import's own reader and mapped by the same column names. A mapping may be given; otherwise the
 * headers are matched to household fields as the outreach page suggests.
 */
export async function listInput(
  file: string,
  mapping: ColumnMapping | null,
  date: string,
  threads: Threads = false,
): Promise<RowInput & { mapping: ColumnMapping }> {
  const list = await openList(file);
  const problems = mapping ? mappingProblems(mapping, list.headers) : [];
  if (problems.length > 0) {
    list.close();
    const say = (lang: 'ko' | 'en') => problems.map((p) => p[lang]).join(' ');
    throw new ListError({ ko: `--mapping: ${say('ko')}`, en: `--mapping: ${say('en')}` }, 'headers');
  }
  const map = mapping ?? suggestedMapping(list);
  if (threads === true || (threads === 'auto' && fileSize(file) >= THREADS_FROM)) {
    // The worker opens the file afresh; `blocks` is not offered (read `listBlocks`).
    list.close();
    const remote = workerListBlocks(file, map, date);
    return {
      blocks: noRows(),
      listBlocks: remote.blocks,
      fraction: remote.fraction,
      close: remote.close,
      mapping: map,
    };
  }
  const headers = list.headers;
  async function* blocks() {
    let block: PendingRow[] = [];
    for await (const source of list.rows) {
      if ('broken' in source) {
        block.push({
          row: source.row,
          reference: null,
          errors: [{ row: source.row, reference: null, column: '', ...source.broken }],
        });
      } else {
        const mapped = mapRow(headers, source.cells, map);
        block.push(
          mapped.errors.length > 0
            ? {
                row: source.row,
                reference: mapped.reference,
                errors: mapped.errors.map((e) => ({
                  row: source.row,
                  reference: mapped.reference,
                  column: e.column,
                  ...e.message,
                })),
              }
            : {
                row: source.row,
                reference: mapped.reference,
                household: mapped.household,
                columnOf: (p) => columnOf(p, map),
              },
        );
      }
      if (block.length === BLOCK) {
        yield block;
        block = [];
      }
    }
    if (block.length) yield block;
  }
  async function* listBlocks() {
    const reader = new ListReader(headers, map, date);
    for await (const rows of list.blocks) yield reader.read(rows);
  }
  return { blocks: blocks(), listBlocks: listBlocks(), fraction: list.fraction, close: list.close, mapping: map };
}

async function* noRows(): AsyncGenerator<PendingRow[]> {
  yield* [];
  throw new Error('a list read on the worker is read in columns (listBlocks)');
}

/** Headers matched to fields; a file where no column names a household field is refused, naming the names we know. */
function suggestedMapping(list: OpenedList): ColumnMapping {
  const suggest = suggestMapping(list.headers);
  const fields = Object.values(suggest).filter((k) => k !== 'reference');
  if (fields.length === 0) {
    list.close();
    const known = TARGET_FIELDS.filter((f) => f.key !== 'reference')
      .map((f) => f.headerWords[0])
      .filter(Boolean)
      .slice(0, 12)
      .join(', ');
    throw new ListError(
      {
        ko: `열 이름을 알아볼 수 없습니다 (파일의 열: ${list.headers.slice(0, 8).join(', ')}). 가구 정보 열이 하나 이상 있어야 합니다. 예: ${known}. 열 이름을 바꾸거나 --mapping 파일로 연결해 주세요.`,
        en: `None of the column names is one Jibsa knows (the file's columns: ${list.headers.slice(0, 8).join(', ')}). Examples of names read: ${known}. Rename the columns or give a --mapping file.`,
      },
      'headers',
    );
  }
  return suggest;
}

export const fileSize = (file: string) => fs.statSync(file).size;
