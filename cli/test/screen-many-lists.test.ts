import fs from 'node:fs';
import path from 'node:path';
import { openList, type SourceRow } from '@jibsa/lists';
import { csvBytes, csvText, tempDir, xlsxBytes } from '@jibsa/lists/test-files';
import { afterAll, describe, expect, it } from 'vitest';
import { ELDERLY_RENTER_ALONE } from '../../packages/server/test/support/households.ts';
import { main } from '../src/main.ts';
import { runCaptured } from './support/io.ts';

const tmp = tempDir();
afterAll(() => tmp.remove());

const run = (argv: string[], stdin: Buffer | string = '') => runCaptured((io) => main(argv, io), stdin);

async function readTable(file: string) {
  const list = await openList(file);
  const rows: string[][] = [];
  for await (const r of list.rows as AsyncIterable<SourceRow>) if ('cells' in r) rows.push([...r.cells]);
  return { headers: list.headers, rows };
}

const cell = (t: { headers: string[]; rows: string[][] }, row: number, header: string) =>
  t.rows[row]?.[t.headers.indexOf(header)];

const HEADER = [
  '성명',
  '주소',
  '생년월일',
  '가구원수',
  '점유형태',
  '보증금',
  '월세',
  '연금',
  '근로소득',
  '사업소득',
  '기타소득',
  '금융재산',
  '일반재산',
  '자동차',
  '부채',
];
// The CLI tests' renter (78, alone, pension 350,000, rent 300,000 on a 5,000,000 deposit) as a 구 list writes her.
const renter = (name: string) => [
  name,
  '광주광역시 북구 가상로 1',
  '1947.5.1',
  '1',
  '월세',
  '5,000,000',
  '30만원',
  '35만',
  '0',
  '0',
  '0',
  '0',
  '0',
  '0',
  '0',
];
const DATE = ['--date', '2026-03-01'];

