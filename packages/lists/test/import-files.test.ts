import type { ReadStream } from 'node:fs';
import fs from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { MAX_ROW_CHARS } from '../src/csv-rows.ts';
import { detectEncoding, encode } from '../src/encoding.ts';
import type { SourceRow } from '../src/list-error.ts';
import { openList } from '../src/read-list.ts';
import { csvBytes, tempDir, xlsxBytes } from './list-files.ts';
import { readAll, refusal } from './read-all.ts';

const tmp = tempDir();
afterAll(() => tmp.remove());

// 똠 (0x8C63) is one of the syllables CP949 adds to EUC-KR: a decoder of plain EUC-KR gets it wrong.
const ROWS = [
  ['성명', '생년월일', '주거유형', '월세'],
  ['김똠순', '1948.5.1', '쪽방', '25만원'],
  ['이가상', '19520315', '고시원', '1,200,000'],
];

describe('encodings', () => {
  it.each(['utf-8', 'utf-8-bom', 'cp949', 'utf-16le'] as const)(
    'reads a %s CSV with its Korean intact',
    async (enc) => {
      const list = await readAll(tmp.file(`list-${enc}.csv`, csvBytes(ROWS, enc)));
      expect(list.encoding).toBe(enc);
      expect(list.headers).toEqual(ROWS[0]);
      expect(list.rows).toEqual([
        { row: 2, cells: ROWS[1] },
        { row: 3, cells: ROWS[2] },
      ]);
    },
  );

  it('detects CP949 from bytes that are not UTF-8, and UTF-8 that is cut mid-character', () => {
    expect(detectEncoding(encode('이름,월세\r\n김똠순,25만', 'cp949'))).toBe('cp949');
    const utf8 = Buffer.from('이름,월세\r\n김가상,25만', 'utf8');
    expect(detectEncoding(utf8.subarray(0, utf8.length - 1))).toBe('utf-8');
    expect(detectEncoding(Buffer.from('name,rent\r\n', 'ascii'))).toBe('utf-8');
  });

  it('keeps characters whole across read blocks in a large CP949 file, and takes an override', async () => {
    const many = [ROWS[0] as string[]];
    for (let i = 0; i < 12_000; i++) many.push([`똠가상${i}`, '1948.5.1', '쪽방', `${i}`]);
    const file = tmp.file('large-cp949.csv', csvBytes(many, 'cp949'));
    const list = await readAll(file);
    expect(list.rows).toHaveLength(12_000);
    expect(list.rows.every((r, i) => 'cells' in r && r.cells[0] === `똠가상${i}` && r.row === i + 2)).toBe(true);
    // Told the wrong encoding, the names come out garbled rather than the file failing.
    const forced = await readAll(file, { encoding: 'utf-8' });
    const garbled = forced.rows[0] as SourceRow;
    expect('cells' in garbled && garbled.cells[0]).not.toBe('똠가상0');
  });

  it.each(['utf-8', 'cp949'] as const)(
    'a %s list’s progress is the share of the file its rows taken so far came from, not what is read ahead',
    async (enc) => {
      const many = [ROWS[0] as string[]];
      for (let i = 0; i < 120_000; i++) many.push([`가상${i}`, '1948.5.1', '쪽방', `${i}`]);
      const bytes = csvBytes(many, enc);
      // Where each row ends in the file (header included), in bytes of the encoding.
      const ends: number[] = [];
      let at = 0;
      for (const r of many) {
        at += encode(`${r.join(',')}\r\n`, enc).length;
        ends.push(at);
      }
      const list = await openList(tmp.file(`progress-${enc}.csv`, bytes));
      const seen: number[] = [];
      let rows = 0;
      // Taken as a job takes them: a block of 1,000 rows, then a pause while it is written, in
      // which a stream between the file and the reader would read on ahead.
      for await (const _ of list.rows) {
        if (++rows % 1000 !== 0) continue;
        const taken = ends[rows] as number;
        // Ahead of the rows taken by at most the piece of the file they came from (256 KiB).
        expect(list.fraction() * bytes.length).toBeGreaterThanOrEqual(taken - 1);
        expect(list.fraction() * bytes.length).toBeLessThanOrEqual(taken + 256 * 1024);
        seen.push(list.fraction());
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      list.close();
      expect(rows).toBe(120_000);
      expect(new Set(seen).size).toBeGreaterThan(5);
      expect(seen.at(-1)).toBe(1);
    },
  );
});

describe('files that are not lists', () => {
  it('an empty file, and one with only a header', async () => {
    expect((await refusal(tmp.file('empty.csv', ''))).code).toBe('empty');
    expect((await refusal(tmp.file('blank.csv', '\r\n\r\n  \r\n'))).code).toBe('empty');
    const onlyHeader = await refusal(tmp.file('header-only.csv', csvBytes([ROWS[0] as string[]], 'utf-8')));
    expect(onlyHeader.code).toBe('empty');
    expect(onlyHeader.label.ko).toContain('자료가 없습니다');
  });

  it('binary files: an image, an old .xls, a zip that is not a workbook', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect((await refusal(tmp.file('photo.csv', png))).label.ko).toContain('글자로 된 파일이 아닙니다');
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    expect((await refusal(tmp.file('old.xls', ole))).label.ko).toContain('.xls');
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]);
    expect((await refusal(tmp.file('fake.xlsx', zip))).label.ko).toContain('엑셀(.xlsx) 파일로 읽을 수 없습니다');
  });

  it('a first line that is data, not column names', async () => {
    const file = tmp.file(
      'no-header.csv',
      csvBytes(
        [
          ['1948-05-01', '250000', '3'],
          ['1952-03-15', '1,200,000', '2'],
        ],
        'utf-8',
      ),
    );
    const error = await refusal(file);
    expect(error.code).toBe('headers');
    expect(error.label.ko).toContain('머리글');
  });

  it('a line with no line break is stopped at the limit, not read into memory whole', async () => {
    const file = tmp.file('one-line.csv', `성명,월세\r\n김가상,${'9'.repeat(MAX_ROW_CHARS * 4)}`);
    const error = await refusal(file);
    expect(error.code).toBe('long_line');
    expect(error.label.ko).toContain('2번째 줄이 너무 깁니다');
    const headerOnly = await refusal(tmp.file('one-line-header.csv', 'x'.repeat(MAX_ROW_CHARS * 2)));
    expect(headerOnly.code).toBe('long_line');
  });
});

