// Issue #9 (auth part): argon2id at OWASP's parameters, old scrypt hashes upgraded at the next
// successful log-in, a password change ends the user's other sessions.
import { randomBytes, scryptSync } from 'node:crypto';
import { expect, it } from 'vitest';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase, type TestApp } from '../support/backends.ts';
import { loginAs } from '../support/staff.ts';

/** A hash as the first release stored it: scrypt, N=2^14, r=8, p=1. */
function oldScryptHash(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 32, { N: 16_384, r: 8, p: 1 });
  return `scrypt$16384$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
}

const hashOf = async (t: TestApp, username: string) =>
  (
    await t.handle.db
      .selectFrom('staff_user')
      .select('password_hash')
      .where('username', '=', username)
      .executeTakeFirstOrThrow()
  ).password_hash;

describeOnEachDatabase('passwords', (make) => {
  // One app per database: each test works on its own account.
  const t = appPerBlock(make);

  it('stores argon2id with 19 MiB, 2 passes, 1 lane', async () => {
    expect(await hashOf(t, 'admin')).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('upgrades an old scrypt hash at the next successful log-in, and only then', async () => {
    const old = oldScryptHash('old-password-2024');
    await t.handle.db.updateTable('staff_user').set({ password_hash: old }).where('username', '=', 'city').execute();
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'city', password: 'not-it' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(await hashOf(t, 'city')).toBe(old);
    await loginAs(t.app, 'city', 'old-password-2024');
    expect(await hashOf(t, 'city')).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    // The new hash verifies the same password.
    await loginAs(t.app, 'city', 'old-password-2024');
  });

  it("changing a password ends the user's other sessions, keeps this one, and refuses the demo password", async () => {
    const here = await loginAs(t.app, 'counselor.seo');
    const elsewhere = await loginAs(t.app, 'counselor.seo');
    const otherUser = await loginAs(t.app, 'counselor.nam');
    const change = (newPassword: string, currentPassword = 'jibsa-demo') =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        cookies: here.cookies,
        headers: here.csrf,
        payload: { currentPassword, newPassword },
      });
    const demo = await change('jibsa-demo');
    expect(demo.statusCode).toBe(400);
    expect(demo.json().errors[0].path).toBe('newPassword');
    expect((await change('a-new-password-1', 'wrong-current')).statusCode).toBe(401);
    expect((await change('a-new-password-1')).statusCode).toBe(204);

    const me = (cookies: Record<string, string>) => t.app.inject({ url: '/api/auth/me', cookies });
    expect((await me(here.cookies)).statusCode).toBe(200);
    expect((await me(elsewhere.cookies)).statusCode).toBe(401);
    expect((await me(otherUser.cookies)).statusCode).toBe(200);
    await loginAs(t.app, 'counselor.seo', 'a-new-password-1');
    await expect(loginAs(t.app, 'counselor.seo')).rejects.toThrow(/401/);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['outcome'])
      .where('action', '=', 'auth.password_change')
      .execute();
    expect(audit.map((r) => r.outcome).sort()).toEqual(['denied', 'ok']);
  });
});