describe('jibsa screen-many with CSV and XLSX lists', () => {
  it('reads a CSV list and writes results as Excel-friendly CSV with Korean headers', async () => {
    const input = tmp.file('list.csv', csvBytes([HEADER, renter('김가상'), renter('이가상')], 'utf-8'));
    const output = path.join(tmp.dir, 'results.csv');
    const { code, err } = await run(['screen-many', '--in', input, '--out', output, ...DATE]);
    expect(err).toContain('가구 2개를 선별했습니다');
    expect(code).toBe(0);
    const bytes = fs.readFileSync(output);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n');
    const t = await readTable(output);
    expect(t.headers.slice(0, 3)).toEqual(['행 번호', '이름·관리번호', '대상 제도 수']);
    expect(t.rows.map((r) => r.slice(0, 2))).toEqual([
      ['2', '김가상'],
      ['3', '이가상'],
    ]);
    expect(cell(t, 0, '주거급여 (임차급여)')).toBe('대상');
    // The same household as JSON: the list path maps her to the same answer as the NDJSON path.
    const json = await run(['screen-many', '-', ...DATE], `${JSON.stringify(asJson)}\n`);
    const rent = JSON.parse(json.out).programs.find((p: { id: string }) => p.id === 'housing-benefit.rent');
    expect(cell(t, 0, '주거급여 (임차급여) 금액(원)')).toBe(String(rent.amount));
    expect(rent.amount).toBeGreaterThan(0);
  });

  it('reads XLSX and writes XLSX', async () => {
    const input = tmp.file(
      'list.xlsx',
      await xlsxBytes([
        HEADER,
        renter('박가상'),
        [
          '최가상',
          '광주광역시 서구 가상로 2',
          { date: '1950-01-02' },
          2,
          '전세',
          30_000_000,
          0,
          0,
          1_200_000,
          0,
          0,
          0,
          0,
          0,
          0,
        ],
      ]),
    );
    const output = path.join(tmp.dir, 'results.xlsx');
    const { code } = await run(['screen-many', '--in', input, '--out', output, '--explain', ...DATE]);
    expect(code).toBe(0);
    const t = await readTable(output);
    expect(t.rows.map((r) => r[1])).toEqual(['박가상', '최가상']);
    expect(cell(t, 0, '주거급여 (임차급여)')).toBe('대상');
    expect(cell(t, 1, '주거급여 (임차급여)')).not.toBe('');
    // --explain adds each program's reasons in words.
    expect(cell(t, 0, '주거급여 (임차급여) 이유')?.length).toBeGreaterThan(10);
  });

  it('with --explain in NDJSON, marks reasons on weak figures and names those figures once a program', async () => {
    const { code, out } = await run(['screen-many', '--explain', '-', ...DATE], `${JSON.stringify(asJson)}\n`);
    expect(code).toBe(0);
    const line = JSON.parse(out.trim());
    type Why = { id: string; reasons: { ko: string }[]; figuresNote?: { ko: string } };
    const purchase = (line.programs as Why[]).find((p) => p.id === 'public-rental.purchase');
    // One reason per rule, the note not among them: two of its rules rest on one-source figures.
    expect(purchase?.reasons.filter((r) => r.ko.endsWith(' ※'))).toHaveLength(2);
    expect(purchase?.reasons.some((r) => r.ko.includes('담당 기관에 확인'))).toBe(false);
    expect(purchase?.figuresNote?.ko).toMatch(/^※ 표시한 판단에 쓴 .*담당 기관에 확인해 주세요\.$/);
    const plain = (line.programs as Why[]).filter((p) => !p.figuresNote);
    expect(plain.length).toBeGreaterThan(0);
    for (const p of plain) expect(p.reasons.some((r) => r.ko.endsWith(' ※'))).toBe(false);
  });

  it('reads a CP949 list (as Korean office PCs save CSV)', async () => {
    const input = tmp.file('cp949.csv', csvBytes([HEADER, renter('김똠순')], 'cp949'));
    const { code, out } = await run(['screen-many', '--in', input, '--to', 'csv', ...DATE]);
    expect(code).toBe(0);
    expect(out.split('\r\n')[1]).toMatch(/^2,김똠순,/);
  });

  it('reports bad rows with row number and column, still writes the good rows, and exits 1', async () => {
    const rows = [HEADER, ...Array.from({ length: 10 }, (_, i) => renter(`가상${i + 1}`))];
    (rows[2] as string[])[6] = '삼십만원';
    (rows[6] as string[])[2] = '1948.13.45';
    const input = tmp.file('bad.csv', csvText(rows));
    const output = path.join(tmp.dir, 'bad-results.csv');
    const errors = path.join(tmp.dir, 'errors.csv');
    const { code, err } = await run(['screen-many', '--in', input, '--out', output, '--errors', errors, ...DATE]);
    expect(code).toBe(1);
    expect(err).toContain('읽지 못한 행 2개');
    const e = await readTable(errors);
    expect(e.headers).toEqual(['행 번호', '이름·관리번호', '열', '문제', 'problem']);
    expect(e.rows.map((r) => r.slice(0, 3))).toEqual([
      ['3', '가상2', '월세'],
      ['7', '가상6', '생년월일'],
    ]);
    const t = await readTable(output);
    expect(t.rows.map((r) => r[0])).toEqual(['2', '4', '5', '6', '8', '9', '10', '11']);
    // Without --errors the same rows go to standard error.
    const plain = await run(['screen-many', '--in', input, '--out', output, ...DATE]);
    expect(plain.err).toContain('3행 · 열 "월세"');
    expect(plain.err).toContain('7행 · 열 "생년월일"');
  });

  it('refuses an empty file and a file whose headers name no household field, with exit 1', async () => {
    const empty = await run(['screen-many', '--in', tmp.file('empty.csv', ''), '--to', 'csv']);
    expect(empty.code).toBe(1);
    expect(empty.err).toContain('빈 파일입니다');
    const headerOnly = await run(['screen-many', '--in', tmp.file('header-only.csv', `${HEADER.join(',')}\r\n`)]);
    expect(headerOnly.code).toBe(1);
    expect(headerOnly.err).toContain('파일에 자료가 없습니다');
    const wrong = await run(['screen-many', '--in', tmp.file('wrong.csv', 'foo,bar\n1x,2y\n')]);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('열 이름을 알아볼 수 없습니다');
    expect(wrong.out).toBe('');
    expect((await run(['screen-many', '--in', tmp.file('x.csv', 'a'), '--to', 'pdf'])).code).toBe(2);
  });

  it('reads CSV from standard input and writes CSV to standard output', async () => {
    const { code, out } = await run(['screen-many', ...DATE], csvBytes([HEADER, renter('정가상')], 'utf-8-bom'));
    expect(code).toBe(0);
    expect(out.startsWith('\uFEFF행 번호,')).toBe(true);
    expect(out.trimEnd().split('\r\n')).toHaveLength(2);
  });
});

// The same renter as a JSON line gives her: an address and a birth date where the fixture has a region and an age.
const asJson = {
  ...ELDERLY_RENTER_ALONE,
  region: undefined,
  gwangjuDistrict: undefined,
  address: { sido: '광주광역시', sigungu: '북구' },
  members: [{ ...ELDERLY_RENTER_ALONE.members[0], age: undefined, relation: 'head', birthDate: '1947-05-01' }],
};
