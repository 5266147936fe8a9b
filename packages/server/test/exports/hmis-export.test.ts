import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { HMIS_FILES } from '../../src/exports/hmis-files.ts';
import { staffPerBlock } from '../cases/support.ts';
import { as, makeCase, serviceId } from '../referrals/support.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';

type Row = Record<string, string>;

/** The header line each file's section of docs/hmis-csv-mapping.md shows: the contract. */
function documentedHeaders(): Record<string, string> {
  const doc = fs.readFileSync(new URL('../../../../docs/hmis-csv-mapping.md', import.meta.url), 'utf8');
  const out: Record<string, string> = {};
  for (const m of doc.matchAll(/^## (\w+\.csv)\n+```csv\n(.+)\n```/gm)) out[m[1] as string] = m[2] as string;
  return out;
}

const seoulToday = () => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
const shiftDays = (iso: string, days: number) =>
  new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);

describeOnEachDatabase('HMIS-shaped CSV exports', (make) => {
  const t = appPerBlock(make);
  const admin = staffPerBlock(t, 'admin');
  const dong = staffPerBlock(t, 'counselor.dong');
  const lh = staffPerBlock(t, 'partner.lh');
  let caseId = '';
  let referralId = '';
  const today = seoulToday();
  const period = `from=${shiftDays(today, -30)}&to=${today}`;
  const files: Record<string, string> = {};

  const get = async (file: string, query = period) => {
    const res = await admin.get(`/api/admin/exports/hmis/${file}?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res;
  };
  const rows = (body: string): Row[] => parse(body, { bom: true, columns: true }) as Row[];

  /** A referral of `forCase` to LH, moved by LH through received, accepted, in progress and completed with `done`. */
  const referToLhUntil = async (forCase: string, message: string, done: Record<string, unknown>) => {
    const sent = await dong.post(`/api/cases/${forCase}/referrals`, {
      serviceId: await serviceId(t.app, 'lh-gwangju-vulnerable'),
      message,
      sharedFields: ['name'],
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const id = sent.json().id as string;
    let version = 1;
    for (const [to, extra] of [
      ['received', {}],
      ['accepted', {}],
      ['in-progress', {}],
      ['completed', done],
    ] as const) {
      const res = await lh.post(`/api/partner/referrals/${id}/status`, { to, version, ...extra });
      expect(res.statusCode, res.body).toBe(200);
      version = res.json().version;
    }
    return id;
  };

  beforeAll(async () => {
    caseId = await makeCase(dong);
    referralId = await referToLhUntil(caseId, '쪽방에서 매입임대로 옮기고 싶어 하십니다.', { outcome: '입주 확정' });
    const c = (await dong.get(`/api/cases/${caseId}`)).json();
    const closed = await dong.post(`/api/cases/${caseId}/status`, {
      version: c.version,
      status: 'closed',
      closingReason: '매입임대 입주로 종결 (연계 시험 님)',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    for (const file of HMIS_FILES) files[file] = (await get(file)).body;
  }, 120_000);

  it('writes each file with exactly the documented header, a BOM and CRLF line ends', async () => {
    const documented = documentedHeaders();
    expect(Object.keys(documented).sort()).toEqual([...HMIS_FILES].sort());
    for (const file of HMIS_FILES) {
      const body = files[file] as string;
      expect(body.startsWith('\uFEFF'), file).toBe(true);
      expect(body.slice(1).split('\r\n')[0], file).toBe(documented[file]);
      // Every line break is CRLF (no bare LF; no field here holds a line break).
      expect(body.replaceAll('\r\n', '').includes('\n'), file).toBe(false);
      expect(body.endsWith('\r\n'), file).toBe(true);
    }
    const res = await get('Client.csv');
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="Client.csv"');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('shows one case referred to LH and housed the same way in all five files', () => {
    const enrollments = rows(files['Enrollment.csv'] as string).filter((r) => r.HouseholdID === caseId);
    expect(enrollments.map((e) => e.RelationshipToHoH).sort()).toEqual(['1', '3']);
    const head = enrollments.find((e) => e.RelationshipToHoH === '1') as Row;
    for (const e of enrollments) {
      expect(e).toMatchObject({ EntryDate: today, LivingSituation: '314', MoveInDate: today, CaseStatus: 'closed' });
      expect(e.EnrollmentID).toBe(e.PersonalID);
    }

    const people = new Set(enrollments.map((e) => e.PersonalID));
    const clients = rows(files['Client.csv'] as string).filter((c) => people.has(c.PersonalID as string));
    expect(clients.map((c) => c.BirthYear).sort()).toEqual(['1950', '1952']);
    for (const c of clients) {
      expect(c).toMatchObject({ FirstName: '', LastName: '', NameDataQuality: '99', DOB: '', DOBDataQuality: '99' });
      expect(c.District).toBe('dong');
    }

    const services = rows(files['Services.csv'] as string).filter((s) => s.ServicesID === referralId);
    expect(services).toHaveLength(1);
    expect(services[0]).toMatchObject({
      EnrollmentID: head.EnrollmentID,
      PersonalID: head.PersonalID,
      DateProvided: today,
      RecordType: '161',
      TypeProvided: '7',
      ReferralOutcome: '1',
      ReferralStatus: 'completed',
      Outcome: '입주 확정',
      AgencySlug: 'lh-gwangju',
      ServiceSlug: 'lh-gwangju-vulnerable',
      CaseNumber: head.CaseNumber,
    });

    const events = rows(files['Event.csv'] as string).filter((e) => e.ServicesID === referralId);
    expect(events.map((e) => e.ReferralStatus)).toEqual([
      'requested',
      'received',
      'accepted',
      'in-progress',
      'completed',
    ]);
    expect(events.map((e) => e.ReferralResult)).toEqual(['', '', '1', '', '1']);
    for (const e of events) {
      expect(e).toMatchObject({ EnrollmentID: head.EnrollmentID, PersonalID: head.PersonalID, Event: '15' });
      expect(e.ResultDate).toBe(e.ReferralResult ? today : '');
    }
    expect(events.at(-1)?.Outcome).toBe('입주 확정');

    const exits = rows(files['Exit.csv'] as string).filter((x) => people.has(x.PersonalID as string));
    expect(exits.map((x) => x.EnrollmentID).sort()).toEqual([...people].sort());
    for (const x of exits) {
      expect(x).toMatchObject({
        ExitDate: today,
        Destination: '435',
        DestinationSubsidyType: '434',
        DestinationSource: 'referral',
        Outcome: '입주 확정',
      });
    }

    // Every id a file points at exists where it should, for all rows (not only this case's).
    const all = Object.fromEntries(HMIS_FILES.map((f) => [f, rows(files[f] as string)]));
    const enrollmentIds = new Set(all['Enrollment.csv']?.map((e) => e.EnrollmentID));
    const clientIds = new Set(all['Client.csv']?.map((c) => c.PersonalID));
    const serviceIds = new Set(all['Services.csv']?.map((s) => s.ServicesID));
    for (const f of ['Exit.csv', 'Services.csv', 'Event.csv']) {
      for (const r of all[f] ?? []) expect(enrollmentIds.has(r.EnrollmentID), f).toBe(true);
    }
    for (const e of all['Enrollment.csv'] ?? []) expect(clientIds.has(e.PersonalID)).toBe(true);
    for (const e of all['Event.csv'] ?? []) expect(serviceIds.has(e.ServicesID)).toBe(true);
    const exportIds = new Set(HMIS_FILES.flatMap((f) => (all[f] ?? []).map((r) => r.ExportID)));
    expect([...exportIds]).toEqual([`${shiftDays(today, -30).replaceAll('-', '')}-${today.replaceAll('-', '')}`]);
  });

  it('gives the place on the waiting list of a referral that ended with 예비입주자 선정, and none on other rows', async () => {
    const waiting = await referToLhUntil(await makeCase(dong), '영구임대 예비입주자로 올라가 있는지 봐 주세요.', {
      outcome: '예비입주자 선정',
      waitlistRank: 12,
    });
    const services = rows((await get('Services.csv')).body);
    expect(services.find((s) => s.ServicesID === waiting)).toMatchObject({
      ReferralOutcome: '3',
      Outcome: '예비입주자 선정',
      WaitlistRank: '12',
    });
    expect(services.find((s) => s.ServicesID === referralId)?.WaitlistRank).toBe('');
    const events = rows((await get('Event.csv')).body).filter((e) => e.ServicesID === waiting);
    expect(events.map((e) => [e.ReferralStatus, e.WaitlistRank])).toEqual([
      ['requested', ''],
      ['received', ''],
      ['accepted', ''],
      ['in-progress', ''],
      ['completed', '12'],
    ]);
  });

  it('holds no name, phone number, birth date or closing reason of anyone', async () => {
    const people = await t.handle.db.selectFrom('case_person').select(['name', 'phone', 'birth_date']).execute();
    expect(people.length).toBeGreaterThan(2);
    const everything = Object.values(files).join('\n');
    expect(everything).toContain(caseId);
    const leaks: string[] = [];
    for (const p of people) {
      const birth = p.birth_date === null ? null : String(p.birth_date).slice(0, 10);
      const candidates = [p.name, p.phone, p.phone?.replace(/\D/g, ''), birth, birth?.replaceAll('-', '')];
      for (const s of candidates) if (s && everything.includes(s)) leaks.push(s);
    }
    expect(leaks).toEqual([]);
    expect(everything).not.toContain('매입임대 입주로 종결');
    expect(everything).not.toContain('쪽방에서');
  });

  it('keeps to the period: not yet opened before it, closed before it left out, KST days', async () => {
    const before = rows((await get('Enrollment.csv', 'from=2001-01-01&to=2001-12-31')).body);
    expect(before).toEqual([]);
    const after = `from=${shiftDays(today, 1)}&to=${shiftDays(today, 2)}`;
    const later = rows((await get('Enrollment.csv', after)).body);
    expect(later.some((e) => e.HouseholdID === caseId)).toBe(false);
    expect(rows((await get('Event.csv', after)).body).some((e) => e.ServicesID === referralId)).toBe(false);

    // A case opened at 00:30 KST on 10 March 2025 is 9 March in UTC: it belongs to the 10th.
    const other = await makeCase(dong);
    // created_at is never updated by the app (the schema types say so): a raw statement backdates it.
    await sql`update case_record set created_at = ${new Date('2025-03-10T00:30:00+09:00')} where id = ${other}`.execute(
      t.handle.db,
    );
    const ninth = rows((await get('Enrollment.csv', 'from=2025-03-01&to=2025-03-09')).body);
    expect(ninth.some((e) => e.HouseholdID === other)).toBe(false);
    const tenth = rows((await get('Enrollment.csv', 'from=2025-03-10&to=2025-03-10')).body);
    const mine = tenth.filter((e) => e.HouseholdID === other);
    expect(mine).toHaveLength(2);
    expect(mine[0]?.EntryDate).toBe('2025-03-10');
    // Still open today, so it is active in a later period too, without an exit.
    const now = rows((await get('Enrollment.csv')).body);
    expect(now.some((e) => e.HouseholdID === other)).toBe(true);
    const exits = rows((await get('Exit.csv')).body);
    const otherPeople = new Set(mine.map((e) => e.PersonalID));
    expect(exits.some((x) => otherPeople.has(x.PersonalID as string))).toBe(false);
  });

  it('is for admins only: 401 without a session, 403 for every other role', async () => {
    const anon = await t.app.inject({ method: 'GET', url: `/api/admin/exports/hmis/Client.csv?${period}` });
    expect(anon.statusCode).toBe(401);
    expect(anon.headers['content-type']).toMatch(/problem\+json/);
    for (const user of ['counselor.dong', 'city', 'partner.lh']) {
      const res = await (await as(t.app, user)).get(`/api/admin/exports/hmis/Event.csv?${period}`);
      expect(res.statusCode, user).toBe(403);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.body).not.toContain(referralId);
    }
  });

  it('writes one audit row per export, naming the file and period', async () => {
    const count = async () =>
      (await t.handle.db.selectFrom('audit_log').selectAll().where('action', '=', 'export.hmis').execute()).length;
    const before = await count();
    await get('Services.csv', 'from=2026-01-01&to=2026-06-30');
    expect(await count()).toBe(before + 1);
    const row = await t.handle.db
      .selectFrom('audit_log')
      .innerJoin('staff_user', 'staff_user.id', 'audit_log.actor_id')
      .select(['audit_log.subject_id', 'audit_log.subject_type', 'audit_log.outcome', 'staff_user.username'])
      .where('audit_log.action', '=', 'export.hmis')
      .orderBy('audit_log.id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      subject_id: 'Services.csv 2026-01-01..2026-06-30',
      subject_type: 'export',
      outcome: 'ok',
      username: 'admin',
    });
    // A refused or invalid request exports nothing and is not counted as an export.
    await admin.get('/api/admin/exports/hmis/Services.csv?from=2026-02-30&to=2026-03-01');
    expect(await count()).toBe(before + 1);
  });

  it('answers bad periods and file names with 400 problem+json naming the field', async () => {
    const cases: [string, string][] = [
      ['Client.csv?from=2026-02-30&to=2026-03-01', 'querystring.from'],
      ['Client.csv?from=2026-03-01&to=yesterday', 'querystring.to'],
      ['Client.csv?to=2026-03-01', 'querystring.from'],
      ['Client.csv?from=2026-03-02&to=2026-03-01', 'querystring.to'],
      ['Client.csv?from=1999-12-31&to=2000-01-02', 'querystring.from'],
      ['Client.csv?from=2000-01-01&to=2026-01-01', 'querystring.to'],
      ['Clients.csv?from=2026-01-01&to=2026-01-02', 'params.file'],
    ];
    for (const [query, field] of cases) {
      const res = await admin.get(`/api/admin/exports/hmis/${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      const errors = res.json().errors as { path: string; detail: string; detail_en: string }[];
      const named = errors.find((e) => e.path === field);
      expect(named, `${query}: ${res.body}`).toBeDefined();
      expect(named?.detail).toMatch(/[가-힣]/);
      expect(named?.detail_en).toMatch(/[a-z]/);
    }
  });
});
