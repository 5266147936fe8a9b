import { describe, expect, it, onTestFinished } from 'vitest';
import { makeTestApp } from '../support/app.ts';

describe('per-address limits on anonymous screening and consultation requests', () => {
  it('answers 429 problem+json with Retry-After past the limit, per address, and stores the count', async () => {
    const t = await makeTestApp({
      env: {
        JIBSA_RATE_SCREEN_PER_MINUTE: '3',
        JIBSA_RATE_CONSULTATIONS_PER_MINUTE: '2',
        JIBSA_RATE_SCREEN_BATCH_PER_MINUTE: '2',
      },
    });
    onTestFinished(() => t.close());
    const screen = (remoteAddress = '127.0.0.1') =>
      t.app.inject({ method: 'POST', url: '/api/screen', payload: { household: {} }, remoteAddress });
    const minute = Math.floor(Date.now() / 60_000);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await screen()).statusCode);
    if (Math.floor(Date.now() / 60_000) !== minute) return; // crossed into a new minute: the count restarted
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await screen();
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    expect(refused.json().code).toBe('JIBSA_RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await screen('127.0.0.9')).statusCode).toBe(200);

    // The batch endpoint has a budget of its own (each request up to 10,000 households).
    const batch = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/screen/batch',
        payload: '{}\n',
        headers: { 'content-type': 'application/x-ndjson' },
      });
    const batchStatuses = [(await batch()).statusCode, (await batch()).statusCode];
    const over = await batch();
    if (Math.floor(Date.now() / 60_000) !== minute) return;
    expect([...batchStatuses, over.statusCode]).toEqual([200, 200, 429]);
    expect(over.headers['content-type']).toMatch(/problem\+json/);

    const consult = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/consultations',
        payload: { name: '김OO', phone: '01012345678', consent: { contact: true, household: false, result: false } },
      });
    expect([(await consult()).statusCode, (await consult()).statusCode, (await consult()).statusCode]).toEqual([
      201, 201, 429,
    ]);
    // The counts reach the shared table (what other server processes read).
    await t.app.rateCounters.flush();
    const rows = await t.handle.db.selectFrom('rate_limit').selectAll().execute();
    expect(rows.map((r) => r.hits).sort((a, b) => b - a)[0]).toBeGreaterThanOrEqual(5);
    expect(rows.every((r) => !r.key.includes('127.0.0'))).toBe(true);
  }, 120_000);
});
