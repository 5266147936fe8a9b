import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type Cell, SHEET_ROWS, xlsxStream } from '../../src/outreach/export/spreadsheet.ts';

async function* linesOf(n: number): AsyncGenerator<readonly Cell[]> {
  for (let i = 0; i < n; i++) yield [i + 2, `가상${i}`, i % 2 ? null : 1000 * i];
}

const COLUMNS = [
  { header: '행 번호', width: 8 },
  { header: '이름', width: 16 },
  { header: '금액', width: 14 },
];

async function workbook(n: number, maxRows?: number) {
  const book = new ExcelJS.Workbook();
  const bytes = await buffer(xlsxStream({ name: '선별 결과', columns: COLUMNS, lines: linesOf(n) }, maxRows));
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

const values = (ws: ExcelJS.Worksheet) =>
  ws
    .getSheetValues()
    .slice(1)
    .map((r) => (r as unknown[]).slice(1));

describe('the results workbook', () => {
  it('goes on in another sheet, with the header again, past the rows a sheet may hold', async () => {
    const book = await workbook(7, 3);
    expect(book.worksheets.map((w) => w.name)).toEqual(['선별 결과', '선별 결과 (2)', '선별 결과 (3)']);
    const [first, second, third] = book.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(values(first)).toEqual([
      ['행 번호', '이름', '금액'],
      [2, '가상0', 0],
      [3, '가상1'],
      [4, '가상2', 2000],
    ]);
    expect(values(second)[0]).toEqual(['행 번호', '이름', '금액']);
    expect(
      values(second)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([5, 6, 7]);
    expect(values(third).slice(1)).toEqual([[8, '가상6', 6000]]);
    expect(third.getRow(1).font?.bold).toBe(true);
  });

  it('is one sheet up to the limit, and Excel’s limit is 1,048,576 rows with the header', async () => {
    expect(SHEET_ROWS + 1).toBe(1_048_576);
    const book = await workbook(3, 3);
    expect(book.worksheets).toHaveLength(1);
    expect(values(book.worksheets[0] as ExcelJS.Worksheet)).toHaveLength(4);
  });
});
