// The staff app's first question, before anyone has logged in: "nobody" is an answer, not a refusal.
import { expect, it } from 'vitest';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase, type TestApp } from '../support/backends.ts';
import { loginAs } from '../support/staff.ts';

const refusals = async (t: TestApp) =>
  (await t.handle.db.selectFrom('audit_log').select('id').where('action', '=', 'refused.unauthorized').execute())
    .length;

describeOnEachDatabase('GET /api/auth/session', (make) => {
  const t = appPerBlock(make);

  it('answers 200 loggedIn false without a session, or with one that ended, and audits no refusal', async () => {
    const before = await refusals(t);
    const none = await t.app.inject({ url: '/api/auth/session' });
    expect(none.statusCode).toBe(200);
    expect(none.json()).toEqual({ loggedIn: false });
    const unknown = await t.app.inject({ url: '/api/auth/session', cookies: { jibsa_session: 'not-a-session' } });
    expect(unknown.json()).toEqual({ loggedIn: false });
    expect(await refusals(t)).toBe(before);
    // /me keeps its 401 for clients that read it.
    expect((await t.app.inject({ url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('logged in, says who with the same body and CSRF token as /me; after log-out, nobody', async () => {
    const { cookies, csrf } = await loginAs(t.app, 'counselor.dong');
    const session = await t.app.inject({ url: '/api/auth/session', cookies });
    const me = await t.app.inject({ url: '/api/auth/me', cookies });
    expect(session.statusCode).toBe(200);
    expect(session.json()).toEqual({ loggedIn: true, me: me.json() });
    expect(session.json().me.csrfToken).toBe(csrf['x-csrf-token']);
    await t.app.inject({ method: 'POST', url: '/api/auth/logout', cookies, headers: csrf });
    expect((await t.app.inject({ url: '/api/auth/session', cookies })).json()).toEqual({ loggedIn: false });
  });

  it('refuses another site, and lets a user whose password was reset learn that it must be changed', async () => {
    const { cookies } = await loginAs(t.app, 'counselor.nam');
    const evil = await t.app.inject({ url: '/api/auth/session', cookies, headers: { origin: 'https://evil.example' } });
    expect(evil.statusCode).toBe(403);
    expect(evil.json().code).toBe('JIBSA_CROSS_SITE');
    await t.handle.db
      .updateTable('staff_user')
      .set({ must_change_password: true })
      .where('username', '=', 'counselor.nam')
      .execute();
    const forced = await t.app.inject({ url: '/api/auth/session', cookies });
    expect(forced.statusCode).toBe(200);
    expect(forced.json().me.mustChangePassword).toBe(true);
  });
});
