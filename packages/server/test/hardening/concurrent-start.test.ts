// Reproduction 16 of issue #15: two servers starting at once on one empty PostgreSQL.
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { startServer } from '../../src/server.ts';
import { createTestDatabase, requirePostgres } from '../support/postgres.ts';

const run = await requirePostgres();

describe.runIf(run)('two servers on one empty PostgreSQL', () => {
  it('both start, the demo data is seeded once, and a session made on one is honoured by the other', async () => {
    const pg = await createTestDatabase('twostart');
    try {
      const config = { ...readConfig({ LOG_LEVEL: 'silent', PORT: '0' }), databaseUrl: pg.url, webDist: undefined };
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
      } finally {
        await a.close();
        await b.close();
      }
    } finally {
      await pg.drop();
    }
  }, 60_000);
});
