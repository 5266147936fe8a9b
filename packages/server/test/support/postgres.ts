import pg from 'pg';
import { connectDatabase } from '../../src/db/connect.ts';
import { oncePerKind, prepareDatabase, type TemplateKind } from './templates.ts';
import { testRun } from './test-run.ts';

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

const databaseUrl = (name: string) => {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
};

/**
 * A throw-away database. With `from`, it is a copy of this run's template database (migrated, and
 * seeded for 'seeded'), made once per run: copying takes a fraction of the ~1.5 s that sixteen
 * migrations and the demo seed take. Without a run's template place it is empty, as before.
 */
export async function createTestDatabase(
  label: string,
  opts: { from?: TemplateKind } = {},
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `jibsa_${label}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const template = opts.from ? await postgresTemplate(opts.from) : undefined;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(template ? `create database ${name} template ${template}` : `create database ${name}`);
  } finally {
    await admin.end();
  }
  return { url: databaseUrl(name), drop: () => dropDatabase(name) };
}

async function dropDatabase(name: string) {
  const c = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await c.connect();
  try {
    // A pool that has just ended may still have a backend finishing its goodbye; forcing the drop
    // then kills it mid-way and its client throws "terminating connection" into whatever test runs
    // next. So wait for it (55006: still in use) and force only what is left after two seconds.
    if (!(await retryWhileInUse(() => c.query(`drop database if exists ${name}`)))) {
      await c.query(`drop database if exists ${name} with (force)`);
    }
  } finally {
    await c.end();
  }
}

/** Runs `act` until no other session holds the database (55006), for two seconds at most. */
async function retryWhileInUse(act: () => Promise<unknown>): Promise<boolean> {
  for (let i = 0; i < 20; i++) {
    try {
      await act();
      return true;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006') throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return false;
}

const postgresTemplate = oncePerKind(buildPostgresTemplate);

async function buildPostgresTemplate(kind: TemplateKind): Promise<string | undefined> {
  const run = testRun();
  if (!run) return undefined;
  const final = `jibsa_tpl_${run.runId}_${kind}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [final]);
    if (exists.rowCount) return final;
    // Built under a name of its own and renamed: two test files starting at once both build, the
    // first rename wins (42P04 for the other, whose copy goes).
    const mine = `jibsa_tpl_${run.runId}_b${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    await admin.query(`create database ${mine}`);
    const handle = await connectDatabase({ databaseUrl: databaseUrl(mine), dataDir: '' });
    await prepareDatabase(handle.db, kind);
    await handle.db.destroy();
    try {
      await retryWhileInUse(() => admin.query(`alter database ${mine} rename to ${final}`));
    } catch (error) {
      if ((error as { code?: string }).code !== '42P04') throw error;
      await dropDatabase(mine);
    }
    return final;
  } finally {
    await admin.end();
  }
}

/** After the run (global-setup.ts): the run's template databases go, whatever state they are in. */
export async function dropTemplateDatabases(runId: string): Promise<void> {
  if (!(await postgresAvailable()).ok) return;
  const c = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await c.connect();
  try {
    const rows = await c.query<{ datname: string }>('select datname from pg_database where datname like $1', [
      `jibsa_tpl_${runId}_%`,
    ]);
    for (const { datname } of rows.rows) await c.query(`drop database if exists ${datname} with (force)`);
  } finally {
    await c.end();
  }
}
