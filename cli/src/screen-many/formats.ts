/** What screen-many reads and writes: one household per line as JSON, or a table as offices keep lists. */
export type Format = 'ndjson' | 'csv' | 'xlsx';
export const FORMATS: readonly Format[] = ['ndjson', 'csv', 'xlsx'];

/** The format a file's name says, or null when its extension says nothing we read. */
export function formatOfName(name: string): Format | null {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'ndjson' || ext === 'jsonl' || ext === 'json') return 'ndjson';
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  if (ext === 'xlsx') return 'xlsx';
  return null;
}

/** The format a file's first bytes say: a ZIP is XLSX, a first character "{" is NDJSON, else CSV (openList checks further). */
export function formatOfBytes(head: Uint8Array): Format {
  if (head[0] === 0x50 && head[1] === 0x4b) return 'xlsx';
  const text = Buffer.from(head.subarray(0, 64))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return text.startsWith('{') ? 'ndjson' : 'csv';
}

export function parseFormat(value: string | undefined): Format | null | undefined {
  if (value === undefined) return undefined;
  return (FORMATS as readonly string[]).includes(value) ? (value as Format) : null;
}
