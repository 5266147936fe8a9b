import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { appPerBlock } from '../support/app.ts';
import { auditEntries } from '../support/audit.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { loginAs } from '../support/staff.ts';
import { asStaff, consent, householdOf, PNG_BASE64, staffPerBlock } from './support.ts';

describeOnEachDatabase('audit of case reads and writes', (make) => {
  const t = appPerBlock(make);
  const dong = staffPerBlock(t, 'counselor.dong');
  let caseId = '';
  let documentId = '';
  const auditOf = (requestId: unknown) =>
    t.handle.db.selectFrom('audit_log').selectAll().where('request_id', '=', String(requestId)).execute();

  beforeAll(async () => {
    const made = await dong.post('/api/cases', {
      people: [{ name: '감사 대상', relation: 'head' }],
      household: householdOf([66]),
      consent,
    });
    caseId = made.json().id;
    documentId = (
      await dong.post(`/api/cases/${caseId}/documents`, { kind: 'lease', filename: 'l.png', contentBase64: PNG_BASE64 })
    ).json().id;
  });

  it('leaves exactly one entry for each read of a case’s personal data, naming actor, case and reason', async () => {
    const reads: [string, () => ReturnType<typeof dong.get>][] = [
      ['case.read', () => dong.get(`/api/cases/${caseId}?reason=${encodeURIComponent('정기 점검')}`)],
      ['case.screenings', () => dong.get(`/api/cases/${caseId}/screenings`)],
      ['case.what_if', () => dong.post(`/api/cases/${caseId}/what-if`, { household: householdOf([66], 0) })],
      ['case.document.read', () => dong.get(`/api/cases/${caseId}/documents/${documentId}`)],
      ['case.list', () => dong.get(`/api/cases?q=${encodeURIComponent('감사')}`)],
    ];
    for (const [action, read] of reads) {
      const res = await read();
      expect(res.statusCode, action).toBe(200);
      const rows = await auditOf(res.headers['x-request-id']);
      expect(rows, action).toHaveLength(1);
      expect(rows[0]).toMatchObject({ action, subject_type: 'case', subject_id: caseId, outcome: 'ok' });
      expect(rows[0]?.actor_id).toBeTruthy();
    }
    const withReason = await auditEntries(t.handle.db, 'case.read', caseId);
    expect(withReason.map((r) => r.reason)).toContain('정기 점검');
    // A read with no reason typed still says why: the ground the reader's role gives them.
    const screenings = await auditEntries(t.handle.db, 'case.screenings', caseId);
    expect(screenings.map((r) => r.reason)).toEqual(['담당 사례 (assigned case)']);
    const admin = asStaff(t.app, await loginAs(t.app, 'admin'));
    const byAdmin = await admin.get(`/api/cases/${caseId}/screenings`);
    expect((await auditOf(byAdmin.headers['x-request-id']))[0]?.reason).toBe('관리자 업무 (administration)');
  });

  it('leaves one entry for each write and one denied entry for an out-of-scope attempt', async () => {
    const note = await dong.post(`/api/cases/${caseId}/notes`, { body: '방문' });
    expect((await auditOf(note.headers['x-request-id'])).map((r) => r.action)).toEqual(['case.note.add']);
    const seo = asStaff(t.app, await loginAs(t.app, 'counselor.seo'));
    const refused = await seo.get(`/api/cases/${caseId}`);
    expect(refused.statusCode).toBe(404);
    const rows = await auditOf(refused.headers['x-request-id']);
    expect(rows).toEqual([expect.objectContaining({ action: 'case.out_of_scope', outcome: 'denied' })]);
  });

  it('refuses UPDATE and DELETE on the log in the database itself', async () => {
    await expect(sql`update audit_log set reason = 'x'`.execute(t.handle.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(t.handle.db)).rejects.toThrow(/append-only/);
  });
});
