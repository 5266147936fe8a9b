// Reproduction 9 of issue #15: every request is reachable a page at a time.
import { expect, it } from 'vitest';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { loginAs } from '../support/staff.ts';

// Cursors carry the row's timestamp as text: PGlite and PostgreSQL must both read it back exactly.
describeOnEachDatabase('cursor paging on the consultation list', (make) => {
  const t = appPerBlock(make);

  it('walks every request once, newest first, and refuses a made-up cursor', async () => {
    const consent = { contact: true, household: false, result: false };
    for (let i = 0; i < 7; i++) {
      const payload = { name: `사람${i}`, phone: '01012345678', district: 'buk', consent };
      expect((await t.app.inject({ method: 'POST', url: '/api/consultations', payload })).statusCode).toBe(201);
      // PGlite's clock counts whole milliseconds: two requests within one share a created_at, and
      // "newest first" cannot tell them apart. Let the clock move on so each is newer than the last.
      await new Promise((r) => setTimeout(r, 3));
    }
    const { cookies } = await loginAs(t.app, 'counselor.buk');
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `reason=paging&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await t.app.inject({ url: `/api/consultations?${query}`, cookies });
      expect(res.statusCode).toBe(200);
      const body = res.json() as { items: { name: string }[]; nextCursor: string | null };
      seen.push(...body.items.map((i) => i.name));
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(['사람6', '사람5', '사람4', '사람3', '사람2', '사람1', '사람0']);
    const bad = await t.app.inject({ url: '/api/consultations?reason=paging&cursor=bm90LWEtY3Vyc29y', cookies });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('query.cursor');
    const tooMany = await t.app.inject({ url: '/api/consultations?reason=paging&limit=5000', cookies });
    expect(tooMany.statusCode).toBe(400);
  });
});
