import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { MAX_ROW_CHARS } from './csv-rows.ts';
import { ListError, type RowSource, rowsOf, type SourceRow } from './list-error.ts';

/** All distinct texts of a workbook are held in memory (Excel keeps them in one table): capped. */
const MAX_SHARED_CHARS = 64 * 1024 * 1024;
const MAX_SMALL_PART = 8 * 1024 * 1024;

const notXlsx = () =>
  new ListError(
    {
      ko: '엑셀(.xlsx) 파일로 읽을 수 없습니다. 엑셀에서 .xlsx 또는 CSV로 다시 저장해 올려 주세요.',
      en: 'This cannot be read as an Excel (.xlsx) file. Save it again as .xlsx or CSV.',
    },
    'refused',
  );

/**
 * Streams the first worksheet of an XLSX file: the zip is read with yauzl and the sheet's XML with
 * saxes, one block at a time, so a large sheet never sits in memory whole. Cells come as text as
 * Excel shows them, with date-formatted numbers as ISO dates, and rows keep Excel's own numbers.
 */
export async function xlsxRows(file: string): Promise<RowSource> {
  const zip = await openZip(file).catch(() => {
    throw notXlsx();
  });
  try {
    const entries = await listEntries(zip);
    const workbook = entries.get('xl/workbook.xml');
    if (!workbook) throw notXlsx();
    const [wbXml, relsXml, stylesXml] = await Promise.all([
      readText(zip, workbook),
      entries.has('xl/_rels/workbook.xml.rels')
        ? readText(zip, entries.get('xl/_rels/workbook.xml.rels') as Entry)
        : '',
      entries.has('xl/styles.xml') ? readText(zip, entries.get('xl/styles.xml') as Entry) : '',
    ]);
    const sheetPath = firstSheetPath(wbXml, relsXml);
    const sheet = entries.get(sheetPath) ?? entries.get('xl/worksheets/sheet1.xml');
    if (!sheet) throw notXlsx();
    const shared = entries.has('xl/sharedStrings.xml')
      ? await sharedStrings(zip, entries.get('xl/sharedStrings.xml') as Entry)
      : [];
    const dates = dateStyles(stylesXml);
    const date1904 = /date1904="(1|true)"/.test(wbXml);
    return sheetRows(zip, sheet, shared, dates, date1904);
  } catch (error) {
    zip.close();
    throw error;
  }
}

function openZip(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (err, zip) => (err ? reject(err) : resolve(zip))),
  );
}

function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const found = new Map<string, Entry>();
    zip.on('entry', (entry: Entry) => {
      found.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(found));
    zip.once('error', () => reject(notXlsx()));
    zip.readEntry();
  });
}

function openEntry(zip: ZipFile, entry: Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (err, stream) => (err ? reject(notXlsx()) : resolve(stream))),
  );
}

