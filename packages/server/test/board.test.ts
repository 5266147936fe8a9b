import { describe, expect, it } from 'vitest';
import { DEMO_NOTICES } from '../src/seed/demo-notices.ts';
import { appPerBlock, makeTestApp } from './support/app.ts';
import { loginAs, loginPerBlock, type StaffLogin } from './support/staff.ts';

/** A multipart body with one file part, as a browser's form would send it. */
function multipart(filename: string, bytes: Buffer, type = 'application/octet-stream') {
  const boundary = '----jibsa-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('the center board (게시판)', () => {
  const t = appPerBlock(makeTestApp);
  const staff = loginPerBlock(t, 'counselor.dong');

  const write = (payload: Record<string, unknown>, who: StaffLogin = staff) =>
    t.app.inject({ method: 'POST', url: '/api/board/posts', payload, cookies: who.cookies, headers: who.csrf });

  it('lists the seeded posts newest first with 번호·제목·글쓴이·날짜·조회 수, pinned on top, a page at a time', async () => {
    const res = await t.app.inject('/api/board/posts?limit=10');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // Thirty demo posts and the demo 모집공고, each of which is a post too.
    expect(body.total).toBe(30 + DEMO_NOTICES);
    expect(body.pages).toBe(Math.ceil((30 + DEMO_NOTICES) / 10));
    expect(body.items).toHaveLength(10);
    const numbers = body.items.map((i: { number: number }) => i.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(body.items[0]).toMatchObject({
      authorName: expect.any(String),
      views: expect.any(Number),
      createdAt: expect.any(String),
    });
    expect(body.pinned.length).toBe(2);
    const page3 = (await t.app.inject('/api/board/posts?limit=10&page=3')).json();
    expect(page3.items).toHaveLength(10);
    expect(page3.pinned).toEqual([]);
    const notices = (await t.app.inject('/api/board/posts?category=recruitment&limit=50')).json();
    expect(notices.items.every((i: { category: string }) => i.category === 'recruitment')).toBe(true);
  });

  it('only center and city staff write; anyone reads', async () => {
    const post = { category: 'notice', title: '테스트 공지', body: '본문' };
    expect((await t.app.inject({ method: 'POST', url: '/api/board/posts', payload: post })).statusCode).toBe(401);
    const partner = await loginAs(t.app, 'partner.lh');
    expect((await write(post, partner)).statusCode).toBe(403);
    const noToken = await t.app.inject({
      method: 'POST',
      url: '/api/board/posts',
      payload: post,
      cookies: staff.cookies,
    });
    expect(noToken.statusCode).toBe(403);
    const ok = await write(post);
    expect(ok.statusCode).toBe(201);
    expect(ok.json().permalink).toBe(`/board/${ok.json().number}`);
  });

  it('neutralises XSS in title, body and Markdown links', async () => {
    const res = await write({
      category: 'news',
      title: '<script>alert(1)</script>제목',
      body: '<img src=x onerror=alert(1)> [누르기](javascript:alert(1)) <a href="https://example.org" onclick="x()">링크</a>\n\n<script>alert(2)</script><iframe src="//evil"></iframe>',
    });
    expect(res.statusCode).toBe(201);
    const post = (await t.app.inject(`/api/board/posts/${res.json().number}`)).json();
    for (const bad of ['<script', 'onerror', 'javascript:', 'onclick', '<iframe', '<img'])
      expect(post.bodyHtml).not.toContain(bad);
    expect(post.bodyHtml).toContain('href="https://example.org"');
    expect(post.bodyHtml).toContain('rel="noopener noreferrer nofollow"');
    const page = await t.app.inject({ url: `/board/${res.json().number}` });
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).not.toContain('<script>alert(1)');
    expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;제목');
    expect(page.body).toMatch(/<meta property="og:title" content="&lt;script&gt;/);
  });

  it('counts a view once per visitor per day, and again for another visitor', async () => {
    const { number } = (await write({ category: 'news', title: '조회 수 확인', body: '본문' })).json();
    const view = (ua: string) => t.app.inject({ url: `/api/board/posts/${number}`, headers: { 'user-agent': ua } });
    expect((await view('browser-a')).json().views).toBe(1);
    expect((await view('browser-a')).json().views).toBe(1);
    expect((await view('browser-b')).json().views).toBe(2);
    const rows = await t.handle.db.selectFrom('board_view').selectAll().execute();
    // What is kept says nothing about who: no address, no browser name.
    expect(JSON.stringify(rows)).not.toMatch(/browser-|127\.0\.0\.1/);
  });

  it('searches title and body forgiving Korean spacing', async () => {
    await write({ category: 'notice', title: '고령자 복지주택 입주 안내', body: '신청 서류는 주민 센터에서' });
    const a = (await t.app.inject(`/api/board/posts?q=${encodeURIComponent('고령자복지주택')}`)).json();
    const b = (await t.app.inject(`/api/board/posts?q=${encodeURIComponent('주민센터')}`)).json();
    expect(a.items.some((i: { title: string }) => i.title === '고령자 복지주택 입주 안내')).toBe(true);
    expect(b.items.some((i: { title: string }) => i.title === '고령자 복지주택 입주 안내')).toBe(true);
    const none = (await t.app.inject(`/api/board/posts?q=${encodeURIComponent('100%_없는말')}`)).json();
    expect(none.total).toBe(0);
  });

  it('keeps every edit in a history for staff and refuses a stale edit with 409', async () => {
    const { number } = (await write({ category: 'notice', title: '처음 제목', body: '처음 본문' })).json();
    const edit = (version: number, title: string) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/board/posts/${number}`,
        payload: { category: 'notice', title, body: '고친 본문', version },
        cookies: staff.cookies,
        headers: staff.csrf,
      });
    expect((await edit(1, '두 번째 제목')).json().version).toBe(2);
    const stale = await edit(1, '늦게 온 고침');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('JIBSA_CONFLICT');
    const history = (await t.app.inject({ url: `/api/board/posts/${number}/history`, cookies: staff.cookies })).json();
    expect(history.items).toHaveLength(1);
    expect(history.items[0]).toMatchObject({ version: 1, title: '처음 제목', bodyMarkdown: '처음 본문' });
    expect((await t.app.inject(`/api/board/posts/${number}`)).json()).toMatchObject({
      title: '두 번째 제목',
      edits: 1,
    });
  });

  it("lets only a post's writer or an administrator change it, and only administrators and the city pin", async () => {
    const { number } = (await write({ category: 'notice', title: '동구 상담사의 글', body: '본문' })).json();
    const edit = (who: StaffLogin, payload: Record<string, unknown> = {}) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/board/posts/${number}`,
        payload: { category: 'notice', title: '다른 사람이 고친 제목', body: '고친 본문', version: 1, ...payload },
        cookies: who.cookies,
        headers: who.csrf,
      });
    const seo = await loginAs(t.app, 'counselor.seo');
    const refused = await edit(seo);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toContain('쓴 사람이나 관리자만');
    const file = multipart('안내.pdf', PDF, 'application/pdf');
    const attach = await t.app.inject({
      method: 'POST',
      url: `/api/board/posts/${number}/attachments`,
      payload: file.payload,
      cookies: seo.cookies,
      headers: { ...file.headers, ...seo.csrf },
    });
    expect(attach.statusCode).toBe(403);
    expect((await t.app.inject(`/api/board/posts/${number}`)).json()).toMatchObject({ title: '동구 상담사의 글' });
    // Its writer may not pin it; an administrator may change and pin it.
    expect((await edit(staff, { pinned: true })).statusCode).toBe(403);
    expect((await write({ category: 'notice', title: '고정하려는 글', body: '본문', pinned: true })).statusCode).toBe(
      403,
    );
    const admin = await loginAs(t.app, 'admin');
    const byAdmin = await edit(admin, { pinned: true });
    expect(byAdmin.statusCode, byAdmin.body).toBe(200);
    // The city's own demo notice stays the city's: a counselor cannot rewrite it.
    const cityPost = (await t.app.inject('/api/board/posts?category=notice')).json().pinned[0] as { number: number };
    const cityEdit = await t.app.inject({
      method: 'PUT',
      url: `/api/board/posts/${cityPost.number}`,
      payload: { category: 'notice', title: 'hacked by seo', body: 'changed', version: 1 },
      cookies: seo.cookies,
      headers: seo.csrf,
    });
    expect(cityEdit.statusCode).toBe(403);
    // The list tells signed-in staff which posts they may change; visitors are told nothing.
    const rowFor = async (who?: StaffLogin) => {
      const list = (await t.app.inject({ url: '/api/board/posts?limit=50', cookies: who?.cookies ?? {} })).json();
      return [...list.pinned, ...list.items].find((p: { number: number }) => p.number === number);
    };
    expect((await rowFor(staff)).mayEdit).toBe(true);
    expect((await rowFor(seo)).mayEdit).toBe(false);
    expect((await rowFor(admin)).mayEdit).toBe(true);
    expect(await rowFor()).not.toHaveProperty('mayEdit');
  });

  it('takes a real PDF, counts its downloads, and refuses disguised, disallowed and oversized files', async () => {
    const { number } = (await write({ category: 'library', title: '자료', body: '첨부 참고' })).json();
    const upload = (name: string, bytes: Buffer) =>
      t.app.inject({
        method: 'POST',
        url: `/api/board/posts/${number}/attachments`,
        cookies: staff.cookies,
        ...((m) => ({ payload: m.payload, headers: { ...m.headers, ...staff.csrf } }))(multipart(name, bytes)),
      });
    const ok = await upload('안내문 <1>.pdf', PDF);
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ mediaType: 'application/pdf', filename: '안내문 _1_.pdf' });
    const file = await t.app.inject(`/api/board/attachments/${ok.json().id}`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PDF)).toBe(true);
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''");
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    await t.app.inject(`/api/board/attachments/${ok.json().id}`);
    const post = (await t.app.inject(`/api/board/posts/${number}`)).json();
    expect(post.attachmentList[0].downloads).toBe(2);

    const disguised = await upload('notice.pdf', Buffer.from('<html><script>alert(1)</script></html>'));
    expect(disguised.statusCode).toBe(415);
    expect(disguised.json().code).toBe('JIBSA_FILE_REFUSED');
    const exe = await upload('setup.hwp', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]));
    expect(exe.statusCode).toBe(415);
    const renamed = await upload('photo.pdf', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    expect(renamed.statusCode).toBe(415);
    expect(renamed.json().detail).toContain('PNG');
    const huge = await upload('big.txt', Buffer.alloc(21 * 1024 * 1024, 'a'));
    expect(huge.statusCode).toBe(413);
    const stranger = await t.app.inject({
      method: 'POST',
      url: `/api/board/posts/${number}/attachments`,
      ...multipart('a.pdf', PDF),
    });
    expect(stranger.statusCode).toBe(401);
  });

  it('serves feeds per category and a printable page with Open Graph tags at a stable address', async () => {
    const atom = await t.app.inject('/api/board/feeds/news/atom.xml');
    expect(atom.statusCode).toBe(200);
    expect(atom.headers['content-type']).toMatch(/application\/atom\+xml/);
    expect(atom.body).toContain('<feed');
    expect(atom.body).toContain('/board/');
    const rss = await t.app.inject('/api/board/feeds/notice/rss.xml');
    expect(rss.body).toContain('<rss');
    expect((await t.app.inject('/api/board/feeds/bogus/rss.xml')).statusCode).toBe(400);
    const page = await t.app.inject('/board/1');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<meta property="og:title"');
    expect(page.body).toContain('<html lang="ko">');
    expect(page.body).toContain('<link rel="stylesheet" href="/board/board.css">');
    expect((await t.app.inject('/board/board.css')).body).toContain('@media print');
    expect((await t.app.inject('/board/99999')).statusCode).toBe(404);
  });
});
