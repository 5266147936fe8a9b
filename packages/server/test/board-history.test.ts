import { beforeAll, expect, it } from 'vitest';
import { appPerBlock } from './support/app.ts';
import { auditEntries } from './support/audit.ts';
import { describeOnEachDatabase } from './support/backends.ts';
import { loginAs, loginPerBlock, type StaffLogin } from './support/staff.ts';

const PHONE = '010-1234-5678';

describeOnEachDatabase("a board post's edit history (staff only; an administrator removes old text)", (make) => {
  const t = appPerBlock(make);
  const writer = loginPerBlock(t, 'counselor.dong');
  const admin = loginPerBlock(t, 'admin');

  const history = (number: number, who?: StaffLogin) =>
    t.app.inject({ url: `/api/board/posts/${number}/history`, cookies: who?.cookies ?? {} });
  const removeText = (number: number, version: number, payload: object, who: StaffLogin = admin) =>
    t.app.inject({
      method: 'POST',
      url: `/api/board/posts/${number}/history/${version}/remove-text`,
      payload,
      cookies: who.cookies,
      headers: who.csrf,
    });

  /** A post written with a phone number in it, then edited twice: versions 1 and 2 are history. */
  async function editedPost(): Promise<number> {
    const made = await t.app.inject({
      method: 'POST',
      url: '/api/board/posts',
      payload: { category: 'news', title: `김할머니 연락처 ${PHONE}`, body: `문의: ${PHONE}` },
      cookies: writer.cookies,
      headers: writer.csrf,
    });
    const { number } = made.json() as { number: number };
    for (const [version, body] of [
      [1, '문의는 센터로 해 주세요.'],
      [2, '문의는 센터 대표 번호로 해 주세요.'],
    ] as const) {
      const edit = await t.app.inject({
        method: 'PUT',
        url: `/api/board/posts/${number}`,
        payload: { category: 'news', title: '이사 지원 소식', body, version },
        cookies: writer.cookies,
        headers: writer.csrf,
      });
      expect(edit.statusCode, edit.body).toBe(200);
    }
    return number;
  }

  let number = 0;
  beforeAll(async () => {
    number = await editedPost();
  });

  it('is refused to the public and to partner agencies; the public post says only when it was last edited', async () => {
    const anonymous = await history(number);
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(anonymous.json()).toMatchObject({ code: 'JIBSA_UNAUTHORIZED', detail: expect.stringMatching(/[가-힣]/) });
    expect(anonymous.body).not.toContain(PHONE);
    const partner = await history(number, await loginAs(t.app, 'partner.lh'));
    expect(partner.statusCode).toBe(403);
    expect(partner.json().code).toBe('JIBSA_FORBIDDEN');

    const post = await t.app.inject(`/api/board/posts/${number}`);
    expect(post.json()).toMatchObject({ version: 3, edits: 2, updatedAt: expect.any(String) });
    expect(post.body).not.toContain(PHONE);
    expect(post.body).not.toContain('editedBy');
  });

  it('shows staff every earlier version, newest first, with who replaced it and when', async () => {
    const res = await history(number, writer);
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((i: { version: number }) => i.version)).toEqual([2, 1]);
    expect(items[1]).toMatchObject({
      title: `김할머니 연락처 ${PHONE}`,
      bodyMarkdown: `문의: ${PHONE}`,
      editedBy: expect.any(String),
      editedAt: expect.any(String),
      removed: null,
    });
  });

  it("lets an administrator remove a version's text with a reason; the row, the current text and an audit entry stay", async () => {
    const reason = '  개인 전화번호가 들어 있었음  ';
    const res = await removeText(number, 1, { reason });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      version: 1,
      title: null,
      bodyMarkdown: null,
      editedBy: expect.any(String),
      removed: { by: '센터 관리자', reason: reason.trim(), at: expect.any(String) },
    });

    const after = await history(number, writer);
    expect(after.body).not.toContain(PHONE);
    const items = after.json().items;
    expect(items).toHaveLength(2);
    expect(items[1]).toMatchObject({ version: 1, title: null, bodyMarkdown: null });
    // Only the version named loses its text.
    expect(items[0]).toMatchObject({ version: 2, title: '이사 지원 소식', removed: null });
    const row = await t.handle.db
      .selectFrom('board_revision as r')
      .innerJoin('board_post as p', 'p.id', 'r.post_id')
      .select(['r.title', 'r.body_md', 'r.edited_by', 'r.redacted_at', 'r.redaction_reason', 'p.id as postId'])
      .where('p.number', '=', number)
      .where('r.version', '=', 1)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ title: null, body_md: null, redaction_reason: reason.trim() });
    expect(row.redacted_at).not.toBeNull();
    expect(row.edited_by).not.toBe('');

    const current = (await t.app.inject(`/api/board/posts/${number}`)).json();
    expect(current).toMatchObject({ version: 3, bodyMarkdown: '문의는 센터 대표 번호로 해 주세요.' });

    const logged = await auditEntries(t.handle.db, 'board.redact', row.postId);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ subject_type: 'board_post', outcome: 'ok' });
    // The log says which version and how long the reason was, not the reason (it may name whose number it was).
    expect(logged[0]?.reason).toBe(
      `1판 내용 지움, 까닭 ${reason.trim().length}자 (text of version 1 removed, reason ${reason.trim().length} characters)`,
    );
  });

  it('refuses a second removal of the same version with 409, and an unknown version with 404', async () => {
    const again = await removeText(number, 1, { reason: '다시 지움' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'JIBSA_CONFLICT', detail: expect.stringContaining('이미 지워져') });
    expect((await removeText(number, 3, { reason: '지금 글' })).statusCode).toBe(404);
    expect((await removeText(99_999, 1, { reason: '없는 글' })).statusCode).toBe(404);
  });

  it('lets only administrators remove text, and only from the app (CSRF)', async () => {
    const byWriter = await removeText(number, 2, { reason: '내가 쓴 글' }, writer);
    expect(byWriter.statusCode).toBe(403);
    expect(byWriter.headers['content-type']).toMatch(/application\/problem\+json/);
    const noToken = await t.app.inject({
      method: 'POST',
      url: `/api/board/posts/${number}/history/2/remove-text`,
      payload: { reason: '토큰 없음' },
      cookies: admin.cookies,
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('JIBSA_CSRF');
    const anonymous = await t.app.inject({
      method: 'POST',
      url: `/api/board/posts/${number}/history/2/remove-text`,
      payload: { reason: '로그인 없음' },
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await history(number, writer)).json().items[0]).toMatchObject({ version: 2, removed: null });
  });

  it('asks for a reason of 1 to 200 characters, in Korean and English', async () => {
    for (const reason of ['', '   ', '가'.repeat(201)]) {
      const res = await removeText(number, 2, { reason });
      expect(res.statusCode, reason).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      const field = res.json().errors.find((e: { path: string }) => e.path.includes('reason'));
      expect(field?.detail).toMatch(/까닭/);
      expect(field?.detail_en).toMatch(/reason/);
    }
    expect((await removeText(number, 2, {})).statusCode).toBe(400);
    // Spaces around the reason do not count against its length.
    const ok = await removeText(number, 2, { reason: ` ${'가'.repeat(200)} ` });
    expect(ok.statusCode, ok.body).toBe(200);
  });
});
