import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.ts';
import type { Database } from './schema.ts';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: 'pglite' | 'postgres';
  /** Where the data lives, for the start-up message (never the password). */
  location: string;
}

export async function connectDatabase(opts: { databaseUrl?: string; dataDir: string }): Promise<DatabaseHandle> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const url = new URL(opts.databaseUrl);
    return { db, kind: 'postgres', location: `${url.hostname}:${url.port || 5432}${url.pathname}` };
  }
  fs.mkdirSync(opts.dataDir, { recursive: true });
  // pg_trgm: the trigram indexes behind case search (migration 0005).
  const pglite = new PGlite(opts.dataDir, { extensions: { pg_trgm } });
  try {
    await pglite.waitReady;
  } catch (cause) {
    // PGlite says only "Aborted()" or "failed to initialize properly": the person starting it
    // needs to know which folder, and what they can do without losing it.
    throw new Error(unreadableDataDir(opts.dataDir), { cause });
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return { db, kind: 'pglite', location: opts.dataDir };
}

function unreadableDataDir(dir: string): string {
  return [
    `내장 데이터베이스 폴더 ${dir} 를 열 수 없습니다. 다른 집사 서버가 이 폴더를 쓰고 있거나 폴더가 망가졌을 수 있습니다.`,
    '다른 서버를 모두 멈추고 다시 시작해 보세요. 그래도 안 되면 이 폴더를 다른 이름으로 옮겨 두고(지우지 말고 보관) 시작하면 새 데이터베이스로 시작합니다.',
    `The embedded database folder ${dir} could not be opened: another Jibsa server may be using it, or it is damaged.`,
    'Stop every other server and start again. If that fails, move the folder aside (keep it, do not delete it) and start: a new database is made.',
  ].join('\n');
}
