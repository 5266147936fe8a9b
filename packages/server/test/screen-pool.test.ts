import { describe, expect, it } from 'vitest';
import type { ScreenAnswer } from '../src/screening/screen-answer.ts';
import { ScreenPool } from '../src/screening/screen-pool.ts';
import { appPerBlock, makeTestApp } from './support/app.ts';
import { ELDERLY_RENTER, ELDERLY_RENTER_ALONE } from './support/households.ts';

const ECHO = new URL('./fixtures/echo-screen-worker.mjs', import.meta.url);
const text = (a: ScreenAnswer) => (a.ok ? new TextDecoder().decode(a.bytes) : `errors ${JSON.stringify(a.errors)}`);

describe('ScreenPool: the threads POST /api/screen screens on', () => {
  it('shares jobs out between its threads and answers each job with its own answer', async () => {
    const pool = new ScreenPool(2, ECHO);
    try {
      const answers = (
        await Promise.all(Array.from({ length: 40 }, (_, k) => pool.answer({ household: `h${k}` })))
      ).map(text);
      expect(answers.map((a) => a.split('@')[0])).toEqual(answers.map((_, k) => `h${k}`));
      // Both threads took some: the jobs were in hand together, so the least busy thread changed.
      expect(new Set(answers.map((a) => a.split('@')[1])).size).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('a thread that dies fails only its own task and is replaced; a fault is an error, not an answer', async () => {
    const pool = new ScreenPool(1, ECHO);
    try {
      const before = text(await pool.answer({ household: 'a' }));
      await expect(pool.answer({ household: 'exit' })).rejects.toThrow('screening thread stopped (exit code 3)');
      const after = text(await pool.answer({ household: 'b' }));
      expect(after.startsWith('b@')).toBe(true);
      // A new thread, not the one that died.
      expect(after.split('@')[1]).not.toBe(before.split('@')[1]);
      await expect(pool.answer({ household: 'fault' })).rejects.toThrow('screening thread: engine broke (test)');
      expect(text(await pool.answer({ household: 'c' })).startsWith('c@')).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('threads that cannot load are not started again and again: the work stays on the request thread', async () => {
    const told: Error[] = [];
    const pool = new ScreenPool(2, new URL('./fixtures/no-such-worker.mjs', import.meta.url), (e) => told.push(e));
    try {
      // Both asked before the threads failed to load: answered here, by the real engine.
      const [a, b] = await Promise.all([pool.answer({ household: 'x' }), pool.answer({ household: 'y' })]);
      expect([a.ok, b.ok]).toEqual([false, false]);
      await new Promise((r) => setTimeout(r, 200));
      const after = await pool.answer({ household: {}, date: '2026-03-01' });
      expect(after.ok).toBe(true);
      expect(told).toHaveLength(1);
      expect(String(told[0]?.message)).toMatch(/no-such-worker|Cannot find/);
    } finally {
      await pool.close();
    }
  });

  it('on closing, lets the tasks in hand finish, then runs new ones on the request thread', async () => {
    const pool = new ScreenPool(1, ECHO);
    await pool.answer({ household: 'warm' });
    const inHand = pool.answer({ household: 'slow' });
    const closed = pool.close();
    // Not refused and not lost: the slow task ends on its thread before the thread is stopped.
    expect(text(await inHand).startsWith('slow@')).toBe(true);
    await closed;
    // A new task is screened here by the real engine (the stand-in thread is gone): a household
    // that is not an object is refused field by field, as the route would refuse it.
    const after = await pool.answer({ household: 'x' });
    expect(after.ok).toBe(false);
  });
});

describe('POST /api/screen on screening threads answers as on the request thread', () => {
  const threads = appPerBlock(makeTestApp, { seed: false, env: { JIBSA_SCREEN_THREADS: '2' } });
  const inline = appPerBlock(makeTestApp, { seed: false, env: { JIBSA_SCREEN_THREADS: '0' } });
  const cases = [
    { url: '/api/screen', payload: { household: ELDERLY_RENTER, date: '2026-03-01' } },
    { url: '/api/screen?lang=en', payload: { household: ELDERLY_RENTER_ALONE, date: '2026-03-01' } },
    { url: '/api/screen?detail=full', payload: { household: ELDERLY_RENTER_ALONE } },
    { url: '/api/screen?lang=ko', payload: { household: {} } },
    // Refused by the engine, not the schema: the same field errors in the same problem.
    { url: '/api/screen', payload: { household: { address: { sido: '경기' }, region: 'metro' } } },
  ];

  it('the same status, type and bytes for every case, refusals included', async () => {
    expect(threads.app.config.screenThreads).toBe(2);
    expect(inline.app.config.screenThreads).toBe(0);
    const statuses: number[] = [];
    for (const c of cases) {
      const [a, b] = await Promise.all(
        [threads, inline].map((t) => t.app.inject({ method: 'POST', url: c.url, payload: c.payload })),
      );
      expect(a?.statusCode, c.url).toBe(b?.statusCode);
      expect(a?.headers['content-type']).toBe(b?.headers['content-type']);
      const strip = (body: string) => body.replace(/"instance":"[^"]*"|"requestId":"[^"]*"/g, '');
      expect(strip(a?.body ?? '')).toBe(strip(b?.body ?? ''));
      statuses.push(a?.statusCode as number);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 400]);
  });

  it('answers many requests in flight at once, across several of the threads’ slabs, each with its own bytes', async () => {
    // 48 answers of ~20–60 KB each fill a 1 MB slab more than once on each thread.
    const many = Array.from({ length: 48 }, (_, k) => ({
      url: k % 2 ? '/api/screen' : '/api/screen?lang=ko',
      payload: { household: { ...ELDERLY_RENTER_ALONE, deposit: 1_000_000 * k }, date: '2026-03-01' },
    }));
    const ask = (t: typeof threads) =>
      Promise.all(many.map((c) => t.app.inject({ method: 'POST', url: c.url, payload: c.payload })));
    const [a, b] = await Promise.all([ask(threads), ask(inline)]);
    expect(a.map((r) => r.statusCode)).toEqual(many.map(() => 200));
    expect(a.map((r) => r.body)).toEqual(b.map((r) => r.body));
    expect(a.reduce((n, r) => n + r.rawPayload.length, 0)).toBeGreaterThan(2 * 1024 * 1024);
  });
});
