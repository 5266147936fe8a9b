// Issue #9, accounts: an admin creates, changes, disables and re-enables accounts and resets
// passwords; sessions end, the reset password must be changed first, every admin action is audited.
import type { FastifyInstance } from 'fastify';
import { expect, it } from 'vitest';
import { asStaff, staffPerBlock } from '../cases/support.ts';
import { appPerBlock } from '../support/app.ts';
import { auditEntries } from '../support/audit.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { loginAs } from '../support/staff.ts';

const TEMP = 'temporary-pass-2026';
const OWN = 'my-own-password-2026';

async function tryLogin(app: FastifyInstance, username: string, password: string) {
  return app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
}

describeOnEachDatabase('admin accounts', (make) => {
  const t = appPerBlock(make);
  const admin = staffPerBlock(t, 'admin');

  const auditActions = async (subjectId: string) =>
    (
      await t.handle.db
        .selectFrom('audit_log')
        .select(['action', 'actor_id'])
        .where('subject_id', '=', subjectId)
        .orderBy('id')
        .execute()
    ).map((r) => r.action);

  it('creates an account whose temporary password must be changed before anything else', async () => {
    const made = await admin.post('/api/admin/accounts', {
      username: 'counselor.new',
      displayName: '새 상담사',
      role: 'counselor',
      district: 'nam',
      temporaryPassword: TEMP,
    });
    expect(made.statusCode).toBe(201);
    const account = made.json();
    expect(account).toMatchObject({ username: 'counselor.new', role: 'counselor', district: 'nam' });
    expect(account.mustChangePassword).toBe(true);
    expect(made.body).not.toMatch(/argon2|password_hash/);

    const again = await admin.post('/api/admin/accounts', {
      username: 'counselor.new',
      displayName: '또',
      role: 'counselor',
      district: 'seo',
      temporaryPassword: TEMP,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].path).toBe('username');

    const login = await tryLogin(t.app, 'counselor.new', TEMP);
    expect(login.statusCode).toBe(200);
    expect(login.json().mustChangePassword).toBe(true);
    const session = {
      cookies: { jibsa_session: login.cookies[0]?.value ?? '' },
      csrf: { 'x-csrf-token': login.json().csrfToken },
    };
    const user = asStaff(t.app, session);
    const blocked = await user.get('/api/cases');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.headers['content-type']).toMatch(/problem\+json/);
    expect(blocked.json().code).toBe('JIBSA_PASSWORD_CHANGE_REQUIRED');
    expect((await user.get('/api/auth/me')).statusCode).toBe(200);

    const changed = await user.post('/api/auth/password', { currentPassword: TEMP, newPassword: OWN });
    expect(changed.statusCode).toBe(204);
    expect((await user.get('/api/cases')).statusCode).toBe(200);
    expect((await user.get('/api/auth/me')).json().mustChangePassword).toBe(false);
    expect(await auditActions(account.id)).toEqual(['admin.account_create']);
  });

  it('resets a password: the account’s sessions end and the new one must be changed', async () => {
    const { items } = (await admin.get('/api/admin/accounts')).json();
    const target = items.find((a: { username: string }) => a.username === 'counselor.new');
    const before = await loginAs(t.app, 'counselor.new', OWN);
    expect((await asStaff(t.app, before).get('/api/cases')).statusCode).toBe(200);

    const reset = await admin.post(`/api/admin/accounts/${target.id}/password`, { temporaryPassword: `${TEMP}-b` });
    expect(reset.statusCode).toBe(204);
    const ended = await asStaff(t.app, before).get('/api/auth/me');
    expect(ended.statusCode).toBe(401);
    expect((await tryLogin(t.app, 'counselor.new', OWN)).statusCode).toBe(401);
    const after = await tryLogin(t.app, 'counselor.new', `${TEMP}-b`);
    expect(after.json().mustChangePassword).toBe(true);
    expect(await auditActions(target.id)).toEqual(['admin.account_create', 'admin.password_reset']);

    const demo = await admin.post(`/api/admin/accounts/${target.id}/password`, { temporaryPassword: 'jibsa-demo' });
    expect(demo.statusCode).toBe(400);
  });

  it('disables an account: its sessions end and log-in answers exactly as a wrong password does', async () => {
    const { items } = (await admin.get('/api/admin/accounts')).json();
    const seo = items.find((a: { username: string }) => a.username === 'counselor.seo');
    const live = await loginAs(t.app, 'counselor.seo');
    const off = await admin.patch(`/api/admin/accounts/${seo.id}`, { disabled: true });
    expect(off.statusCode).toBe(200);
    expect(off.json().disabled).toBe(true);
    expect((await asStaff(t.app, live).get('/api/auth/me')).statusCode).toBe(401);
    const sessions = await t.handle.db.selectFrom('session').select('user_id').where('user_id', '=', seo.id).execute();
    expect(sessions).toEqual([]);

    const disabled = await tryLogin(t.app, 'counselor.seo', 'jibsa-demo');
    const wrong = await tryLogin(t.app, 'counselor.buk', 'not-the-password');
    expect(disabled.statusCode).toBe(wrong.statusCode);
    expect(disabled.json().code).toBe(wrong.json().code);
    expect(disabled.json().detail).toBe(wrong.json().detail);

    const on = await admin.patch(`/api/admin/accounts/${seo.id}`, { disabled: false });
    expect(on.json().disabled).toBe(false);
    expect((await tryLogin(t.app, 'counselor.seo', 'jibsa-demo')).statusCode).toBe(200);
    expect(await auditActions(seo.id)).toEqual(['admin.account_disable', 'admin.account_enable']);
  });

  it('changes role and 구, which take effect on the next request of a live session', async () => {
    const { items } = (await admin.get('/api/admin/accounts')).json();
    const buk = items.find((a: { username: string }) => a.username === 'counselor.buk');
    const live = asStaff(t.app, await loginAs(t.app, 'counselor.buk'));
    const moved = await admin.patch(`/api/admin/accounts/${buk.id}`, { district: 'gwangsan' });
    expect(moved.json().district).toBe('gwangsan');
    expect((await live.get('/api/auth/me')).json().district).toBe('gwangsan');
    const partner = await admin.patch(`/api/admin/accounts/${buk.id}`, { role: 'partner' });
    expect(partner.json().role).toBe('partner');
    expect((await live.get('/api/cases')).statusCode).toBe(403);
    const reasons = await t.handle.db
      .selectFrom('audit_log')
      .select('reason')
      .where('subject_id', '=', buk.id)
      .where('action', '=', 'admin.account_update')
      .orderBy('id')
      .execute();
    expect(reasons.map((r) => r.reason)).toEqual([
      '바꾼 항목: 구 (changed: district)',
      '바꾼 항목: 역할 (changed: role)',
    ]);

    const cityWithDistrict = await admin.patch(`/api/admin/accounts/${buk.id}`, { role: 'city', district: 'dong' });
    expect(cityWithDistrict.statusCode).toBe(400);
    expect(cityWithDistrict.json().errors[0].path).toBe('district');
  });

  it('gives every counselor a 구: none refused on a new account and on a change, and one left without sees no records', async () => {
    const none = await admin.post('/api/admin/accounts', {
      username: 'counselor.nowhere',
      displayName: '구 없는 상담사',
      role: 'counselor',
      temporaryPassword: TEMP,
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().errors).toEqual([expect.objectContaining({ path: 'district' })]);
    expect(none.json().errors[0].detail).toContain('맡을 구를 골라 주세요');
    const city = await admin.post('/api/admin/accounts', {
      username: 'city.two',
      displayName: '시청 담당 둘',
      role: 'city',
      temporaryPassword: TEMP,
    });
    expect(city.statusCode, city.body).toBe(201);
    const promote = await admin.patch(`/api/admin/accounts/${city.json().id}`, { role: 'counselor' });
    expect(promote.statusCode).toBe(400);
    expect(promote.json().errors[0].path).toBe('district');
    // An account that somehow has none (written before this rule) reads no 구 at all.
    await t.app.db
      .updateTable('staff_user')
      .set({ role: 'counselor', must_change_password: false })
      .where('username', '=', 'city.two')
      .execute();
    const login = await loginAs(t.app, 'city.two', TEMP);
    const cases = await asStaff(t.app, login).get('/api/cases');
    expect(cases.statusCode).toBe(403);
  });

  it('refuses a name of spaces only, on a new account and on a change, and keeps a name trimmed', async () => {
    const blank = await admin.post('/api/admin/accounts', {
      username: 'counselor.blank',
      displayName: '   ',
      role: 'counselor',
      district: 'nam',
      temporaryPassword: TEMP,
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().errors).toEqual([
      expect.objectContaining({ path: 'displayName', detail: 'displayName: 이름을 적어 주세요.' }),
    ]);
    const made = await admin.post('/api/admin/accounts', {
      username: 'counselor.trim',
      displayName: '  남구 상담사 둘  ',
      role: 'counselor',
      district: 'nam',
      temporaryPassword: TEMP,
    });
    expect(made.json().displayName).toBe('남구 상담사 둘');
    const renamed = await admin.patch(`/api/admin/accounts/${made.json().id}`, { displayName: ' \t ' });
    expect(renamed.statusCode).toBe(400);
  });

  it('will not let an admin disable or demote their own account, nor touch an unknown one', async () => {
    const me = (await admin.get('/api/auth/me')).json();
    const self = await admin.patch(`/api/admin/accounts/${me.id}`, { disabled: true });
    expect(self.statusCode).toBe(400);
    expect(self.json().errors[0].path).toBe('disabled');
    const demote = await admin.patch(`/api/admin/accounts/${me.id}`, { role: 'counselor' });
    expect(demote.statusCode).toBe(400);
    const missing = await admin.patch('/api/admin/accounts/00000000-0000-4000-8000-000000000000', { disabled: true });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/problem\+json/);
  });

  it('refuses non-admins, and audits the refusal', async () => {
    const dong = asStaff(t.app, await loginAs(t.app, 'counselor.dong'));
    const res = await dong.post('/api/admin/accounts', {
      username: 'sneaky',
      displayName: '몰래',
      role: 'admin',
      temporaryPassword: TEMP,
    });
    expect(res.statusCode).toBe(403);
    const refused = await auditEntries(t.handle.db, 'refused.role', 'POST /api/admin/accounts');
    expect(refused).toHaveLength(1);
    const exists = await t.handle.db.selectFrom('staff_user').select('id').where('username', '=', 'sneaky').execute();
    expect(exists).toEqual([]);
  });
});
