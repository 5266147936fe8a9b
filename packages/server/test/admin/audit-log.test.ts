// Issue #9, audit for admins: filter the log, page through it with a cursor, export it as CSV
// that Excel opens in Korean; the export is itself an audit entry.
import { beforeAll, expect, it } from 'vitest';
import { actionWords } from '../../src/audit/vocabulary.ts';
import { asStaff, consent, householdOf, staffPerBlock } from '../cases/support.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { loginAs } from '../support/staff.ts';

interface Entry {
  id: string;
  actorUsername: string | null;
  action: string;
  caseNumber: string | null;
  outcome: string;
  reason: string | null;
}

describeOnEachDatabase('admin audit log', (make) => {
  const t = appPerBlock(make);
  const admin = staffPerBlock(t, 'admin');
  const dong = staffPerBlock(t, 'counselor.dong');
  let caseNumber: string;
  beforeAll(async () => {
    const made = await dong.post('/api/cases', {
      people: [{ name: '감사 대상', relation: 'head' }],
      household: householdOf([70]),
      consent,
    });
    caseNumber = made.json().number;
    for (let i = 0; i < 3; i++) await dong.get(`/api/cases/${made.json().id}`);
    // A break-the-glass reason that would be a formula in Excel.
    const seo = asStaff(t.app, await loginAs(t.app, 'counselor.seo'));
    await seo.getFromApp(
      `/api/cases/${made.json().id}?breakGlass=true&reason=${encodeURIComponent('=HYPERLINK("x") 대리 상담')}`,
    );
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'wrong-one' },
    });
  });

  const list = async (query: string) => {
    const res = await admin.get(`/api/admin/audit?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: Entry[]; nextCursor: string | null };
  };

  it('filters by actor, action (exact or prefix), case number and outcome', async () => {
    const reads = await list(`actor=counselor.dong&action=case.read&subject=${caseNumber}`);
    expect(reads.items).toHaveLength(3);
    expect(reads.items.every((e) => e.caseNumber === caseNumber && e.actorUsername === 'counselor.dong')).toBe(true);

    const anyCase = await list(`subject=${caseNumber}&action=case.`);
    expect(anyCase.items.length).toBeGreaterThan(3);
    expect(anyCase.items.every((e) => e.action.startsWith('case.'))).toBe(true);
    expect(anyCase.items.some((e) => e.actorUsername === 'counselor.seo' && e.action.endsWith('.break_glass'))).toBe(
      true,
    );

    const failed = await list('outcome=login_failed');
    expect(failed.items.map((e) => e.action)).toEqual(['auth.login']);
    expect((await list('actor=nobody')).items).toEqual([]);
    // A referral move's action carries the status's hyphen; the filter takes it.
    expect((await list('action=referral.in-progress')).items).toEqual([]);
    const bad = await admin.get('/api/admin/audit?action=case.read%27%20or%201%3D1');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('filters by date range in Korean days', async () => {
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Seoul' });
    expect((await list(`from=${today}&to=${today}&actor=counselor.dong`)).items.length).toBeGreaterThan(0);
    expect((await list(`to=2020-01-01`)).items).toEqual([]);
    const bad = await admin.get('/api/admin/audit?from=2026-13-45');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toMatch(/from/);
    // Days in the wrong order are a mistake said at the end day, not an empty list.
    for (const url of [
      '/api/admin/audit?from=2026-12-05&to=2026-12-01',
      '/api/admin/audit.csv?from=2026-12-05&to=2026-12-01',
    ]) {
      const backwards = await admin.get(url);
      expect(backwards.statusCode, url).toBe(400);
      expect(backwards.json().errors).toEqual([
        expect.objectContaining({
          path: 'querystring.to',
          detail: 'querystring.to: 시작일과 같거나 그 뒤여야 합니다.',
        }),
      ]);
    }
  });

  it('pages with a cursor: every entry once, newest first', async () => {
    const all = await list('limit=200&action=case.');
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page = await list(`limit=2&action=case.${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(all.items.map((e) => e.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect((await admin.get('/api/admin/audit?cursor=bm90LWEtY3Vyc29y')).statusCode).toBe(400);
  });

  it('takes one list view as one entry (group=request), its rows one filter away, paged once each', async () => {
    for (let i = 0; i < 4; i++) {
      const made = await dong.post('/api/cases', {
        people: [{ name: `목록 ${i}`, relation: 'head' }],
        household: householdOf([40]),
        consent,
      });
      expect(made.statusCode, made.body).toBe(201);
    }
    const shown = await dong.get('/api/cases');
    const listed = (shown.json() as { items: { number: string }[] }).items.map((c) => c.number);
    expect(listed.length).toBeGreaterThanOrEqual(5);

    type Grouped = Entry & { subjects: number; caseNumbers: string[]; requestId: string };
    const [view] = (await list('action=case.list&actor=counselor.dong&group=request')).items as Grouped[];
    expect(view).toMatchObject({ action: 'case.list', actorUsername: 'counselor.dong', subjects: listed.length });
    expect(view?.caseNumbers).toHaveLength(3);
    expect(view?.caseNumbers.every((n) => listed.includes(n))).toBe(true);
    // Not grouped, the same view is one row per case listed; the request filter finds them all.
    const rows = (await list(`request=${view?.requestId}&limit=200`)).items as Grouped[];
    expect(rows.map((r) => r.caseNumber).sort()).toEqual([...listed].sort());
    expect(rows.every((r) => r.subjects === 1 && r.caseNumbers.length === 1)).toBe(true);
    expect((await list('action=case.list&limit=200')).items.length).toBeGreaterThanOrEqual(listed.length);

    // Grouped pages, one entry at a time: each entry once, in the order of one page of them all.
    const all = (await list('limit=200&group=request')).items.map((e) => e.id);
    expect(all.length).toBeLessThan((await list('limit=200')).items.length);
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page = await list(`limit=1&group=request${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(all);
    const bad = await admin.get('/api/admin/audit?request=%27%3B%20drop');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('exports CSV with a BOM, Korean headers, formulas defused, and audits the export', async () => {
    const res = await admin.get(`/api/admin/audit.csv?subject=${caseNumber}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="jibsa-audit-\d{4}-\d\d-\d\d\.csv"/);
    const bytes = res.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toContain('시각 (at, KST)');
    const json = await list(`subject=${caseNumber}&limit=200`);
    expect(lines).toHaveLength(json.items.length + 1);
    expect(lines.filter((l) => l.includes(',case.read,사례 열람,'))).toHaveLength(3);
    const glass = lines.find((l) => l.includes('break_glass'));
    expect(glass).toContain(`"'=HYPERLINK(""x"") 대리 상담"`);

    const exports = await list('action=audit.export');
    expect(exports.items).toHaveLength(1);
    expect(exports.items[0]?.reason).toBe(`거른 조건: 대상 ${caseNumber} (filter: subject ${caseNumber})`);
  });

  it('every action written above has words; a code without words (an old row) still lists and exports', async () => {
    const db = t.app.db;
    const written = await db.selectFrom('audit_log').select('action').distinct().execute();
    expect(written.length).toBeGreaterThan(4);
    expect(written.map((r) => r.action).filter((a) => !actionWords(a))).toEqual([]);

    await db
      .insertInto('audit_log')
      .values({ actor_id: null, action: 'case.legacy_read', subject_type: 'case', subject_id: 'old', outcome: 'ok' })
      .execute();
    const old = await list('action=case.legacy_read');
    expect(old.items.map((e) => e.action)).toEqual(['case.legacy_read']);
    const csv = (await admin.get('/api/admin/audit.csv?action=case.legacy_read')).rawPayload.toString('utf8');
    expect(csv).toContain(',case.legacy_read,,case,old,');
  });

  it('names an account a row is about by its username, not its id', async () => {
    const made = await admin.post('/api/admin/accounts', {
      username: 'counselor.audited',
      displayName: '감사 대상 상담사',
      role: 'counselor',
      district: 'nam',
      temporaryPassword: 'temporary-audit-2026',
    });
    expect(made.statusCode, made.body).toBe(201);
    const [created] = (await list('action=admin.account_create')).items as (Entry & {
      subjectId: string;
      subjectUsername: string | null;
    })[];
    expect(created).toMatchObject({ subjectId: made.json().id, subjectUsername: 'counselor.audited' });
    const [failed] = (await list('action=auth.login&outcome=login_failed')).items as (Entry & {
      subjectUsername: string | null;
    })[];
    expect(failed?.subjectUsername).toBeNull();
  });

  it('lists successful log-ins too, by whom and when', async () => {
    const ok = (await list('action=auth.login&outcome=ok')).items;
    // The counselors and the admin of this block logged in (their sessions were made by logging in).
    expect(ok.map((e) => e.actorUsername)).toEqual(expect.arrayContaining(['counselor.seo', 'admin']));
    expect(ok.every((e) => e.outcome === 'ok')).toBe(true);
  });

  it('is for admins only', async () => {
    expect((await dong.get('/api/admin/audit')).statusCode).toBe(403);
    expect((await dong.get('/api/admin/audit.csv')).statusCode).toBe(403);
  });
});
