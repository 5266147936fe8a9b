import { csvBytes } from '@jibsa/lists/test-files';
import { beforeAll, expect, it } from 'vitest';
import { staffPerBlock } from '../cases/support.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { loginPerBlock } from '../support/staff.ts';
import { type ListHeader, mappingFor } from './list-mapping.ts';
import { screenToEnd, uploadSampleList } from './sample-list-job.ts';

/** A 구 list as many are: no car, debt, savings or other-income columns. */
const HEADER: ListHeader[] = ['성명', '생년월일', '구', '점유형태', '주거유형', '보증금', '월세', '월소득', '가구원수'];
const MAPPING = mappingFor(HEADER);
const ROWS = [
  ['김가상', '1948.5.1', '동구', '월세', '쪽방', '100만', '20만원', '0', '1'],
  ['이가상', '1951.2.3', '동구', '월세', '고시원', '50만', '25만원', '30만', '1'],
  ['박가상', '1944.7.9', '동구', '월세', '다가구', '300만', '30만원', '0', '1'],
  ['최가상', '1960.11.20', '동구', '월세', '반지하', '500만', '28만원', '50만', '1'],
];
const LIST = [HEADER, ...ROWS];

interface Job {
  id: string;
  state: string;
  assumeNone: boolean;
  assumed: { key: string; label: { ko: string }; value: { ko: string } }[];
  undecided: { households: number; missing: { key: string; column: string | null; households: number }[] } | null;
  eligibleByProgram: { id: string; households: number }[];
}
const eligibleSum = (j: Job) => j.eligibleByProgram.reduce((n, p) => n + p.households, 0);

describeOnEachDatabase('outreach: households undecided for what the list lacks, and taking it as none', (make) => {
  const t = appPerBlock(make);
  const dong = staffPerBlock(t, 'counselor.dong');
  const dongLogin = loginPerBlock(t, 'counselor.dong');
  let listId = '';
  let off: Job;
  let on: Job;

  beforeAll(async () => {
    const up = await dong.upload('/api/outreach/lists', '열이 적은 명단.csv', csvBytes(LIST, 'utf-8'));
    expect(up.statusCode, up.body).toBe(201);
    listId = up.json().id;
    const list = { id: listId, mapping: MAPPING as Record<string, string> };
    off = await screenToEnd<Job>(t.app, dongLogin, list, '2026-03-01');
    on = await screenToEnd<Job>(t.app, dongLogin, list, '2026-03-01', { assumeNone: true });
    expect([off.state, on.state]).toEqual(['done', 'done']);
  }, 60_000);

  it('the preview counts the households it cannot decide and names the columns the list lacks', async () => {
    const res = await dong.post(`/api/outreach/lists/${listId}/preview`, { mapping: MAPPING, date: '2026-03-01' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.assumed).toEqual([]);
    expect(body.undecided.households).toBeGreaterThan(0);
    // Each undecided household is a row the preview shows with nothing likely eligible and something open.
    const undecidedRows = body.rows.filter(
      (r: { programs: { status: string }[] }) =>
        !r.programs.some((p) => p.status === 'eligible') && r.programs.some((p) => p.status === 'unknown'),
    );
    expect(body.undecided.households).toBe(undecidedRows.length);
    const car = body.undecided.missing.find((m: { key: string }) => m.key === 'carValue');
    expect(car).toMatchObject({ column: null, label: { ko: '자동차 가액' }, households: body.undecided.households });

    const assumed = await dong.post(`/api/outreach/lists/${listId}/preview`, {
      mapping: MAPPING,
      date: '2026-03-01',
      assumeNone: true,
    });
    expect(assumed.statusCode, assumed.body).toBe(200);
    const keys = assumed.json().assumed.map((f: { key: string }) => f.key);
    expect(keys).toEqual(expect.arrayContaining(['carValue', 'debts', 'head.otherIncome', 'head.earnerGroup']));
    // Earnings are the list's own column, and never assumed.
    expect(keys).not.toContain('head.earnedIncome');
    expect(assumed.json().undecided.households).toBeLessThan(body.undecided.households);
  });

  it('the job records the choice, and its counts differ with and without it', async () => {
    expect(off).toMatchObject({ assumeNone: false, assumed: [] });
    expect(on.assumeNone).toBe(true);
    expect(on.assumed.find((f) => f.key === 'carValue')).toMatchObject({ value: { ko: '0원' } });
    expect(on.assumed.find((f) => f.key === 'head.earnerGroup')).toMatchObject({ value: { ko: '해당 없음' } });
    // Without it every household waits on a car value no column gives; with it they are decided.
    expect(off.undecided?.households).toBe(ROWS.length);
    // The car's value is named, not the details asked only once there is a car.
    expect(off.undecided?.missing.map((m) => m.key)).not.toContain('carKind');
    expect(off.undecided?.missing).toContainEqual({
      key: 'carValue',
      label: { ko: '자동차 가액', en: 'Car value' },
      column: null,
      households: ROWS.length,
    });
    expect(on.undecided?.households ?? 0).toBeLessThan(ROWS.length);
    expect(eligibleSum(on)).toBeGreaterThan(eligibleSum(off));
    // Reading the job again gives the same (counted from what was kept as its blocks were written).
    const again = (await dong.get(`/api/outreach/jobs/${on.id}`)).json();
    expect(again).toMatchObject({ assumeNone: true, undecided: on.undecided });
    const lists = (await dong.get('/api/outreach/lists')).json();
    const mine = lists.items.find((l: { id: string }) => l.id === listId);
    expect(mine.latestJob).toMatchObject({ id: on.id, assumeNone: true });
  });

  it('the downloads of a job that assumed say so on every line; the others have no such column', async () => {
    const csv = await dong.get(`/api/outreach/jobs/${on.id}/results.csv?only=all`);
    expect(csv.statusCode).toBe(200);
    const [header, ...lines] = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header?.split(',').at(-1)).toBe('선별 가정');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toContain('목록에 없는 항목을 없는 것으로 보고 선별: 자동차 가액 0원');
    const plain = await dong.get(`/api/outreach/jobs/${off.id}/results.csv?only=all`);
    expect(plain.body).not.toContain('선별 가정');
    const xlsx = await dong.get(`/api/outreach/jobs/${on.id}/results.xlsx?only=all`);
    expect(xlsx.statusCode).toBe(200);
  });
});

