// Reproductions 8, 12 and 13 of issue #15.
import { describe, expect, it, onTestFinished } from 'vitest';
import { purgeSessions } from '../../src/auth/sessions.ts';
import { ConfigError, readConfig } from '../../src/config.ts';
import { makeTestApp } from '../support/app.ts';
import { loginAs } from '../support/staff.ts';

describe('sessions and cross-site requests', () => {
  it('(8) a fractional session lifetime works; one that cannot work stops the server at start', async () => {
    const t = await makeTestApp({ env: { JIBSA_SESSION_DAYS: '0.7' } });
    onTestFinished(() => t.close());
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'jibsa-demo' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name === 'jibsa_session')?.maxAge).toBe(Math.round(0.7 * 86_400));
    for (const bad of ['0', '0.01', '-1', 'abc', '400']) {
      expect(() => readConfig({ JIBSA_SESSION_DAYS: bad }), bad).toThrow(ConfigError);
    }
    const orphans = await t.handle.db.selectFrom('session').select('token_hash').execute();
    expect(orphans).toHaveLength(1);
  }, 60_000);

  it('(12) a cross-site read is refused and leaves no forged audit reason; state changes need the CSRF token', async () => {
    const t = await makeTestApp();
    onTestFinished(() => t.close());
    const { cookies, csrf } = await loginAs(t.app, 'counselor.dong');
    const evil = await t.app.inject({
      url: '/api/consultations?reason=forged-by-evil',
      cookies,
      headers: { origin: 'https://evil.example' },
    });
    expect(evil.statusCode).toBe(403);
    expect(evil.json().code).toBe('JIBSA_CROSS_SITE');
    const navigation = await t.app.inject({
      url: '/api/consultations?reason=forged-by-link',
      cookies,
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(navigation.statusCode).toBe(403);
    const reasons = await t.handle.db.selectFrom('audit_log').select('reason').execute();
    expect(reasons.map((r) => r.reason).filter((r) => r?.startsWith('forged'))).toEqual([]);

    const textPlain = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      cookies,
      headers: { 'content-type': 'text/plain' },
      payload: 'x',
    });
    expect(textPlain.statusCode).toBeGreaterThanOrEqual(400);
    const noToken = await t.app.inject({ method: 'POST', url: '/api/auth/logout', cookies });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('JIBSA_CSRF');
    expect((await t.app.inject({ url: '/api/auth/me', cookies })).statusCode).toBe(200);
    const same = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      cookies,
      headers: { ...csrf, origin: 'http://localhost:80', host: 'localhost:80' },
    });
    expect(same.statusCode).toBe(204);
  }, 60_000);

  it('(13) the cookie is Secure behind TLS through a trusted proxy; expired and idle sessions are purged', async () => {
    const t = await makeTestApp({ env: { JIBSA_TRUST_PROXY: '127.0.0.1', JIBSA_SESSION_IDLE_MINUTES: '30' } });
    onTestFinished(() => t.close());
    const tls = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { username: 'admin', password: 'jibsa-demo' },
    });
    expect(tls.cookies.find((c) => c.name === 'jibsa_session')?.secure).toBe(true);
    const plain = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'jibsa-demo' },
    });
    expect(plain.cookies.find((c) => c.name === 'jibsa_session')?.secure).toBeFalsy();
    // Make one session expired and the other idle, then sweep.
    const rows = await t.handle.db.selectFrom('session').select('token_hash').execute();
    expect(rows).toHaveLength(2);
    await t.handle.db
      .updateTable('session')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('token_hash', '=', rows[0]?.token_hash ?? '')
      .execute();
    await t.handle.db
      .updateTable('session')
      .set({ last_seen_at: new Date(Date.now() - 31 * 60_000) })
      .where('token_hash', '=', rows[1]?.token_hash ?? '')
      .execute();
    const cookies = { jibsa_session: plain.cookies.find((c) => c.name === 'jibsa_session')?.value ?? '' };
    expect((await t.app.inject({ url: '/api/auth/me', cookies })).statusCode).toBe(401);
    expect(await purgeSessions(t.handle.db, 30)).toBe(2);
    expect(await t.handle.db.selectFrom('session').select('token_hash').execute()).toEqual([]);
  }, 60_000);
});
