import { parseArgs } from 'node:util';
import { householdSchema, todayIso } from '@jibsa/programs';
import { createTablesSql } from '@jibsa/rules/sql';
import { dateOptionOk } from './date-option.ts';
import type { Io } from './io.ts';
import { type Query, type ScreenSqlOptions, screenInDatabase } from './screen-sql/screen-in-database.ts';
import { renderTable } from './text-table.ts';

/** More connections than this would only queue on any server this is meant for. */
const MAX_JOBS = 32;

export const SCREEN_SQL_USAGE = `  jibsa screen-sql [--db URL | --pglite DIR] [--households 표] [--members 표] [--into 표]
                   [--program ID ...] [--date YYYY-MM-DD] [--replace] [--jobs N] [--lang ko|en]
      데이터베이스 안의 가구 표를 그 안에서 선별해 결과 표를 만듭니다 (screens a household table
      inside PostgreSQL and writes a results table; no household leaves the database).
      --db 가 없으면 DATABASE_URL. 표 모양 (table layout): jibsa screen-sql --print-schema
      --jobs N: 연결 N개가 가구 번호 구간을 나눠 동시에 선별 (PostgreSQL 만, 1–${MAX_JOBS}, 기본 1;
      N connections screen ranges of household ids side by side, for a server with N free cores)
`;

const SAFE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;

/** Opens node-postgres or PGlite behind one `Query`; `close` ends it. */
async function connect(db: { url?: string; pglite?: string }): Promise<{ q: Query; close: () => Promise<void> }> {
  if (db.pglite !== undefined) {
    const { PGlite } = await import('@electric-sql/pglite');
    const lite = new PGlite(db.pglite);
    return { q: (sql, params) => lite.query(sql, params) as ReturnType<Query>, close: () => lite.close() };
  }
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: db.url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  return { q: (sql, params) => client.query(sql, params), close: () => client.end() };
}

/** `jibsa screen-sql …`: returns the exit code (0 done, 1 the database or its tables were wrong, 2 the command was wrong). */
export async function screenSqlCommand(argv: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${SCREEN_SQL_USAGE}`);
    return 2;
  }
  const ko = values.lang !== 'en';
  const say = (m: { ko: string; en: string }) => (ko ? `${m.ko} (${m.en})` : m.en);
  if (values['print-schema']) {
    io.stdout.write(`${createTablesSql(householdSchema)}\n`);
    return 0;
  }
  if (!dateOptionOk(values.date, io)) return 2;
  const names = {
    households: values.households ?? 'households',
    members: values.members ?? 'members',
    into: values.into ?? 'screening_results',
  };
  const bad = Object.entries(names).find(([, n]) => !SAFE_NAME.test(n));
  if (bad) {
    io.stderr.write(
      `${say({ ko: `--${bad[0]} 표 이름은 영문자·숫자·_ 로 (schema.table 가능)`, en: `--${bad[0]} takes a plain table name (letters, digits, _; schema.table allowed)` })}: ${bad[1]}\n`,
    );
    return 2;
  }
  const url = values.db ?? env.DATABASE_URL;
  if (values.pglite === undefined && !url) {
    io.stderr.write(
      `${say({ ko: '데이터베이스를 --db URL, --pglite DIR 또는 DATABASE_URL 로 알려 주세요', en: 'name the database with --db URL, --pglite DIR or DATABASE_URL' })}\n\n${SCREEN_SQL_USAGE}`,
    );
    return 2;
  }
  const jobs = values.jobs === undefined ? 1 : /^[0-9]{1,2}$/.test(values.jobs) ? Number(values.jobs) : Number.NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) {
    io.stderr.write(
      `${say({ ko: `--jobs 는 1부터 ${MAX_JOBS}까지의 정수`, en: `--jobs takes a whole number from 1 to ${MAX_JOBS}` })}: ${values.jobs}\n`,
    );
    return 2;
  }
  if (jobs > 1 && values.pglite !== undefined) {
    io.stderr.write(
      `${say({ ko: 'PGlite 는 연결이 하나뿐이라 --jobs 는 PostgreSQL 에서만 쓸 수 있습니다', en: '--jobs needs PostgreSQL: PGlite has a single connection' })}\n`,
    );
    return 2;
  }
  const opts: ScreenSqlOptions = {
    ...names,
    date: values.date ?? todayIso(),
    programs: values.program ?? [],
    replace: Boolean(values.replace),
    jobs,
  };
  let conn: Awaited<ReturnType<typeof connect>>;
  try {
    conn = await connect(values.pglite !== undefined ? { pglite: values.pglite } : { url });
  } catch (error) {
    io.stderr.write(
      `${say({ ko: '데이터베이스에 연결할 수 없습니다', en: 'cannot connect to the database' })}: ${(error as Error).message}\n`,
    );
    return 1;
  }
  try {
    const out = await screenInDatabase(conn.q, opts, () => connect({ url }));
    if (!out.ok) {
      io.stderr.write(`${say(out.problem)}\n`);
      return 1;
    }
    const statuses = ['eligible', 'ineligible', 'unknown', 'unavailable'] as const;
    const header = ko
      ? ['제도', '가능', '불가', '모름', '기준 없음']
      : ['Program', 'Eligible', 'Ineligible', 'Unknown', 'Unavailable'];
    const rows = out.perProgram.map((p) => [
      p.program,
      ...statuses.map((s) => (p.counts[s] ?? 0).toLocaleString('en-US')),
    ]);
    io.stdout.write(`${renderTable(header, rows)}\n`);
    const perSec = Math.round((out.households * out.perProgram.length) / (out.ms / 1000));
    io.stderr.write(
      ko
        ? `가구 ${out.households.toLocaleString('en-US')}개 × 제도 ${out.perProgram.length}개, 기준일 ${opts.date}: ${(out.ms / 1000).toFixed(1)}초 (초당 ${perSec.toLocaleString('en-US')}건) → ${opts.into}\n`
        : `${out.households.toLocaleString('en-US')} households × ${out.perProgram.length} programs on ${opts.date}: ${(out.ms / 1000).toFixed(1)} s (${perSec.toLocaleString('en-US')} rows/s) → ${opts.into}\n`,
    );
    return 0;
  } catch (error) {
    io.stderr.write(`${say({ ko: '데이터베이스 오류', en: 'database error' })}: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await conn.close();
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: false,
    options: {
      db: { type: 'string' },
      pglite: { type: 'string' },
      households: { type: 'string' },
      members: { type: 'string' },
      into: { type: 'string' },
      program: { type: 'string', multiple: true },
      date: { type: 'string' },
      replace: { type: 'boolean' },
      jobs: { type: 'string' },
      'print-schema': { type: 'boolean' },
      lang: { type: 'string' },
    },
  });
}
