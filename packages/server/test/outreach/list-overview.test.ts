// The lists a person may find again after a reload (issue 12): scoped by 구 like cases, newest
// first, with uploader, latest job and its 사각지대 count, the countdown to deletion, and audited.
import { csvBytes, multipart } from '@jibsa/lists/test-files';
import { expect, it } from 'vitest';
import type { OutreachListSummary } from '../../src/outreach/job-type.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { loginAs, loginPerBlock, type StaffLogin } from '../support/staff.ts';
import { LIST_MAPPING } from './list-mapping.ts';

const LIST = [
  '성명|생년월일|구|점유형태|주거유형|보증금|월세|월소득|사업소득|연금|기타소득|금융재산|자동차|부채|기타재산|주택소유|가구원수|주거급여',
  '김똠순|1948.5.1|동구|월세|쪽방|100만|20만원|0|0|30만|0|50만|0|0|0|X|1|비수급',
  '이가상|1955-13-01|동구|월세|쪽방|100만|20만원|0|0|0|0|0|0|0|0|X|1|',
  '박새롬|1951.3.9|동구|월세|고시원|50만|25만원|0|0|0|0|20만|0|0|0|X|1|아니오',
  '정수급|1949.7.2|동구|월세|쪽방|100만|20만원|0|0|0|0|10만|0|0|0|X|1|수급',
].map((line) => line.split('|'));
const MAPPING = { ...LIST_MAPPING, 주거급여: 'receivesHousingBenefit' };

describeOnEachDatabase('outreach lists found again', (make) => {
  const t = appPerBlock(make);
  const dong = loginPerBlock(t, 'counselor.dong');
  const seo = loginPerBlock(t, 'counselor.seo');
  const admin = loginPerBlock(t, 'admin');

  const upload = async (who: StaffLogin, name: string, query = '') => {
    const bytes = csvBytes(LIST, 'utf-8');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/outreach/lists${query}`,
      cookies: who.cookies,
      ...multipart(name, bytes),
      headers: { ...multipart(name, bytes).headers, ...who.csrf },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const get = (who: StaffLogin, url: string) => t.app.inject({ method: 'GET', url, cookies: who.cookies });
  const lists = async (who: StaffLogin) => {
    const res = await get(who, '/api/outreach/lists');
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as OutreachListSummary[];
  };
  const name = async (who: StaffLogin) => (await get(who, '/api/auth/me')).json().displayName as string;

  it('a counselor sees their 구’s lists newest first with their job and 사각지대; never another 구’s; each read audited', async () => {
    const screened = await upload(dong, '동구 쪽방.csv');
    const started = await t.app.inject({
      method: 'POST',
      url: `/api/outreach/lists/${screened}/jobs`,
      payload: { mapping: MAPPING },
      cookies: dong.cookies,
      headers: dong.csrf,
    });
    expect(started.statusCode, started.body).toBe(202);
    let job = started.json();
    for (let i = 0; i < 200 && job.state !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await get(dong, `/api/outreach/jobs/${job.id}`)).json();
    }
    expect(job.state).toBe('done');
    const waiting = await upload(dong, '동구 체납.csv');
    const seoList = await upload(seo, '서구 명단.csv');
    const adminSeo = await upload(admin, '시 전수조사 서구.csv', '?district=seo');

    const mine = await lists(dong);
    expect(mine.map((l) => l.id)).toEqual([waiting, screened]);
    expect(mine[0]).toMatchObject({
      fileName: '동구 체납.csv',
      district: 'dong',
      daysLeft: 90,
      jobs: 0,
      latestJob: null,
    });
    expect(mine[0]?.uploadedBy).toBe(await name(dong));
    // 김똠순 (비수급) and 박새롬 (아니오) are likely eligible for 주거급여 and do not get it; 정수급 does.
    const unreached = job.unreachedByDistrict.reduce((n: number, d: { households: number }) => n + d.households, 0);
    expect(unreached).toBe(2);
    expect(mine[1]).toMatchObject({
      fileName: '동구 쪽방.csv',
      jobs: 1,
      latestJob: { id: job.id, state: 'done', rowsDone: 4, rowsBad: 1, unreached: 2 },
    });
    // Reopened, the list shows the mapping its job used, not a fresh suggestion.
    expect(mine[1]?.latestJob?.mapping).toEqual(MAPPING);

    const theirs = await lists(seo);
    expect(theirs.map((l) => l.id)).toEqual([adminSeo, seoList]);
    expect(theirs.some((l) => l.district !== 'seo')).toBe(false);
    expect((await lists(admin)).map((l) => l.id)).toEqual([adminSeo, seoList, waiting, screened]);

    const audit = await t.app.db
      .selectFrom('audit_log')
      .innerJoin('staff_user', 'staff_user.id', 'audit_log.actor_id')
      .select(['staff_user.username', 'audit_log.subject_id'])
      .where('audit_log.action', '=', 'outreach.lists')
      .execute();
    const read = (who: string) =>
      audit
        .filter((a) => a.username === who)
        .map((a) => a.subject_id)
        .sort();
    expect(read('counselor.dong')).toEqual([screened, waiting].sort());
    expect(read('counselor.seo')).toEqual([adminSeo, seoList].sort());
    expect(read('admin')).toEqual([adminSeo, seoList, waiting, screened].sort());
  });

  it('a job whose list says nothing of what households receive has no 사각지대 count, not zero', async () => {
    const bytes = csvBytes(
      LIST.map((r) => r.slice(0, -1)),
      'utf-8',
    );
    const up = await t.app.inject({
      method: 'POST',
      url: '/api/outreach/lists',
      cookies: dong.cookies,
      ...multipart('수급 열 없음.csv', bytes),
      headers: { ...multipart('수급 열 없음.csv', bytes).headers, ...dong.csrf },
    });
    const { 주거급여: _, ...mapping } = MAPPING;
    const started = await t.app.inject({
      method: 'POST',
      url: `/api/outreach/lists/${up.json().id}/jobs`,
      payload: { mapping },
      cookies: dong.cookies,
      headers: dong.csrf,
    });
    let state = started.json().state;
    for (let i = 0; i < 200 && state !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      state = (await get(dong, `/api/outreach/jobs/${started.json().id}`)).json().state;
    }
    const found = (await lists(dong)).find((l) => l.id === up.json().id);
    expect(found?.latestJob).toMatchObject({ state: 'done', unreached: null });
  });

  it('refuses the anonymous, the city and partners as other personal data routes do', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/outreach/lists' })).statusCode).toBe(401);
    for (const who of ['city', 'partner.lh']) {
      const res = await get(await loginAs(t.app, who), '/api/outreach/lists');
      expect(res.statusCode).toBe(403);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
  });
});
