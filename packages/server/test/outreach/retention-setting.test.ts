// How long uploaded lists are kept is the administrator's to set (issue 12): validated with
// Korean and English field errors, admins only, audited, and the countdowns and the sweeper follow it.
import fs from 'node:fs';
import path from 'node:path';
import { csvBytes, multipart } from '@jibsa/lists/test-files';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { deleteExpiredLists } from '../../src/outreach/retention.ts';
import { appPerBlock } from '../support/app.ts';
import { auditEntries } from '../support/audit.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { loginAs, loginPerBlock, type StaffLogin } from '../support/staff.ts';

const URL = '/api/admin/outreach/retention';
const LIST = [
  ['성명', '생년월일'],
  ['보존가상', '1948.5.1'],
];

describeOnEachDatabase('outreach retention setting', (make) => {
  const t = appPerBlock(make);
  const admin = loginPerBlock(t, 'admin');
  const dong = loginPerBlock(t, 'counselor.dong');

  const put = (who: StaffLogin, payload: unknown) =>
    t.app.inject({ method: 'PUT', url: URL, payload: payload as object, cookies: who.cookies, headers: who.csrf });
  const upload = async (name: string) => {
    const bytes = csvBytes(LIST, 'utf-8');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/outreach/lists',
      cookies: dong.cookies,
      ...multipart(name, bytes),
      headers: { ...multipart(name, bytes).headers, ...dong.csrf },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; daysLeft: number };
  };
  const daysLeft = async () => {
    const items = (await t.app.inject({ method: 'GET', url: '/api/outreach/lists', cookies: dong.cookies })).json()
      .items as { fileName: string; daysLeft: number }[];
    return Object.fromEntries(items.map((l) => [l.fileName, l.daysLeft]));
  };

  it('starts from the environment default, and only an administrator may read or change it', async () => {
    const first = await t.app.inject({ method: 'GET', url: URL, cookies: admin.cookies });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ days: 90, defaultDays: 90, updatedAt: null, updatedBy: null, due: 0 });
    expect((await t.app.inject({ method: 'PUT', url: URL, payload: { days: 30 } })).statusCode).toBe(401);
    for (const who of ['counselor.dong', 'city', 'partner.lh']) {
      const login = who === 'counselor.dong' ? dong : await loginAs(t.app, who);
      for (const res of [
        await put(login, { days: 30 }),
        await t.app.inject({ method: 'GET', url: URL, cookies: login.cookies }),
      ]) {
        expect(res.statusCode, who).toBe(403);
        expect(res.headers['content-type']).toMatch(/problem\+json/);
        expect(res.json().detail).toBe('관리자만 할 수 있습니다.');
      }
    }
    const refused = await auditEntries(t.app.db, 'refused.role', '% /api/admin/outreach/retention');
    expect(refused.length).toBe(6);
    expect((await t.app.inject({ method: 'GET', url: URL, cookies: admin.cookies })).json().days).toBe(90);
  });

  it('refuses days outside 1–3650 with a problem+json field error in Korean and English', async () => {
    for (const [days, ko, en] of [
      [0, '1 이상이어야 합니다.', 'must be at least 1.'],
      [3651, '3650 이하여야 합니다.', 'must be at most 3650.'],
      [1.5, '정수', 'integer'],
      ['열흘', '정수', 'integer'],
      [null, '정수', 'integer'],
    ] as const) {
      const res = await put(admin, { days });
      expect(res.statusCode, String(days)).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      const body = res.json();
      expect(body.code).toBe('JIBSA_VALIDATION');
      expect(body.errors[0].path).toBe('days');
      expect(body.errors[0].detail).toContain(ko);
      expect(body.errors[0].detail_en).toContain(en);
    }
    const missing = await put(admin, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0]).toMatchObject({ path: 'days', code: 'required' });
    expect((await put(admin, { days: 30, extra: 1 })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: URL, cookies: admin.cookies })).json().days).toBe(90);
  });

  it('a change moves every list’s countdown, new uploads follow it, the sweeper deletes by it, and it is audited', async () => {
    const old = await upload('열흘 전 명단.csv');
    const fresh = await upload('오늘 명단.csv');
    expect(fresh.daysLeft).toBe(90);
    await sql`update outreach_list set created_at = now() - interval '10 days', delete_after = now() + interval '80 days' where id = ${old.id}`.execute(
      t.app.db,
    );
    expect(await daysLeft()).toMatchObject({ '열흘 전 명단.csv': 80, '오늘 명단.csv': 90 });

    const set = await put(admin, { days: 5 });
    expect(set.statusCode, set.body).toBe(200);
    const adminName = (await t.app.inject({ method: 'GET', url: '/api/auth/me', cookies: admin.cookies })).json()
      .displayName;
    expect(set.json()).toMatchObject({ days: 5, defaultDays: 90, updatedBy: adminName, due: 1 });
    expect(set.json().updatedAt).toEqual(expect.any(String));
    expect(await daysLeft()).toMatchObject({ '열흘 전 명단.csv': 0, '오늘 명단.csv': 5 });
    expect((await upload('새 명단.csv')).daysLeft).toBe(5);

    const uploads = path.join(t.app.config.dataDir, 'outreach');
    const stored = await t.app.db.selectFrom('outreach_list').select(['id', 'storage_name']).execute();
    const file = (id: string) => path.join(uploads, stored.find((s) => s.id === id)?.storage_name ?? '?');
    expect(fs.existsSync(file(old.id))).toBe(true);
    expect(await deleteExpiredLists(t.app, uploads)).toBe(1);
    expect(fs.existsSync(file(old.id))).toBe(false);
    expect(fs.existsSync(file(fresh.id))).toBe(true);
    expect(Object.keys(await daysLeft()).sort()).toEqual(['새 명단.csv', '오늘 명단.csv']);

    // Longer again: what is left counts down from its own upload.
    expect((await put(admin, { days: 3650 })).json()).toMatchObject({ days: 3650, due: 0 });
    expect(await daysLeft()).toMatchObject({ '오늘 명단.csv': 3650, '새 명단.csv': 3650 });
    expect(await deleteExpiredLists(t.app, uploads)).toBe(0);

    const audit = await t.app.db
      .selectFrom('audit_log')
      .innerJoin('staff_user', 'staff_user.id', 'audit_log.actor_id')
      .select(['staff_user.username', 'audit_log.subject_type', 'audit_log.subject_id', 'audit_log.reason'])
      .where('audit_log.action', '=', 'admin.setting_update')
      .orderBy('audit_log.id')
      .execute();
    expect(audit).toEqual([
      {
        username: 'admin',
        subject_type: 'setting',
        subject_id: 'outreach.retention_days',
        reason: '기본값 90일 → 5일 (default 90 days → 5 days)',
      },
      {
        username: 'admin',
        subject_type: 'setting',
        subject_id: 'outreach.retention_days',
        reason: '5일 → 3650일 (5 days → 3650 days)',
      },
    ]);
  });
});
