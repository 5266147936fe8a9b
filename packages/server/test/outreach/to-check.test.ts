import { xlsxBytes } from '@jibsa/lists/test-files';
import { todayIso } from '@jibsa/programs';
import { beforeAll, expect, it } from 'vitest';
import { staffPerBlock } from '../cases/support.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { mappingFor } from './list-mapping.ts';
import { screenToEnd } from './sample-list-job.ts';

// A 쪽방 list that says who lives where and in what, but nothing of income or assets: no household
// is likely eligible for anything yet, and each is undecided for the programs those would decide.
const HEADER = ['성명', '생년월일', '구', '점유형태', '주거유형'] as const;
const ROWS = [
  [...HEADER],
  ['가상하나', { date: '1948-05-01' }, '동구', '월세', '쪽방'],
  ['가상둘', { date: '1950-02-03' }, '서구', '월세', '쪽방'],
];

describeOnEachDatabase('outreach results: households still to look into', (make) => {
  const t = appPerBlock(make);
  const admin = staffPerBlock(t, 'admin');
  let jobId: string;
  beforeAll(async () => {
    const up = await admin.upload('/api/outreach/lists', '소득 없는 명단.xlsx', await xlsxBytes(ROWS));
    expect(up.statusCode, up.body).toBe(201);
    const list = { id: up.json().id as string, mapping: mappingFor(HEADER) as Record<string, string> };
    const job = await screenToEnd<{ id: string; state: string }>(t.app, admin.login, list, todayIso());
    expect(job.state).toBe('done');
    jobId = job.id;
  });

  const names = async (query: string) => {
    const res = await admin.get(`/api/outreach/jobs/${jobId}/results?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as { reference: string }[]).map((r) => r.reference);
  };

  it('lists nobody as likely eligible, and every household as one to look into', async () => {
    expect(await names('only=eligible')).toEqual([]);
    expect(await names('only=check')).toEqual(['가상하나', '가상둘']);
    expect(await names('only=check&district=seo')).toEqual(['가상둘']);
    expect(await names('only=check&program=housing-benefit.rent')).toEqual(['가상하나', '가상둘']);
  });

  it('downloads the same households, named for what they are', async () => {
    const csv = await admin.get(`/api/outreach/jobs/${jobId}/results.csv?only=check`);
    expect(csv.statusCode, csv.body).toBe(200);
    // One line a program a household, each with what to find out.
    const lines = csv.body.trim().split('\r\n').slice(1);
    expect(new Set(lines.map((l) => l.split(',')[1]))).toEqual(new Set(['가상하나', '가상둘']));
    expect(lines.some((l) => l.includes('확인 필요') && l.includes('일해서 버는 돈'))).toBe(true);
    expect(decodeURIComponent(String(csv.headers['content-disposition']))).toContain('확인필요');
  });
});
