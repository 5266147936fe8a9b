import { multipart } from '@jibsa/lists/test-files';
import { expect, it } from 'vitest';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { loginPerBlock, type StaffLogin } from '../support/staff.ts';

describeOnEachDatabase('the sample list to try 발굴 with', (make) => {
  const t = appPerBlock(make);
  const dong = loginPerBlock(t, 'counselor.dong');
  const lh = loginPerBlock(t, 'partner.lh');
  const admin = loginPerBlock(t, 'admin');
  const get = (who: StaffLogin | null, url: string) =>
    t.app.inject({ method: 'GET', url, ...(who ? { cookies: who.cookies } : {}) });
  const post = (who: StaffLogin, url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, payload, cookies: who.cookies, headers: who.csrf });

  it('downloads as CSV for staff only, uploads with every column mapped by itself, and screens to eligible and 사각지대 households', async () => {
    expect((await get(null, '/api/outreach/sample-list.csv')).statusCode).toBe(401);
    const refused = await get(lh, '/api/outreach/sample-list.csv');
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toMatch(/problem\+json/);

    const sample = await get(dong, '/api/outreach/sample-list.csv');
    expect(sample.statusCode).toBe(200);
    expect(sample.headers['content-type']).toMatch(/^text\/csv/);
    expect(sample.headers['content-disposition']).toContain('attachment');
    expect(sample.body.startsWith('\uFEFF관리번호,주소,생년월일,')).toBe(true);
    const lines = sample.body.trim().split('\r\n');
    expect(lines).toHaveLength(201);
    // The same list every time: it is made by code, not from anyone's data.
    expect((await get(dong, '/api/outreach/sample-list.csv')).body).toBe(sample.body);
    // Its households are consistent: nobody living free (무상) or in their own home pays a deposit.
    const head = (lines[0] as string).replace('\uFEFF', '').split(',');
    const [tenureAt, depositAt] = [head.indexOf('점유형태'), head.indexOf('보증금')];
    expect(Math.min(tenureAt, depositAt)).toBeGreaterThanOrEqual(0);
    const rows = lines.slice(1).map((l) => l.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/));
    const free = rows.filter((r) => r[tenureAt] === '무상' || r[tenureAt] === '자가');
    expect(free.length).toBeGreaterThan(20);
    expect(free.filter((r) => r[depositAt] !== '0')).toEqual([]);

    const bytes = Buffer.from(sample.body, 'utf8');
    const up = await t.app.inject({
      method: 'POST',
      url: '/api/outreach/lists',
      cookies: dong.cookies,
      ...multipart('예시명단.csv', bytes),
      headers: { ...multipart('예시명단.csv', bytes).headers, ...dong.csrf },
    });
    expect(up.statusCode, up.body).toBe(201);
    const list = up.json();
    const headers = (lines[0] as string).replace('\uFEFF', '').split(',');
    expect(Object.keys(list.suggestedMapping).sort()).toEqual([...headers].sort());

    const started = await post(dong, `/api/outreach/lists/${list.id}/jobs`, { mapping: list.suggestedMapping });
    expect(started.statusCode, started.body).toBe(202);
    let job = started.json();
    for (let i = 0; i < 300 && job.state !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await get(dong, `/api/outreach/jobs/${job.id}`)).json();
    }
    expect(job).toMatchObject({ state: 'done', rowsDone: 200, rowsOk: 200, rowsBad: 0 });
    // A 동구 counselor's sample is a 동구 list: its households are all in 동구, some likely
    // eligible, and some of those getting nothing they could.
    expect(job.eligibleByDistrict.map((d: { district: string }) => d.district)).toEqual(['dong']);
    expect(job.unreachedByProgram.length).toBeGreaterThan(0);
    expect(sample.headers['content-disposition']).toContain(encodeURIComponent('예시명단_가상가구_동구.csv'));
  });

  it('gives the city a sample of all five 구', async () => {
    const sample = await get(admin, '/api/outreach/sample-list.csv');
    expect(sample.statusCode).toBe(200);
    const gu = new Set(
      sample.body
        .trim()
        .split('\r\n')
        .slice(1)
        .map((line) => line.match(/광주광역시 (\S+구)/)?.[1]),
    );
    expect([...gu].sort()).toEqual(['광산구', '남구', '동구', '북구', '서구']);
  });
});
