/**
 * A throwaway PostgreSQL database for one bench run that cannot outlive the run's queries.
 * A bench killed mid-query once left `CREATE TABLE … AS SELECT` backends eating both cores for
 * 70 minutes, so every session opened here:
 *  - carries `statement_timeout` (no statement runs longer than the bench allows), and
 *    `client_connection_check_interval` (PostgreSQL ≥ 14 ends a running query within a second
 *    of its client vanishing, even after SIGKILL, which no handler can catch);
 *  - is named by `application_name` so its backends can be found and ended;
 * and on the way out (normal end, error, SIGINT, SIGTERM, SIGHUP) the run's backends are
 * cancelled, then terminated, and the database dropped. Databases left by an earlier run whose
 * process is gone are dropped at the start.
 */
import pg from 'pg';

const PREFIX = 'jibsa_bench_sql_';

export interface BenchDb {
  readonly name: string;
  /** A new client on the bench database with the guards above (connect() it yourself). */
  client(): pg.Client;
  /** Cancels and terminates the run's backends and drops the database; safe to call twice. */
  drop(): Promise<void>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Ends every backend on `db` (cancel first, so a query can unwind; then terminate), then drops it. */
async function endAndDrop(admin: pg.Client, db: string): Promise<void> {
  await admin.query(
    'SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [db],
  );
  await admin.query(
    'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [db],
  );
  await admin.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
}

/**
 * Creates the run's database, or returns null when PostgreSQL is not reachable at `adminUrl`.
 * `timeoutMs` is the statement_timeout of every session, the admin one included.
 */
export async function openBenchDb(adminUrl: string, timeoutMs: number): Promise<BenchDb | null> {
  const app = `${PREFIX}${process.pid}`;
  const guarded = (url: string) => {
    const client = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: 3000,
      application_name: app,
      statement_timeout: timeoutMs,
      options: '-c client_connection_check_interval=1000 -c idle_in_transaction_session_timeout=60000',
    });
    // A session we terminate on the way out reports it as an 'error' event; the run is ending anyway.
    client.on('error', () => undefined);
    return client;
  };
  const admin = guarded(adminUrl);
  try {
    await admin.connect();
  } catch (e) {
    console.log(`  PostgreSQL: not reachable at ${adminUrl} (${(e as Error).message}); skipped`);
    return null;
  }
  // Leftovers of runs that were killed: their process is gone, their database may still be busy.
  const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
    `${PREFIX}%`,
  ]);
  for (const r of rows) {
    const pid = Number(r.datname.slice(PREFIX.length));
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) await endAndDrop(admin, r.datname);
  }
  const name = app;
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;

  let dropped: Promise<void> | null = null;
  const onSignal = (sig: NodeJS.Signals) => {
    console.error(`\n  ${sig}: ending the bench's PostgreSQL queries and dropping ${name}`);
    void drop().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143));
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, onSignal);
  const drop = () => {
    dropped ??= (async () => {
      for (const s of signals) process.off(s, onSignal);
      try {
        await endAndDrop(admin, name);
      } finally {
        await admin.end().catch(() => undefined);
      }
    })();
    return dropped;
  };
  return { name, client: () => guarded(url.toString()), drop };
}