describeOnEachDatabase('정책 모의 계산 on a list screened with what it lacks taken as none', (make) => {
  const t = appPerBlock(make);
  const dong = loginPerBlock(t, 'counselor.dong');
  const whatIf = async (jobId: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/outreach/jobs/${jobId}/what-if`,
      payload: { overrides: [{ parameter: 'housing-benefit.selection-rate', value: 0.5 }] },
      cookies: dong.cookies,
      headers: dong.csrf,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('sums the amounts of earners once a missing 근로소득 공제 대상 is read as none, and says so', async () => {
    const list = await uploadSampleList(t.app, dong);
    const off = await screenToEnd<Job>(t.app, dong, list, '2026-03-01');
    const on = await screenToEnd<Job>(t.app, dong, list, '2026-03-01', { assumeNone: true });
    expect(on.assumed.map((f) => f.key)).toContain('head.earnerGroup');
    const [a, b] = [await whatIf(off.id), await whatIf(on.id)];
    expect(a.assumed).toEqual([]);
    expect(b.assumed).toEqual(on.assumed);
    const rent = (x: { programs: { id: string; baseline: { eligible: number; withAmount: number } }[] }) =>
      x.programs.find((p) => p.id === 'housing-benefit.rent')?.baseline;
    const [without, withIt] = [rent(a), rent(b)];
    expect(without?.withAmount).toBeLessThan(without?.eligible ?? 0);
    expect(withIt?.withAmount).toBeGreaterThan(without?.withAmount ?? 0);
    // On the sample list every household likely eligible then has its amount (the walkthrough: 1 of 41).
    expect(withIt?.withAmount).toBe(withIt?.eligible);
  }, 90_000);
});