async function readText(zip: ZipFile, entry: Entry): Promise<string> {
  if (entry.uncompressedSize > MAX_SMALL_PART) throw notXlsx();
  const chunks: Buffer[] = [];
  for await (const chunk of await openEntry(zip, entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** The first sheet in the workbook's order, through its relationship to the part's path. */
function firstSheetPath(wbXml: string, relsXml: string): string {
  const sheetTag = /<(?:\w+:)?sheet\b[^>]*>/.exec(wbXml)?.[0] ?? '';
  const rid = /\br:id="([^"]*)"/.exec(sheetTag)?.[1] ?? /\bid="([^"]*)"/.exec(sheetTag)?.[1];
  const rel = [...relsXml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => attr(r, 'Id') === rid);
  const target = rel ? attr(rel, 'Target') : undefined;
  if (!target) return 'xl/worksheets/sheet1.xml';
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

/** Style indexes whose number format shows a date (built-in ids, Korean-locale ids, or y/m/d codes). */
function dateStyles(stylesXml: string): Set<number> {
  const builtIn = new Set([
    14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
  ]);
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<numFmt\b[^>]*>/g)) {
    custom.set(Number(attr(m[0], 'numFmtId')), decodeXml(attr(m[0], 'formatCode') ?? ''));
  }
  const isDate = (id: number) => {
    const code = custom.get(id);
    if (code === undefined) return builtIn.has(id);
    const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    return /[yd]/i.test(bare) || (/m/i.test(bare) && !/[#0?]/.test(bare));
  };
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  const out = new Set<number>();
  [...xfs.matchAll(/<xf\b[^>]*>/g)].forEach((m, i) => {
    if (isDate(Number(attr(m[0], 'numFmtId') ?? 0))) out.add(i);
  });
  return out;
}

function decodeXml(s: string): string {
  return s.replace(
    /&(quot|amp|lt|gt|apos);/g,
    (_, e) => ({ quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" })[e as 'quot'],
  );
}

async function sharedStrings(zip: ZipFile, entry: Entry): Promise<string[]> {
  const out: string[] = [];
  let total = 0;
  let current: string | null = null;
  let inText = false;
  let inPhonetic = false;
  const sax = new SaxesParser();
  sax.on('opentag', (t) => {
    if (t.name === 'si') current = '';
    else if (t.name === 'rPh') inPhonetic = true;
    else if (t.name === 't' && !inPhonetic) inText = true;
  });
  sax.on('closetag', (t) => {
    if (t.name === 'si') {
      total += (current as string).length;
      if (total > MAX_SHARED_CHARS) throw notXlsx();
      out.push(current as string);
      current = null;
    } else if (t.name === 'rPh') inPhonetic = false;
    else if (t.name === 't') inText = false;
  });
  sax.on('text', (text) => {
    if (inText && current !== null) current += text;
  });
  const utf8 = new StringDecoder('utf8');
  for await (const chunk of await openEntry(zip, entry)) sax.write(utf8.write(chunk as Buffer));
  sax.write(utf8.end());
  sax.close();
  return out;
}

function columnIndex(ref: string | undefined, fallback: number): number {
  const letters = ref ? /^[A-Z]+/.exec(ref)?.[0] : undefined;
  if (!letters) return fallback;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Excel's day numbers: 1900 system (with its 1900-02-29 that never was) or 1904 system. */
function serialToIso(serial: number, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

function numberText(v: string): string {
  const n = Number(v);
  return Number.isFinite(n) ? String(Number(n.toPrecision(15))) : v;
}

function sheetRows(zip: ZipFile, sheet: Entry, shared: string[], dates: Set<number>, date1904: boolean): RowSource {
  let read = 0;
  let stream: NodeJS.ReadableStream | undefined;
  const ready: SourceRow[] = [];
  let row: string[] = [];
  let rowNumber = 0;
  let rowChars = 0;
  let cell: { col: number; type: string; style: number } | null = null;
  let value = '';
  let collecting = false;
  let fatal: ListError | undefined;
  const sax = new SaxesParser();
  sax.on('opentag', (t) => {
    const a = t.attributes as Record<string, string>;
    if (t.name === 'row') {
      rowNumber = a.r ? Number(a.r) : rowNumber + 1;
      row = [];
      rowChars = 0;
    } else if (t.name === 'c') {
      cell = { col: columnIndex(a.r, row.length), type: a.t ?? 'n', style: Number(a.s ?? 0) };
      value = '';
    } else if ((t.name === 'v' || t.name === 't') && cell) collecting = true;
  });
  sax.on('text', (text) => {
    if (!collecting) return;
    value += text;
    rowChars += text.length;
    if (rowChars > MAX_ROW_CHARS) {
      fatal ??= new ListError(
        { ko: `${rowNumber}번째 행이 너무 깁니다.`, en: `row ${rowNumber} is too long.` },
        'long_line',
      );
      throw fatal;
    }
  });
  sax.on('closetag', (t) => {
    if (t.name === 'v' || t.name === 't') collecting = false;
    else if (t.name === 'c' && cell) {
      let text = value;
      if (cell.type === 's') text = shared[Number(value)] ?? '';
      else if (cell.type === 'b') text = value === '1' ? 'TRUE' : 'FALSE';
      else if (cell.type === 'n' && value !== '') {
        text = dates.has(cell.style) ? serialToIso(Number(value), date1904) : numberText(value);
      }
      if (cell.col < 16_384) {
        while (row.length < cell.col) row.push('');
        row[cell.col] = text;
      }
      cell = null;
    } else if (t.name === 'row') ready.push({ row: rowNumber, cells: row });
  });

  async function* blocks(): AsyncGenerator<SourceRow[]> {
    try {
      stream = await openEntry(zip, sheet);
      // A character split across two blocks is held back until its last byte arrives.
      const utf8 = new StringDecoder('utf8');
      for await (const chunk of stream) {
        read += (chunk as Buffer).length;
        sax.write(utf8.write(chunk as Buffer));
        if (ready.length > 0) yield ready.splice(0);
      }
      sax.write(utf8.end());
      sax.close();
      if (ready.length > 0) yield ready.splice(0);
    } catch (error) {
      throw fatal ?? (error instanceof ListError ? error : notXlsx());
    } finally {
      zip.close();
    }
  }
  const source = blocks();
  return {
    rows: rowsOf(source),
    blocks: source,
    fraction: () => (sheet.uncompressedSize > 0 ? Math.min(1, read / sheet.uncompressedSize) : 1),
    close: () => {
      (stream as { destroy?: () => void } | undefined)?.destroy?.();
      zip.close();
    },
  };
}
