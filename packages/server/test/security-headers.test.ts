import { describe, expect, it } from 'vitest';
import { appPerBlock, makeTestApp } from './support/app.ts';
import { ELDERLY_RENTER_ALONE } from './support/households.ts';

/**
 * Every security header, exactly, on answers of every kind: a screening, a validation error, a
 * refusal by the rate limit, an unknown route, a plain GET. These values are what @fastify/helmet
 * gave for the configuration in platform/security-headers.ts; they are written out here so that a
 * change in how they are set (once at start, not per request) cannot change what is sent.
 */
const EXPECTED = {
  'content-security-policy':
    "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;font-src 'self';connect-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

describe('security headers on every answer', () => {
  const t = appPerBlock(() => makeTestApp({ env: { JIBSA_RATE_SCREEN_PER_MINUTE: '3' } }));

  it('are all present, with the same values, whatever the answer', async () => {
    const screen = (payload: object) => t.app.inject({ method: 'POST', url: '/api/screen', payload });
    const answers = {
      screened: await screen({ date: '2026-03-01', household: ELDERLY_RENTER_ALONE }),
      invalid: await screen({ household: { region: 'nowhere' } }),
      notFound: await t.app.inject('/api/no-such-thing'),
      list: await t.app.inject('/api/programs'),
      health: await t.app.inject('/healthz'),
    };
    // The limit is 3 a minute: the screening above was one, so the fourth of these is refused.
    let limited = await screen({ household: {} });
    for (let i = 0; i < 3 && limited.statusCode !== 429; i++) limited = await screen({ household: {} });
    expect(answers.screened.statusCode).toBe(200);
    expect(answers.invalid.statusCode).toBe(400);
    expect(answers.notFound.statusCode).toBe(404);
    expect(limited.statusCode).toBe(429);
    for (const [what, res] of Object.entries({ ...answers, limited })) {
      const security = Object.fromEntries(Object.keys(EXPECTED).map((name) => [name, res.headers[name]]));
      expect(security, what).toEqual(EXPECTED);
      expect(res.headers['x-powered-by'], what).toBeUndefined();
      expect(res.headers['x-request-id'], what).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('keep API answers out of caches unless a route says they may be kept', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'counselor.dong', password: 'jibsa-demo' },
    });
    const cookie = login.cookies.find((c) => c.name === 'jibsa_session')?.value ?? '';
    const cases = await t.app.inject({ url: '/api/cases', cookies: { jibsa_session: cookie } });
    expect(cases.statusCode).toBe(200);
    expect(cases.headers['cache-control']).toBe('no-store');
    expect(login.headers['cache-control']).toBe('no-store');
    expect((await t.app.inject('/api/no-such-thing')).headers['cache-control']).toBe('no-store');
    // The shared parameter list chose to be cached (with its ETag); that choice stands.
    expect((await t.app.inject('/api/parameters')).headers['cache-control']).toBe('public, max-age=3600');
  });
});
