import { expect, it } from 'vitest';
import { appPerBlock } from './support/app.ts';
import { describeOnEachDatabase, type TestApp } from './support/backends.ts';
import { loginAs as login } from './support/staff.ts';

const consent = { contact: true, household: true, result: false };

async function loginAs(t: TestApp, username: string) {
  return (await login(t.app, username)).cookies;
}

describeOnEachDatabase('consultation requests (상담 신청)', (make) => {
  // One database for the block: each test reads only the requests and audit rows it made (a new app per
  // test cost ~6 s each on PGlite).
  const t = appPerBlock(make);

  it('stores a request with consented data and returns a reference to read aloud', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/consultations',
      payload: {
        name: '홍길동',
        phone: '010-1234-5678',
        district: 'gwangsan',
        consent,
        household: { region: 'metro', members: [{ age: 78 }] },
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().reference).toMatch(/^JB-[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$/);
  });

  it('refuses data the person did not consent to send', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/consultations',
      payload: {
        name: '김OO',
        phone: '01012345678',
        consent,
        screening: { date: '2026-03-01', rulesVersion: 'abc123', programs: [] },
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('JIBSA_CONSENT_MISSING');
    expect(res.json().errors[0].path).toBe('screening');
  });

  it('requires contact consent and a phone number that looks like one', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/consultations',
      payload: { name: '김OO', phone: '12', consent: { contact: false, household: false, result: false } },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['consent.contact']));
    // A number cut short is told what to write, not a character count.
    const short = await t.app.inject({
      method: 'POST',
      url: '/api/consultations',
      payload: { name: '김OO', phone: '1234', consent: { contact: true, household: false, result: false } },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors).toEqual([
      expect.objectContaining({
        path: 'phone',
        detail: 'phone: 전화번호를 지역번호나 010부터 끝까지 적어 주세요 (예: 010-1234-5678).',
      }),
    ]);
  });

  it("shows a counselor only their district's requests, and audits the read", async () => {
    for (const [name, phone, district] of [
      ['광산OO', '010-1234-5678', 'gwangsan'],
      ['동구OO', '062-123-4567', 'dong'],
    ]) {
      const sent = await t.app.inject({
        method: 'POST',
        url: '/api/consultations',
        payload: { name, phone, district, consent: { ...consent, household: false } },
      });
      expect(sent.statusCode, sent.body).toBe(201);
    }
    const lists = () =>
      t.handle.db.selectFrom('audit_log').selectAll().where('action', '=', 'consultation.list').execute();
    const listedBefore = (await lists()).length;
    const cookies = await loginAs(t, 'counselor.gwangsan');
    const res = await t.app.inject({ url: '/api/consultations?reason=광산구 상담 배정', cookies });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { district: string; name: string }[];
    expect(items.map((i) => i.name)).toContain('광산OO');
    expect(items.map((i) => i.name)).not.toContain('동구OO');
    expect(items.every((i) => i.district === 'gwangsan')).toBe(true);

    // One audit row for each request read, with the reason given.
    const audit = await lists();
    expect(audit).toHaveLength(listedBefore + items.length);
    expect(audit.filter((a) => a.reason === '광산구 상담 배정')).toHaveLength(items.length);

    const noReason = await t.app.inject({ url: '/api/consultations', cookies });
    expect(noReason.statusCode).toBe(400);

    const partner = await t.app.inject({
      url: '/api/consultations?reason=test',
      cookies: await loginAs(t, 'partner.lh'),
    });
    expect(partner.statusCode).toBe(403);
    expect((await t.app.inject('/api/consultations?reason=test')).statusCode).toBe(401);
  });

  it('keeps only what the rules read from a household: region and ages, not the address or birth dates', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/consultations',
      payload: {
        name: '박OO',
        phone: '010-2222-3333',
        district: 'nam',
        consent,
        household: { address: { sido: '광주광역시', sigungu: '남구' }, members: [{ birthDate: '1950-01-01' }] },
      },
    });
    expect(res.statusCode).toBe(201);
    const list = await t.app.inject({
      url: '/api/consultations?reason=신규 상담 배정',
      cookies: await loginAs(t, 'counselor.nam'),
    });
    const mine = (list.json().items as { name: string; household: unknown }[]).find((i) => i.name === '박OO');
    // Born on 1 January, so 만 나이 is the calendar year minus 1950 on every day of the year.
    const age = new Date().getUTCFullYear() - 1950;
    const stored = mine?.household as { members: { age: number }[] };
    expect(stored).toMatchObject({ region: 'metro', gwangjuDistrict: 'nam' });
    expect(JSON.stringify(stored)).not.toContain('1950');
    expect(JSON.stringify(stored)).not.toContain('address');
    expect(stored.members[0]?.age).toBe(age);
  });

  it('refuses a malformed household field by field, and stores nothing', async () => {
    const before = await t.handle.db.selectFrom('consultation_request').select('id').execute();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/consultations',
      payload: {
        name: '최OO',
        phone: '010-4444-5555',
        consent,
        household: { address: { sido: '광주', sigungu: '수완구' }, members: [{ age: 'old' }] },
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    // The schema refuses the wrong type first; the engine's own checks (the address) run on a well-typed household.
    expect(paths).toEqual(['household.members[0].age']);
    const after = await t.handle.db.selectFrom('consultation_request').select('id').execute();
    expect(after.length).toBe(before.length);
  });
});
