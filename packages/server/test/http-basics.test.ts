import { describe, expect, it } from 'vitest';
import { appPerBlock, makeTestApp } from './support/app.ts';

describe('HTTP basics on PGlite', () => {
  const t = appPerBlock(makeTestApp);

  it('answers /healthz and /readyz', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', database: 'pglite', migrations: 'current' });
  });

  it('returns a 404 problem for an unknown API route', async () => {
    const res = await t.app.inject('/api/no-such-thing');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = res.json();
    expect(body).toMatchObject({ status: 404, code: 'JIBSA_NOT_FOUND', instance: '/api/no-such-thing' });
    expect(body.detail).toMatch(/찾는 주소가 없습니다/);
    expect(body.detail_en).toMatch(/No such route/);
  });

  it('gives field-level Korean and English errors for a bad body', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '' } });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('JIBSA_VALIDATION');
    const paths = body.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['password', 'username']);
    const username = body.errors.find((e: { path: string }) => e.path === 'username');
    // An empty required text reads as a person would say it, not as a character count.
    expect(username.detail).toBe('username: 꼭 적어 주세요.');
    expect(username.detail_en).toBe('username: is required.');
  });

  it('rejects malformed JSON as a 400 problem, not a 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('JIBSA_BAD_JSON');
  });

  it('logs in a demo account with a database session, and out again', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('JIBSA_LOGIN_FAILED');

    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'counselor.gwangsan', password: 'jibsa-demo' },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json()).toMatchObject({ role: 'counselor', district: 'gwangsan' });
    const cookie = login.cookies.find((c) => c.name === 'jibsa_session');
    expect(cookie?.httpOnly).toBe(true);
    const cookies = { jibsa_session: cookie?.value ?? '' };

    const me = await t.app.inject({ url: '/api/auth/me', cookies });
    expect(me.json().username).toBe('counselor.gwangsan');
    expect(me.json().csrfToken).toBe(login.json().csrfToken);

    // Logging out changes state: without the session's CSRF token it is refused.
    const forged = await t.app.inject({ method: 'POST', url: '/api/auth/logout', cookies });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().code).toBe('JIBSA_CSRF');
    const headers = { 'x-csrf-token': login.json().csrfToken };
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', cookies, headers })).statusCode).toBe(204);
    const after = await t.app.inject({ url: '/api/auth/me', cookies });
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('JIBSA_UNAUTHORIZED');
  });

  it('makes its own request id: one sent by a client is not trusted without a configured proxy', async () => {
    const res = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const again = await t.app.inject({ url: '/healthz' });
    expect(again.headers['x-request-id']).not.toBe(res.headers['x-request-id']);
  });

  it('takes the request id of a configured trusted proxy, when it looks like an id', async () => {
    const proxied = await makeTestApp({ seed: false, env: { JIBSA_TRUST_PROXY: '127.0.0.1' } });
    try {
      const ok = await proxied.app.inject({ url: '/healthz', headers: { 'x-request-id': 'lb-7f3a.42' } });
      expect(ok.headers['x-request-id']).toBe('lb-7f3a.42');
      const forged = await proxied.app.inject({ url: '/healthz', headers: { 'x-request-id': 'a\nfake log line' } });
      expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await proxied.close();
    }
  });
});
