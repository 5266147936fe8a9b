// Reproduction 16 of issue #15: two servers starting at once on one empty PostgreSQL.
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { startServer } from '../../src/server.ts';
import { createTestDatabase, requirePostgres } from '../support/postgres.ts';

const run = await requirePostgres();

describe.runIf(run)('two servers on one empty PostgreSQL', () => {
  it('both start, seed once, honour each other’s sessions and share one rate limit', async () => {
    const pg = await createTestDatabase('twostart');
    try {
      const config = {
        ...readConfig({ LOG_LEVEL: 'silent', PORT: '0', JIBSA_RATE_SCREEN_PER_MINUTE: '3' }),
        databaseUrl: pg.url,
        webDist: undefined,
      };
      const [a, b] = await Promise.all([startServer(config), startServer(config)]);
      try {
        expect([a.seeded, b.seeded].sort()).toEqual(['already', 'seeded']);
        const users = await a.handle.db.selectFrom('staff_user').select('username').execute();
        expect(users.length).toBe(new Set(users.map((u) => u.username)).size);
        const login = await fetch(`${a.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'admin', password: 'jibsa-demo' }),
        });
        expect(login.status).toBe(200);
        const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
        const me = await fetch(`${b.url}/api/auth/me`, { headers: { cookie } });
        expect(me.status).toBe(200);
        // Three screenings a minute per address, counted in the shared database: 2 on A + 1 on B pass, the next is refused.
        // Each answer is read to its end: an unread body keeps its connection busy, which (before
        // the shutdown grace period existed) held close() open for ever.
        const screen = async (url: string) => {
          const response = await fetch(`${url}/api/screen`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ household: {} }),
          });
          await response.text();
          return response;
        };
        const minuteNow = Math.floor(Date.now() / 60_000);
        // Each process shares its count through the database every 250 ms: wait for that between steps.
        const settle = () => new Promise((r) => setTimeout(r, 700));
        const statuses = [(await screen(a.url)).status, (await screen(a.url)).status];
        await settle();
        statuses.push((await screen(b.url)).status);
        await settle();
        const fourth = await screen(b.url);
        // The counter is per minute: only judge when all four fell in the same minute.
        if (Math.floor(Date.now() / 60_000) === minuteNow) {
          expect(statuses).toEqual([200, 200, 200]);
          expect(fourth.status).toBe(429);
          expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0);
        }
      } finally {
        await a.close();
        await b.close();
      }
    } finally {
      await pg.drop();
    }
  }, 60_000);
});
