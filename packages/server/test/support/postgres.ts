import pg from 'pg';

/** Admin connection for making one throw-away database per test run, so runs never collide. */
export const POSTGRES_ADMIN_URL = process.env.JIBSA_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function postgresAvailable(): Promise<{ ok: true } | { ok: false; reason: string }> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: `PostgreSQL not reachable at ${POSTGRES_ADMIN_URL}: ${(error as Error).message}` };
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Outside CI a missing PostgreSQL skips those tests with a printed reason; under CI it fails the run.
 * Returns true when the tests should run.
 */
export async function requirePostgres(): Promise<boolean> {
  const status = await postgresAvailable();
  if (status.ok) return true;
  if (process.env.CI === 'true') throw new Error(`CI=true and ${status.reason}`);
  console.warn(`[skip] PostgreSQL integration tests skipped: ${status.reason}`);
  return false;
}

export async function createTestDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `jibsa_${label}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await c.connect();
      // A pool that has just ended may still have a backend finishing its goodbye; forcing the drop
      // then kills it mid-way and its client throws "terminating connection" into whatever test runs
      // next. So wait for it (55006: still in use) and force only what is left after two seconds.
      let dropped = false;
      for (let i = 0; i < 20 && !dropped; i++) {
        try {
          await c.query(`drop database if exists ${name}`);
          dropped = true;
        } catch (error) {
          if ((error as { code?: string }).code !== '55006') throw error;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      if (!dropped) await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
