import path from 'node:path';
import { csvBytes } from '@jibsa/lists/test-files';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { claimJob, type OutreachJob } from '../../src/outreach/jobs/queue.ts';
import { RowChecks } from '../../src/outreach/jobs/row-checks.ts';
import { type RunOptions, runJob } from '../../src/outreach/jobs/run-job.ts';
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
  // Row 3: 김가상 again, the same birth date written another way: the same household twice.
  person('김가상', '1948-05-01'),
  // Row 4: a cell too many, row 5: two cells short, row 6: 가구원수 0.
  [...person('이가상', '1950.1.1'), '메모'],
  person('박가상', '1951.1.1').slice(0, 7),
  person('최가상', '1952.1.1', '0'),
  // Row 7: another 김가상, born another day: a household of its own, however common the name.
  person('김가상', '1950.3.3'),
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

  it('takes a name with the same particulars as a repeat, and a name alone as no key', () => {
    const headers = ['성명', '생년월일', '주소', '연락처', '월세'];
    const checks = new RowChecks(
      headers,
      { 성명: 'reference', 생년월일: 'head.birthDate', 주소: 'address', 연락처: 'phone', 월세: 'monthlyRent' },
      'csv',
    );
    const row = (row: number, cells: string[]) => checks.check({ row, cells });
    expect(row(3, ['임정호', '1950.1.1', '광주 동구 충장로 95', '010-1111-2222', '20만'])).toEqual({ warnings: [] });
    // The walkthrough's row 4: the same name, another person (born, living and reached elsewhere).
    expect(row(4, ['임정호', '1950.6.1', '광주 동구 충장로 97', '010-3333-4444', '20만'])).toEqual({ warnings: [] });
    // Same name and particulars, another rent typed: the same household listed twice.
    expect(row(5, [' 임정호', '1950-01-01', '광주  동구 충장로 95', '01011112222', '25만'])).toEqual({
      repeat: {
        column: '성명',
        ko: expect.stringContaining('3행과 "성명"·"생년월일"·"주소"·"연락처" 값이 모두 같습니다'),
        en: expect.stringContaining('as row 3 (the household is listed twice)'),
      },
    });
    // No particulars filled in: a name cannot tell two people apart, so neither row is refused.
    expect(row(6, ['김영숙', '', '', '', '20만'])).toEqual({ warnings: [] });
    expect(row(7, ['김영숙', '', '', '', '30만'])).toEqual({ warnings: [] });
    // …but the same line twice still is.
    expect(row(8, ['김영숙', '', '', '', '30만'])).toMatchObject({
      repeat: { ko: expect.stringContaining('7행과 내용이') },
    });
  });

  it('takes an id in the reference column as the household, whatever else differs', () => {
    const checks = new RowChecks(
      ['관리번호', '생년월일'],
      { 관리번호: 'reference', 생년월일: 'head.birthDate' },
      'csv',
    );
    expect(checks.check({ row: 2, cells: ['가구-0012', '1948.5.1'] })).toEqual({ warnings: [] });
    expect(checks.check({ row: 3, cells: ['가구-0012', '1949.5.1'] })).toMatchObject({
      repeat: { column: '관리번호', ko: expect.stringContaining('2행과 "관리번호" 값(관리번호)이 같습니다') },
    });
    // A code in a column named as a name (대상자 "A17") is an id by its digits.
    const named = new RowChecks(['대상자'], { 대상자: 'reference' }, 'csv');
    expect(named.check({ row: 2, cells: ['A17'] })).toEqual({ warnings: [] });
    expect(named.check({ row: 3, cells: ['A17', 'x'] })).toMatchObject({ repeat: { column: '대상자' } });
  });
});

