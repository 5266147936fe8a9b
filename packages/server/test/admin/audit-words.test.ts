// The audit log reads as words: reasons the server writes are Korean with the English beside them
// (older rows' codes and JSON are worded when shown), subjects beyond cases and accounts are named as
// a person knows them, within the viewer's scope, and an account can be looked up by its username.
import { beforeAll, describe, expect, it } from 'vitest';
import { subjectLabels } from '../../src/admin/audit-subjects.ts';
import { reasonText, storedReasonWords } from '../../src/audit/reasons.ts';
import { staffPerBlock } from '../cases/support.ts';
import { makeCase, serviceId } from '../referrals/support.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';

interface Entry {
  action: string;
  subjectType: string;
  subjectId: string;
  subjectUsername: string | null;
  subjectLabel: string | null;
  reason: string | null;
}

/** Words in both languages: Hangul first, then the English in brackets; no code list or JSON. */
const WORDED = /^[^()]*[가-힣].* \([^가-힣]*[A-Za-z][^가-힣]*\)$/;

describe('reasons an older version stored as codes', () => {
  it('are worded for the screen and the CSV; a reason a person typed is left alone', () => {
    expect(storedReasonWords('admin.account_update', 'role,district')).toEqual({
      ko: '바꾼 항목: 역할, 구',
      en: 'changed: role, district',
    });
    expect(storedReasonWords('admin.account_create', 'counselor nam')).toEqual({
      ko: '역할 상담사, 구 남구',
      en: 'role counselor, district Nam-gu',
    });
    expect(storedReasonWords('admin.account_create', 'admin')?.ko).toBe('역할 관리자');
    const filter = storedReasonWords(
      'audit.export',
      '{"actor":"counselor.dong","action":"case.read","outcome":"denied"}',
    );
    expect(filter).toEqual({
      ko: '거른 조건: 아이디 counselor.dong, 행동 사례 열람, 결과 거부',
      en: 'filter: user counselor.dong, action Opened a case, outcome Refused',
    });
    expect(storedReasonWords('audit.export', '{}')?.ko).toBe('거른 조건 없음 (전체)');
    expect(storedReasonWords('admin.setting_update', '90 (default) → 5')?.ko).toBe('기본값 90일 → 5일');
    expect(storedReasonWords('admin.setting_update', '5 → 3650')?.en).toBe('5 days → 3650 days');
    const id = '0b9c8a52-1f0e-4c43-9a57-2f3c1f7c9d10';
    expect(storedReasonWords('case.notice_match', `notice ${id}`)?.ko).toBe(`모집공고 ${id}에 맞는 사례`);
    // Typed by a person, or already words: shown as stored.
    for (const [action, reason] of [
      ['case.read.break_glass', '동구 상담사 휴가 중 긴급 연락'],
      ['audit.export', '{not json'],
      ['admin.account_create', 'someone else'],
      ['case.list', 'role,district'],
      ['admin.account_update', '바꾼 항목: 역할 (changed: role)'],
    ] as const) {
      expect(storedReasonWords(action, reason), reason).toBeUndefined();
    }
    expect(storedReasonWords('admin.account_update', null)).toBeUndefined();
  });

  it('an export filter keeps codes, numbers and usernames but not free text typed as the subject', () => {
    const words = storedReasonWords('audit.export', JSON.stringify({ subject: '홍길동', action: 'case.' }));
    expect(words?.ko).toBe('거른 조건: 대상 (적은 값은 남기지 않음), 행동 사례');
    expect(words?.en).not.toContain('홍길동');
  });
});

