import { csvBytes } from '@jibsa/lists/test-files';
import { describe, expect, it } from 'vitest';
import { RowChecks } from '../../src/outreach/jobs/row-checks.ts';
import { staffPerBlock } from '../cases/support.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { type ListHeader, mappingFor } from './list-mapping.ts';

const HEADER: ListHeader[] = ['성명', '생년월일', '구', '점유형태', '주거유형', '보증금', '월세', '월소득', '가구원수'];
const MAPPING = mappingFor(HEADER);
const person = (name: string, birth: string, size = '1') =>
  [name, birth, '동구', '월세', '쪽방', '100만', '20만원', '0', size] as string[];
const LIST = [
  HEADER,
  person('김가상', '1948.5.1'),
  // Row 3: 김가상 again (another birth date typed): one household by the list's own name column.
  person('김가상', '1948.5.2'),
  // Row 4: a cell too many, row 5: two cells short, row 6: 가구원수 0.
  [...person('이가상', '1950.1.1'), '메모'],
  person('박가상', '1951.1.1').slice(0, 7),
  person('최가상', '1952.1.1', '0'),
];

describe('row checks', () => {
  it('finds a line typed twice when no column names the household', () => {
    const checks = new RowChecks(['생년월일', '월세'], { 생년월일: 'head.birthDate', 월세: 'monthlyRent' }, 'xlsx');
    expect(checks.check({ row: 2, cells: ['1948.5.1', '20만'] })).toEqual({ warnings: [] });
    expect(checks.check({ row: 3, cells: ['1948.5.1', '21만'] })).toEqual({ warnings: [] });
    const again = checks.check({ row: 4, cells: [' 1948.5.1', '20만', ''] });
    expect(again).toMatchObject({ repeat: { ko: expect.stringContaining('2행과 내용이 똑같습니다') } });
    // A workbook leaves empty cells at a row's end out: a short row there is no problem.
    expect(checks.check({ row: 5, cells: ['1949.1.1'] })).toEqual({ warnings: [] });
  });
});

describeOnEachDatabase('outreach rows listed twice, short or over, and 가구원수 0', (make) => {
  const t = appPerBlock(make);
  const dong = staffPerBlock(t, 'counselor.dong');

  it('counts a household listed twice once and reports each row by number; the others are screened', async () => {
    const up = await dong.upload('/api/outreach/lists', '중복 명단.csv', csvBytes(LIST, 'utf-8'));
    expect(up.statusCode, up.body).toBe(201);
    const started = await dong.post(`/api/outreach/lists/${up.json().id}/jobs`, { mapping: MAPPING });
    expect(started.statusCode, started.body).toBe(202);
    const jobId = started.json().id;
    let job = started.json();
    for (let i = 0; i < 200 && job.state !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await dong.get(`/api/outreach/jobs/${jobId}`)).json();
    }
    expect(job).toMatchObject({ state: 'done', rowsDone: 5, rowsOk: 4, rowsBad: 1, rowsWarned: 3 });

    const all = (await dong.get(`/api/outreach/jobs/${jobId}/results?only=all`)).json();
    expect(all.items.map((r: { row: number; ok: boolean }) => [r.row, r.ok])).toEqual([
      [2, true],
      [3, false],
      [4, true],
      [5, true],
      [6, true],
    ]);

    const csv = await dong.get(`/api/outreach/jobs/${jobId}/errors.csv`);
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.trim().split('\r\n').slice(1);
    expect(lines.map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
      '3,김가상',
      '4,이가상',
      '5,박가상',
      '6,최가상',
    ]);
    // (CSV doubles the quotes around a column's name.)
    expect(lines[0]).toContain('2행과 ""성명"" 값이 같습니다');
    expect(lines[1]).toContain('칸이 열 이름보다 많습니다 (열 9개, 이 행 10칸)');
    expect(lines[2]).toContain('칸이 열 이름보다 적습니다 (열 9개, 이 행 7칸)');
    expect(lines[3]).toContain('""가구원수"" 값이 0명입니다');
  });
});