describeOnEachDatabase('outreach rows listed twice, short or over, and 가구원수 0', (make) => {
  const t = appPerBlock(make);
  const dong = staffPerBlock(t, 'counselor.dong');

  it('counts a household listed twice once and reports each row by number; a namesake and the others are screened', async () => {
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
    expect(job).toMatchObject({ state: 'done', rowsDone: 6, rowsOk: 5, rowsBad: 1, rowsWarned: 3 });

    const all = (await dong.get(`/api/outreach/jobs/${jobId}/results?only=all`)).json();
    expect(all.items.map((r: { row: number; ok: boolean }) => [r.row, r.ok])).toEqual([
      [2, true],
      [3, false],
      [4, true],
      [5, true],
      [6, true],
      [7, true],
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
    expect(lines[0]).toContain('2행과 ""성명""·""생년월일"" 값이 모두 같습니다');
    expect(lines[1]).toContain('칸이 열 이름보다 많습니다 (열 9개, 이 행 10칸)');
    expect(lines[2]).toContain('칸이 열 이름보다 적습니다 (열 9개, 이 행 7칸)');
    expect(lines[3]).toContain('""가구원수"" 값이 0명입니다');
  });
});

/** 임정호 and 김영숙 twice each as namesakes and twice each as the same household, across blocks. */
const NAMESAKES = [
  ['성명', '생년월일', '주소', '연락처', '점유형태', '월세', '월소득', '가구원수'],
  ['임정호', '1950.1.1', '광주 동구 충장로 95', '010-1111-2222', '월세', '20만', '0', '1'],
  ['임정호', '1950.6.1', '광주 동구 충장로 97', '010-3333-4444', '월세', '20만', '0', '1'],
  ['김영숙', '1940.1.1', '광주 서구 상무대로 1', '', '월세', '25만', '0', '1'],
  ['임정호', '1950-01-01', '광주 동구 충장로 95', '01011112222', '월세', '22만', '0', '1'],
  ['김영숙', '1941.1.1', '광주 서구 상무대로 1', '', '월세', '25만', '0', '1'],
  ['김영숙', '19400101', '광주 서구 상무대로 1', '', '월세', '30만', '0', '1'],
];
const NAMESAKE_MAPPING = {
  성명: 'reference',
  생년월일: 'head.birthDate',
  주소: 'address',
  연락처: 'phone',
  점유형태: 'tenure',
  월세: 'monthlyRent',
  월소득: 'head.earnedIncome',
  가구원수: 'householdSize',
};

describeOnEachDatabase('outreach namesakes and repeats across a crash', (make) => {
  const t = appPerBlock(make, { env: { JIBSA_OUTREACH_WORKER: 'off' } });
  const dong = staffPerBlock(t, 'counselor.dong');
  const options = (worker: string, extra: Partial<RunOptions> = {}): RunOptions => ({
    db: t.app.db,
    uploadsDir: path.join(t.app.config.dataDir, 'outreach'),
    worker,
    leaseSeconds: 30,
    blockRows: 2,
    ...extra,
  });
  const results = (jobId: string) =>
    t.app.db
      .selectFrom('outreach_result')
      .select(['row_number', 'ok', 'errors'])
      .where('job_id', '=', jobId)
      .orderBy('row_number')
      .execute();

  it('a job resumed after a crash finds the same repeats and screens the same namesakes as one never stopped', async () => {
    const up = await dong.upload('/api/outreach/lists', '동명이인.csv', csvBytes(NAMESAKES, 'utf-8'));
    expect(up.statusCode, up.body).toBe(201);
    const start = async () => {
      const r = await dong.post(`/api/outreach/lists/${up.json().id}/jobs`, { mapping: NAMESAKE_MAPPING });
      expect(r.statusCode, r.body).toBe(202);
      return r.json().id as string;
    };
    const whole = await start();
    expect(await runJob(options('w1'), (await claimJob(t.app.db, 'w1', 30)) as OutreachJob)).toBe('done');

    const crashed = await start();
    const crash = options('w2', {
      inBlock: (block) => {
        if (block === 1) throw new Error('killed');
      },
    });
    await expect(runJob(crash, (await claimJob(t.app.db, 'w2', 30)) as OutreachJob)).rejects.toThrow('killed');
    await t.app.db.updateTable('outreach_job').set({ lease_until: sql`now() - interval '1 second'` }).execute();
    const resumed = (await claimJob(t.app.db, 'w3', 30)) as OutreachJob;
    // Rows 2 and 3 (the two 임정호) were committed; their repeat in row 5 is after the crash.
    expect(resumed).toMatchObject({ id: crashed, last_row: 3 });
    expect(await runJob(options('w3'), resumed)).toBe('done');

    const expected = [
      [2, true],
      [3, true],
      [4, true],
      [5, false],
      [6, true],
      [7, false],
    ];
    const a = await results(whole);
    expect(a.map((r) => [r.row_number, r.ok])).toEqual(expected);
    expect(await results(crashed)).toEqual(a);
    expect(a[3]?.errors[0]?.ko).toContain('2행과 "성명"·"생년월일"·"주소"·"연락처" 값이 모두 같습니다');
    expect(a[5]?.errors[0]?.ko).toContain('4행과');
    const job = (await dong.get(`/api/outreach/jobs/${crashed}`)).json();
    expect(job).toMatchObject({ state: 'done', rowsDone: 6, rowsOk: 4, rowsBad: 2 });
  });
});
