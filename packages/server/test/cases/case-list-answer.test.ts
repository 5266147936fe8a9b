// What the case list answers beside its rows: how many cases match (same scope and filters), and
// for a counselor who searched a whole case number held by another 구, that it is there to break the glass for.
import { expect, it } from 'vitest';
import { ELSEWHERE_PER_MINUTE } from '../../src/cases/elsewhere.ts';
import { countCases } from '../../src/cases/queries.ts';
import { appPerBlock } from '../support/app.ts';
import { auditEntries } from '../support/audit.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { staffPerBlock } from './support.ts';

describeOnEachDatabase('the case list’s answer beside its rows', (make) => {
  const t = appPerBlock(make, { seed: true });
  const dong = staffPerBlock(t, 'counselor.dong');
  const buk = staffPerBlock(t, 'counselor.buk');
  const admin = staffPerBlock(t, 'admin');
  const city = staffPerBlock(t, 'city');
  const partner = staffPerBlock(t, 'partner.lh');

  const casesIn = async (district?: string) =>
    (
      await t.handle.db
        .selectFrom('case_record')
        .select(({ fn }) => fn.countAll<number>().as('n'))
        .$if(district !== undefined, (q) => q.where('district', '=', district as 'dong'))
        .executeTakeFirstOrThrow()
    ).n;

  it('counts the cases in scope with the first page, not the page, and leaves later pages uncounted', async () => {
    const inDong = Number(await casesIn('dong'));
    expect(inDong, 'the demo has more 동구 cases than one small page').toBeGreaterThan(2);
    const first = (await dong.get('/api/cases?limit=2')).json();
    expect(first.items).toHaveLength(2);
    expect(first.total).toEqual({ count: inDong, atLeast: false });
    const next = (await dong.get(`/api/cases?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`)).json();
    expect(next.total).toBeNull();
    // An admin's count is every 구's; the same filter as the rows (a 구 asked for) narrows it alike.
    expect((await admin.get('/api/cases?limit=1')).json().total.count).toBe(Number(await casesIn()));
    expect((await admin.get('/api/cases?limit=1&district=dong')).json().total.count).toBe(inDong);
  });

  it('stops counting past its cap and says "at least"', async () => {
    const inDong = Number(await casesIn('dong'));
    const scope = { all: false, district: 'dong' } as const;
    const today = '2026-12-07';
    expect(await countCases(t.handle.db, scope, { today }, inDong - 1)).toEqual({ count: inDong - 1, atLeast: true });
    expect(await countCases(t.handle.db, scope, { today }, inDong)).toEqual({ count: inDong, atLeast: false });
  });

  it('counts what a search finds, and nothing when it finds nothing', async () => {
    const found = (await dong.get('/api/cases?q=C-2')).json();
    expect(found.total.count).toBe(found.items.length);
    const none = (await dong.get(`/api/cases?q=${encodeURIComponent('ㅋㅋㅋㅋㅋ')}`)).json();
    expect(none).toMatchObject({ items: [], total: { count: 0, atLeast: false } });
  });

  const seoCase = () =>
    t.handle.db
      .selectFrom('case_record')
      .select(['id', 'number'])
      .where('district', '=', 'seo')
      .orderBy('number')
      .executeTakeFirstOrThrow();
  const search = (text: string) => `/api/cases?q=${encodeURIComponent(text)}`;

  it('tells a 동구 counselor who searched a 서구 case number where it is, and nothing about the household', async () => {
    const c = await seoCase();
    const people = await t.handle.db
      .selectFrom('case_person')
      .select(['name', 'phone'])
      .where('case_id', '=', c.id)
      .execute();
    const res = await dong.get(search(c.number));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ items: [], total: { count: 0 } });
    expect(body.elsewhere).toEqual({ caseId: c.id, number: c.number, district: 'seo' });
    for (const p of people) {
      expect(res.body).not.toContain(p.name);
      if (p.phone) expect(res.body).not.toContain(p.phone);
    }
    // Typed as counselors type it (no dashes, lower case), it is the same number.
    expect((await dong.get(search(c.number.replaceAll('-', '').toLowerCase()))).json().elsewhere?.caseId).toBe(c.id);
    // Each answer is written down: who learned which 구 holds the case.
    expect(await auditEntries(t.handle.db, 'case.found_elsewhere', c.id)).not.toHaveLength(0);
    // The offer leads to the break-glass opening as it is today: a reason, then read-only, audited.
    const opened = await dong.getFromApp(
      `/api/cases/${body.elsewhere.caseId}?breakGlass=true&reason=${encodeURIComponent('서구 상담사 부재 중 긴급 연락')}`,
    );
    expect(opened.json()).toMatchObject({ number: c.number, brokeGlass: true });
    expect(await auditEntries(t.handle.db, 'case.read.break_glass', c.id)).toHaveLength(1);
  });

  it('says nothing of other 구 for part of a number, a number of its own 구, or one nobody holds', async () => {
    const c = await seoCase();
    expect((await dong.get(search(c.number.slice(0, 9)))).json().elsewhere).toBeNull();
    expect((await dong.get(search('C-1999-999999'))).json().elsewhere).toBeNull();
    const own = await t.handle.db
      .selectFrom('case_record')
      .select('number')
      .where('district', '=', 'dong')
      .executeTakeFirstOrThrow();
    const found = (await dong.get(search(own.number))).json();
    expect(found.items.map((i: { number: string }) => i.number)).toEqual([own.number]);
    expect(found.elsewhere).toBeNull();
  });

  it('says it at most five times a minute, so case numbers cannot be walked through', async () => {
    const c = await seoCase();
    const answers = [];
    for (let i = 0; i < ELSEWHERE_PER_MINUTE + 1; i++) answers.push((await buk.get(search(c.number))).json().elsewhere);
    expect(answers.slice(0, ELSEWHERE_PER_MINUTE).every((a) => a?.caseId === c.id)).toBe(true);
    // Past the limit the list answers as for any number it does not hold: no 구, no id.
    expect(answers.at(-1)).toBeNull();
    // Another counselor's look-ups are their own.
    expect((await dong.get(search(c.number))).json().elsewhere?.caseId).toBe(c.id);
  });

  it('gives roles that may not break the glass nothing about other 구', async () => {
    const c = await seoCase();
    // An admin sees every 구 already: the case is in the list, not "elsewhere".
    const all = (await admin.get(search(c.number))).json();
    expect(all.items.map((i: { id: string }) => i.id)).toEqual([c.id]);
    expect(all.elsewhere).toBeNull();
    for (const who of [city, partner]) {
      const res = await who.get(search(c.number));
      expect(res.statusCode).toBe(403);
      expect(res.body).not.toContain(c.id);
      expect(res.body).not.toContain('elsewhere');
    }
  });
});
