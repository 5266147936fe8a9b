// What the case list answers beside its rows: how many cases match (same scope and filters).
import { expect, it } from 'vitest';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { staffPerBlock } from './support.ts';

describeOnEachDatabase('the case list’s answer beside its rows', (make) => {
  const t = appPerBlock(make, { seed: true });
  const dong = staffPerBlock(t, 'counselor.dong');
  const admin = staffPerBlock(t, 'admin');

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

  it('counts what a search finds, and nothing when it finds nothing', async () => {
    const found = (await dong.get('/api/cases?q=C-2')).json();
    expect(found.total.count).toBe(found.items.length);
    const none = (await dong.get(`/api/cases?q=${encodeURIComponent('ㅋㅋㅋㅋㅋ')}`)).json();
    expect(none).toMatchObject({ items: [], total: { count: 0, atLeast: false } });
  });
});
