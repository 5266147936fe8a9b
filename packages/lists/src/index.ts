// Reading household lists as offices keep them, shared by the server's outreach import and the CLI.

export { type AssumedField, assumedFields, type ListView, NONE_CELLS, readAs } from './assume-none.ts';
export { EVERYDAY_WORDS, parseChoice } from './choices.ts';
export { type ListBlock, ListReader, type RowProblem } from './columns/list-reader.ts';
export { csvRows, csvTextBlocks, MAX_ROW_CHARS } from './csv-rows.ts';
export { type ChunkDecoder, chunkDecoder, detectEncoding, ENCODINGS, encode, type TextEncoding } from './encoding.ts';
export {
  RECEIPT_KEYS,
  type ReceiptKey,
  TARGET_FIELDS,
  TARGET_KEYS,
  type TargetField,
  targetField,
} from './fields.ts';
export { blocksOf, ListError, type RowSource, rowsOf, type SourceRow } from './list-error.ts';
export {
  assembleHousehold,
  type CellError,
  type ColumnMapping,
  columnOf,
  type MappedRow,
  mappingProblems,
  mapRow,
  parseCell,
  suggestMapping,
} from './mapping.ts';
export { type OpenedList, openList } from './read-list.ts';
export { type FileKind, sniffFile } from './sniff.ts';
export {
  type Parsed,
  parseAddress,
  parseCount,
  parseDate,
  parseMoney,
  parsePhone,
  parseYesNo,
} from './values.ts';
export { xlsxRows } from './xlsx-rows.ts';
