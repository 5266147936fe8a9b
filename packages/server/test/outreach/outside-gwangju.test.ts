import { csvBytes } from '@jibsa/lists/test-files';
import { expect, it } from 'vitest';
import { staffPerBlock } from '../cases/support.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { screenToEnd } from './sample-list-job.ts';

describeOnEachDatabase('a 발굴 row of a household outside Gwangju', (make) => {
  const t = appPerBlock(make);
  const admin = staffPerBlock(t, 'admin');

  it('is not made a case, and the counselor is told why: outside Gwangju, not "map a 구 column"', async () => {
    const rows = [
      ['성명', '생년월일', '주소', '점유형태', '월소득'],
      ['가상서울', '1948-05-01', '서울특별시 종로구 가상로 1', '월세', '0'],
      ['가상주소', '1950-02-03', '', '월세', '0'],
    ];
    const up = await admin.upload('/api/outreach/lists', '관외 명단.csv', csvBytes(rows, 'utf-8'));
    expect(up.statusCode, up.body).toBe(201);
    const mapping = {
      성명: 'reference',
      생년월일: 'head.birthDate',
      주소: 'address',
      점유형태: 'tenure',
      월소득: 'head.earnedIncome',
    };
    const job = await screenToEnd<{ id: string; state: string }>(
      t.app,
      admin.login,
      { id: up.json().id, mapping },
      '2026-06-01',
    );
    expect(job.state).toBe('done');
    const made = await admin.post(`/api/outreach/jobs/${job.id}/cases`, { rows: [2, 3] });
    expect(made.statusCode, made.body).toBe(200);
    const [outside, unknown] = made.json().items as { row: number; outcome: string; reason: { ko: string } }[];
    expect(outside?.outcome).toBe('refused');
    expect(outside?.reason.ko).toContain('광주 밖에 사는 가구라');
    // No address at all: still the mapping to fix.
    expect(unknown?.outcome).toBe('refused');
    expect(unknown?.reason.ko).toContain('구나 주소 열을 연결해 주세요');
  });
});