describeOnEachDatabase('audit log in words', (make) => {
  const t = appPerBlock(make);
  const admin = staffPerBlock(t, 'admin');
  const dong = staffPerBlock(t, 'counselor.dong');
  const lh = staffPerBlock(t, 'partner.lh');
  let referralId: string;
  let caseNumber: string;
  beforeAll(async () => {
    const caseId = await makeCase(dong);
    caseNumber = (await dong.get(`/api/cases/${caseId}`)).json().number;
    const sent = await dong.post(`/api/cases/${caseId}/referrals`, {
      serviceId: await serviceId(t.app, 'lh-gwangju-vulnerable'),
      message: '쪽방에서 매입임대로 옮기고 싶어 하십니다.',
      sharedFields: ['name', 'contact'],
    });
    expect(sent.statusCode, sent.body).toBe(201);
    referralId = sent.json().id;
    // The agency opens it: a read whose subject is the referral itself.
    expect((await lh.get(`/api/partner/referrals/${referralId}`)).statusCode).toBe(200);
  });

  const list = async (query: string) => {
    const res = await admin.get(`/api/admin/audit?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: Entry[] }).items;
  };

  it('reasons the server writes are Korean words with the English beside them, naming no one', async () => {
    const made = await admin.post('/api/admin/accounts', {
      username: 'counselor.worded',
      displayName: '이름 없는 상담사',
      role: 'counselor',
      district: 'nam',
      temporaryPassword: 'temporary-audit-2026',
    });
    expect(made.statusCode, made.body).toBe(201);
    const changed = await admin.patch(`/api/admin/accounts/${made.json().id}`, {
      role: 'counselor',
      district: 'seo',
      displayName: '새 이름의 상담사',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await admin.get('/api/admin/audit.csv?action=case.read&outcome=denied')).statusCode).toBe(200);
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/outreach/retention',
      cookies: admin.login.cookies,
      headers: admin.login.csrf,
      payload: { days: 30 },
    });
    expect(put.statusCode, put.body).toBe(200);
    // A notice matched against the cases: the demo notices are open, and one fits some 동구 case.
    const notices = (await dong.get('/api/notices')).json().items as {
      id: string;
      postNumber: number;
      title: string;
    }[];
    let matched: { postNumber: number; title: string } | undefined;
    for (const n of notices) {
      if ((await dong.get(`/api/notices/${n.id}/cases`)).json().items.length > 0) {
        matched = n;
        break;
      }
    }
    expect(matched).toBeDefined();

    const reasonOf = async (action: string) => (await list(`action=${action}`))[0]?.reason;
    expect(await reasonOf('admin.account_create')).toBe('역할 상담사, 구 남구 (role counselor, district Nam-gu)');
    expect(await reasonOf('admin.account_update')).toBe('바꾼 항목: 이름, 구 (changed: name, district)');
    expect(await reasonOf('audit.export')).toBe(
      '거른 조건: 행동 사례 열람, 결과 거부 (filter: action Opened a case, outcome Refused)',
    );
    expect(await reasonOf('admin.setting_update')).toBe('기본값 90일 → 30일 (default 90 days → 30 days)');
    expect(await reasonOf('case.notice_match')).toBe(
      `모집공고 게시글 ${matched?.postNumber}번: ${matched?.title} (housing notice, post ${matched?.postNumber})`,
    );
    // Every reason the server wrote here is words, and none carries the names given above.
    const written = await t.app.db
      .selectFrom('audit_log')
      .select(['action', 'reason'])
      .where('action', 'in', ['admin.account_create', 'admin.account_update', 'audit.export', 'admin.setting_update'])
      .execute();
    expect(written.length).toBeGreaterThanOrEqual(4);
    expect(written.filter((r) => !WORDED.test(r.reason ?? ''))).toEqual([]);
    expect(written.filter((r) => /이름 없는|새 이름|counselor\.worded/.test(r.reason ?? ''))).toEqual([]);
  });

  it('names a referral by its number, case number and agency; a notice, post, agency and service by theirs', async () => {
    const [read] = await list(`action=referral.partner_read&subject=${referralId}`);
    expect(read?.subjectLabel).toMatch(new RegExp(`^R-\\d{4}-\\d{6} \\(${caseNumber}\\) · .+`));
    expect(read?.subjectLabel).not.toContain('연계 시험');

    // Rows about records of every other kind (as the directory and board editors write them).
    const db = t.app.db;
    const notice = await db
      .selectFrom('housing_notice as n')
      .innerJoin('board_post as p', 'p.id', 'n.post_id')
      .select(['n.id', 'p.id as post', 'p.number', 'p.title'])
      .executeTakeFirstOrThrow();
    const service = await db
      .selectFrom('agency_service as s')
      .innerJoin('agency as a', 'a.id', 's.agency_id')
      .select(['s.id', 's.name', 'a.id as agency', 'a.name as agencyName'])
      .executeTakeFirstOrThrow();
    const rows = [
      ['notice.edit', 'housing_notice', notice.id],
      ['board.edit', 'board_post', notice.post],
      ['agency.update', 'agency', service.agency],
      ['service.update', 'service', service.id],
      ['admin.setting_update', 'setting', 'outreach.retention_days'],
    ] as const;
    for (const [action, subject_type, subject_id] of rows) {
      await db
        .insertInto('audit_log')
        .values({ actor_id: null, action, subject_type, subject_id, outcome: 'ok' })
        .execute();
    }
    const label = async (action: string) => (await list(`action=${action}`))[0]?.subjectLabel;
    expect(await label('notice.edit')).toBe(`#${notice.number} ${notice.title}`);
    expect(await label('board.edit')).toBe(`#${notice.number} ${notice.title}`);
    expect(await label('agency.update')).toBe(service.agencyName);
    expect(await label('service.update')).toBe(`${service.name} · ${service.agencyName}`);
    // The CSV names them in a column of its own beside the stored id.
    const csv = (await admin.get('/api/admin/audit.csv?action=service.update')).rawPayload.toString('utf8');
    expect(csv).toContain(`,service,${service.id},${service.name} · ${service.agencyName},`);
    const settingCsv = (await admin.get('/api/admin/audit.csv?action=admin.setting_update')).rawPayload.toString(
      'utf8',
    );
    expect(settingCsv).toContain(',setting,outreach.retention_days,발굴 명단 보관 기간 (outreach list retention),');
    // A fixed subject (a setting) is worded by the screen; a gone record keeps its bare id.
    expect(await label('admin.setting_update')).toBeNull();
    await db
      .insertInto('audit_log')
      .values({
        actor_id: null,
        action: 'agency.create',
        subject_type: 'agency',
        subject_id: '00000000-0000-4000-8000-000000000000',
        outcome: 'ok',
      })
      .execute();
    expect(await label('agency.create')).toBeNull();
  });

  it('names a 구-bound subject only inside the viewer’s scope', async () => {
    const asked = await t.app.inject({
      method: 'POST',
      url: '/api/consultations',
      payload: {
        name: '상담 신청인',
        phone: '010-7777-8888',
        district: 'dong',
        consent: { contact: true, household: false, result: false },
      },
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const request = await t.app.db
      .selectFrom('consultation_request')
      .select('id')
      .where('reference', '=', asked.json().reference)
      .executeTakeFirstOrThrow();
    const rows = [
      { subject_type: 'referral', subject_id: referralId },
      { subject_type: 'consultation_request', subject_id: request.id },
    ];
    const names = async (scope: Parameters<typeof subjectLabels>[2]) => [
      ...(await subjectLabels(t.app.db, rows, scope)).values(),
    ];
    const both = [expect.stringMatching(/^R-/), asked.json().reference];
    expect(await names({ all: true })).toEqual(both);
    expect(await names({ all: false, district: 'dong' })).toEqual(both);
    expect(await names({ all: false, district: 'seo' })).toEqual([]);
    // The request is named by its reference, never by the name it was sent with.
    expect(JSON.stringify(await names({ all: true }))).not.toContain('상담 신청인');
  });

  it('names a list and its screening by the list’s file name inside its 구, and an attachment by its file and post', async () => {
    // A 동구 counselor uploads the sample list and starts screening it; and attaches a file to a post.
    const sample = Buffer.from((await dong.get('/api/outreach/sample-list.csv')).body, 'utf8');
    const listed = await dong.upload('/api/outreach/lists', '동구 발굴 명단.csv', sample);
    expect(listed.statusCode, listed.body).toBe(201);
    const started = await dong.post(`/api/outreach/lists/${listed.json().id}/jobs`, {
      mapping: listed.json().suggestedMapping,
      date: '2026-03-01',
    });
    expect(started.statusCode, started.body).toBe(202);
    const post = await dong.post('/api/board/posts', { category: 'library', title: '첨부 자료', body: '첨부 참고' });
    expect(post.statusCode, post.body).toBe(201);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const attached = await dong.upload(`/api/board/posts/${post.json().number}/attachments`, '안내문.pdf', pdf);
    expect(attached.statusCode, attached.body).toBe(201);
    const rows = [
      { subject_type: 'outreach_list', subject_id: listed.json().id },
      { subject_type: 'outreach_job', subject_id: started.json().id },
      { subject_type: 'board_attachment', subject_id: attached.json().id },
    ];
    const names = async (scope: Parameters<typeof subjectLabels>[2]) =>
      Object.fromEntries(await subjectLabels(t.app.db, rows, scope));
    const attachment = `안내문.pdf (#${post.json().number})`;
    expect(await names({ all: false, district: 'dong' })).toEqual({
      [`outreach_list:${listed.json().id}`]: '동구 발굴 명단.csv',
      [`outreach_job:${started.json().id}`]: '동구 발굴 명단.csv',
      [`board_attachment:${attached.json().id}`]: attachment,
    });
    // Another 구's counselor is not told the list's name; a post's file is no 구's.
    expect(await names({ all: false, district: 'seo' })).toEqual({
      [`board_attachment:${attached.json().id}`]: attachment,
    });
  });

  it('the subject filter takes an account’s username: rows about it by id and log-ins typed with it', async () => {
    const made = await admin.post('/api/admin/accounts', {
      username: 'counselor.findme',
      displayName: '찾을 상담사',
      role: 'counselor',
      district: 'buk',
      temporaryPassword: 'temporary-audit-2026',
    });
    expect(made.statusCode, made.body).toBe(201);
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'counselor.findme', password: 'not-the-password' },
    });
    const found = await list('subject=counselor.findme');
    expect(found.map((e) => e.action).sort()).toEqual(['admin.account_create', 'auth.login']);
    expect(found.find((e) => e.action === 'admin.account_create')).toMatchObject({
      subjectId: made.json().id,
      subjectUsername: 'counselor.findme',
    });
    // A case number and a raw id still work as before.
    expect((await list(`subject=${caseNumber}`)).length).toBeGreaterThan(0);
    expect((await list(`subject=${referralId}`)).every((e) => e.subjectId === referralId)).toBe(true);
    expect(await list('subject=counselor.nobody')).toEqual([]);
  });

  it('a reason stored as codes by an older version still lists as stored, and the CSV words it', async () => {
    await t.app.db
      .insertInto('audit_log')
      .values({
        actor_id: null,
        action: 'admin.account_update',
        subject_type: 'staff_user',
        subject_id: 'legacy-account',
        reason: 'role,district',
        outcome: 'ok',
      })
      .execute();
    const [old] = await list('subject=legacy-account');
    expect(old?.reason).toBe('role,district');
    const csv = (await admin.get('/api/admin/audit.csv?subject=legacy-account')).rawPayload.toString('utf8');
    expect(csv).toContain(reasonText({ ko: '바꾼 항목: 역할, 구', en: 'changed: role, district' }));
  });
});
