import { afterAll, describe, expect, it } from 'vitest';
import type { SourceRow } from '../src/list-error.ts';
import { csvBytes, csvText, tempDir, xlsxBytes } from './list-files.ts';
import { readAll, refusal } from './read-all.ts';

const tmp = tempDir();
afterAll(() => tmp.remove());

const HEADER = ['관리번호', '주소', '생년월일', '가구원수', '점유형태', '보증금', '월세'];
const T024 = ['T-024', '광주광역시 동구 가상로 24', '1955-02-02', '1', '월세', '100만', '20만'];
const T025 = ['T-025', '광주광역시 동구 가상로 25', '1950-07-01', '2', '월세', '200만', '25만'];
const cells = (r: SourceRow | undefined) => (r && 'cells' in r ? r.cells : null);

describe('the row of column names', () => {
  it('is found under a title row of an Excel list, and the row used is told', async () => {
    const title = ['2026년 동구 주거실태조사 명단 (가상)'];
    const list = await readAll(tmp.file('titled.xlsx', await xlsxBytes([title, HEADER, T024, T025])));
    expect(list.headerRow).toBe(2);
    expect(list.headers).toEqual(HEADER);
    expect(list.rows.map((r) => r.row)).toEqual([3, 4]);
    expect(cells(list.rows[0])?.[0]).toBe('T-024');
  });

  it('is found under a title, a date line and a blank line of a CSV, whose title has no commas', async () => {
    const text = `2026년 동구 주거실태조사 명단 (가상)\r\n작성일: 2026-03-01\r\n\r\n${csvText([HEADER, T024])}`;
    const list = await readAll(tmp.file('titled.csv', text));
    expect(list.headerRow).toBe(4);
    expect(list.headers).toEqual(HEADER);
    expect(list.rows.map((r) => [r.row, cells(r)?.[0]])).toEqual([[5, 'T-024']]);
  });

  it('stays the first row when it is, even with names no list uses', async () => {
    const list = await readAll(tmp.file('own-names.csv', csvBytes([['가', '나', '다'], T024.slice(0, 3)], 'utf-8')));
    expect(list.headerRow).toBe(1);
    expect(list.headers).toEqual(['가', '나', '다']);
    expect(list.rows).toHaveLength(1);
  });

  it('a title with no column names under it: says they must be in the first row', async () => {
    const file = tmp.file('title-only.csv', csvText([['2026년 동구 명단'], ['가', '나', '다'], T024.slice(0, 3)]));
    const error = await refusal(file);
    expect(error.code).toBe('headers');
    expect(error.label.ko).toContain('열 이름(관리번호, 주소, 생년월일 …)은 첫 줄에 있어야 합니다');
    expect(error.label.ko).toContain('2026년 동구 명단');
  });

  it('a CSV with no header line is refused, not read with its first household as the column names', async () => {
    const error = await refusal(tmp.file('no-header.csv', csvBytes([T024, T025], 'utf-8')));
    expect(error.code).toBe('headers');
    expect(error.label.ko).toContain('첫 줄이 열 이름(머리글)이 아니라 자료입니다');
    expect(error.label.en).toContain('The first line is data, not column names');
  });
});
