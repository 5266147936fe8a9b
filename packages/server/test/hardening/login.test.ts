// Reproductions 3, 7 and 14 of issue #15.
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { makeTestApp } from '../support/app.ts';

type TestApp = Awaited<ReturnType<typeof makeTestApp>>;
const login = (t: TestApp, username: string, password: string, remoteAddress?: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });
const auditOf = (t: TestApp, outcome: string) =>
  t.handle.db.selectFrom('audit_log').selectAll().where('outcome', '=', outcome).execute();

describe('log-in: rate limit, lock-out, equal timing, the demo password, audit', () => {
  it('(3) locks an account after repeated failures, even for the right password', async () => {
    const t = await makeTestApp({ env: { JIBSA_LOGIN_FAILURES_BEFORE_LOCK: '5', JIBSA_LOCK_MINUTES: '15' } });
    onTestFinished(() => t.close());
    for (let i = 0; i < 5; i++) expect((await login(t, 'admin', `wrong-${i}`)).statusCode).toBe(401);
    const right = await login(t, 'admin', 'jibsa-demo');
    expect(right.statusCode).toBe(429);
    expect(right.json().code).toBe('JIBSA_ACCOUNT_LOCKED');
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(800);
    // Another account is not locked by it.
    expect((await login(t, 'city', 'jibsa-demo')).statusCode).toBe(200);
  }, 60_000);

  it('(3) limits log-in attempts per client address with 429 and Retry-After', async () => {
    const t = await makeTestApp({ env: { JIBSA_RATE_LOGIN_PER_MINUTE: '3' } });
    onTestFinished(() => t.close());
    for (let i = 0; i < 3; i++) expect((await login(t, `nobody${i}`, 'x')).statusCode).toBe(401);
    const fourth = await login(t, 'admin', 'jibsa-demo');
    expect(fourth.statusCode).toBe(429);
    expect(fourth.headers['content-type']).toMatch(/problem\+json/);
    expect(Number(fourth.headers['retry-after'])).toBeGreaterThan(0);
    // A different address is counted on its own.
    expect((await login(t, 'admin', 'jibsa-demo', '127.0.0.2')).statusCode).toBe(200);
  }, 60_000);

  it('(3) the published demo password works only from this machine; the server binds to loopback by default', async () => {
    const t = await makeTestApp();
    onTestFinished(() => t.close());
    const remote = await login(t, 'admin', 'jibsa-demo', '203.0.113.7');
    expect(remote.statusCode).toBe(403);
    expect(remote.json().code).toBe('JIBSA_DEMO_PASSWORD_REMOTE');
    expect(remote.cookies.find((c) => c.name === 'jibsa_session')).toBeUndefined();
    // A reverse proxy on this machine, not named in JIBSA_TRUST_PROXY, relays someone else.
    const relayed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'jibsa-demo' },
      remoteAddress: '127.0.0.1',
      headers: { 'x-forwarded-for': '203.0.113.7' },
    });
    expect(relayed.statusCode).toBe(403);
    expect((await login(t, 'admin', 'jibsa-demo', '127.0.0.1')).statusCode).toBe(200);
    expect(readConfig({}).host).toBe('127.0.0.1');
  }, 60_000);

  it('(7) an unknown username takes about as long as a wrong password for a real one', async () => {
    const t = await makeTestApp();
    onTestFinished(() => t.close());
    const time = async (username: string) => {
      const started = performance.now();
      await login(t, username, 'not-the-password');
      return performance.now() - started;
    };
    await time('admin'); // warm up the dummy hash
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      known.push(await time('city'));
      unknown.push(await time(`ghost-${i}`));
    }
    // The fastest of each is the one a busy machine disturbed least (medians drift under load).
    // Before: 30.5 ms vs 1.5 ms (×20). Both now run one argon2id verification.
    expect(Math.min(...unknown) / Math.min(...known)).toBeGreaterThan(0.5);
  }, 60_000);

  it('(14) failed log-ins and refused access leave audit entries', async () => {
    const t = await makeTestApp();
    onTestFinished(() => t.close());
    await login(t, 'admin', 'wrong');
    await login(t, 'ghost', 'wrong');
    const failed = await auditOf(t, 'login_failed');
    expect(failed.map((r) => r.subject_id).sort()).toEqual(['admin', 'ghost']);
    expect(failed.every((r) => r.request_id)).toBe(true);

    const anonymous = await t.app.inject('/api/consultations?reason=look');
    expect(anonymous.statusCode).toBe(401);
    const partner = await login(t, 'partner.lh', 'jibsa-demo');
    const cookies = { jibsa_session: partner.cookies.find((c) => c.name === 'jibsa_session')?.value ?? '' };
    expect((await t.app.inject({ url: '/api/consultations?reason=look', cookies })).statusCode).toBe(403);
    const denied = await auditOf(t, 'denied');
    expect(denied.map((r) => r.action).sort()).toEqual(['refused.scope', 'refused.unauthorized']);
    expect(denied.find((r) => r.action === 'refused.scope')?.actor_id).toBe(partner.json().id);
  }, 60_000);

  it('(14) refusals are audited, yet one address cannot grow the audit log without bound', async () => {
    const t = await makeTestApp({ env: { JIBSA_RATE_REFUSED_PER_MINUTE: '5', JIBSA_RATE_LOGIN_PER_MINUTE: '3' } });
    onTestFinished(() => t.close());
    // The limits count per clock minute: on a slow machine the 80 requests below could cross into the
    // next minute and start counting afresh (a CI run saw a 401 after the 429s). The clock the
    // counters read stands still at the start of a minute for this test.
    const minute = Math.floor(Date.now() / 60_000) * 60_000;
    const now = vi.spyOn(Date, 'now').mockReturnValue(minute + 1_000);
    onTestFinished(() => {
      now.mockRestore();
    });
    const codes: number[] = [];
    for (let i = 0; i < 40; i++) codes.push((await t.app.inject('/api/consultations?reason=look')).statusCode);
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(new Set(codes.slice(5))).toEqual(new Set([429]));
    const last = await t.app.inject('/api/consultations?reason=look');
    expect(last.headers['content-type']).toMatch(/problem\+json/);
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    for (let i = 0; i < 40; i++) await login(t, 'ghost', 'wrong');
    const rows = await t.handle.db.selectFrom('audit_log').select(['action', 'outcome']).execute();
    const count = (action: string, outcome: string) =>
      rows.filter((r) => r.action === action && r.outcome === outcome).length;
    // Five refusals and one "from here on refused" row; three failed log-ins and one rate-limit row.
    expect(count('refused.unauthorized', 'denied')).toBe(5);
    expect(count('refused.rate_limited', 'rate_limited')).toBe(1);
    expect(count('auth.login', 'login_failed')).toBe(3);
    expect(count('auth.login', 'rate_limited')).toBe(1);
    expect(rows).toHaveLength(10);
    // Another address is refused, and audited, on its own count.
    const other = await t.app.inject({ url: '/api/consultations?reason=look', remoteAddress: '127.0.0.9' });
    expect(other.statusCode).toBe(401);
  }, 60_000);
});