describe('a 2 GB line without a line break', () => {
  it('is refused after reading a few blocks of it, never loaded whole', async () => {
    // A real 2 GiB file, sparse on disk: a header, then one data line that never ends (text first,
    // so the file sniffs as text; the rest reads as bytes of 0).
    const file = tmp.file('two-gigabytes.csv', `성명,월세\r\n김가상,${'9'.repeat(128 * 1024)}`);
    const size = 2 * 1024 ** 3;
    fs.truncateSync(file, size);
    expect(fs.statSync(file).size).toBe(size);
    const streams: ReadStream[] = [];
    const open = fs.createReadStream;
    const spy = vi.spyOn(fs, 'createReadStream').mockImplementation((...args: Parameters<typeof open>) => {
      const stream = open(...args);
      streams.push(stream);
      return stream;
    });
    try {
      const error = await refusal(file);
      expect(error.code).toBe('long_line');
      expect(error.label.ko).toContain('2번째 줄이 너무 깁니다');
    } finally {
      spy.mockRestore();
    }
    expect(streams).toHaveLength(1);
    // Reading stopped at the row limit: a few 256 KiB blocks of the 2,048 MiB.
    expect(streams[0]?.bytesRead).toBeGreaterThan(MAX_ROW_CHARS);
    expect(streams[0]?.bytesRead).toBeLessThan(8 * MAX_ROW_CHARS);
    expect(streams[0]?.destroyed).toBe(true);
  });
});

describe('rows', () => {
  it('a row with broken quotes is reported with its row number and the rows before it are kept', async () => {
    // Quotes inside a cell are let through; a quote never closed swallows the rest, which is reported.
    const text = `성명,월세\r\n김가상,25만\r\n이가상,"30만"원\r\n박가상,"10만\r\n`;
    const list = await readAll(tmp.file('quotes.csv', text));
    expect(list.rows.slice(0, 2)).toEqual([
      { row: 2, cells: ['김가상', '25만'] },
      { row: 3, cells: ['이가상', '"30만"원'] },
    ]);
    expect(list.rows[2]).toMatchObject({ row: 4, broken: { ko: expect.stringContaining('따옴표') } });
    expect(list.rows).toHaveLength(3);
  });

  it('tab-separated text (Excel "유니코드 텍스트") and duplicate or blank column names', async () => {
    const text = encode('성명\t주소\t주소\t\r\n김가상\t광주 광산구\t수완동\tx\r\n', 'utf-16le');
    const list = await readAll(tmp.file('unicode.txt', text));
    expect(list.headers).toEqual(['성명', '주소', '주소 (2)', '열 D']);
    expect(list.rows).toEqual([{ row: 2, cells: ['김가상', '광주 광산구', '수완동', 'x'] }]);
  });

  it('reads an XLSX sheet: shared texts, numbers, dates as dates, Excel row numbers', async () => {
    const file = tmp.file(
      'list.xlsx',
      await xlsxBytes([
        ['성명', '생년월일', '월세', '주거유형'],
        ['김똠순', { date: '1948-05-01' }, 250000, '쪽방'],
        [],
        ['이가상', { date: '1952-03-15' }, 0.1 + 0.2, '고시원'],
      ]),
    );
    const list = await readAll(file);
    expect(list.kind).toBe('xlsx');
    expect(list.headers).toEqual(['성명', '생년월일', '월세', '주거유형']);
    expect(list.rows).toEqual([
      { row: 2, cells: ['김똠순', '1948-05-01', '250000', '쪽방'] },
      { row: 4, cells: ['이가상', '1952-03-15', '0.3', '고시원'] },
    ]);
  });
});
