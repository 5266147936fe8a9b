import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { householdSchema } from '@jibsa/programs';
import type { Household } from '@jibsa/rules';
import { createTablesSql } from '@jibsa/rules/sql';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../packages/programs/src/shared/catalog/registry.ts';
import { householdArb } from '../../packages/programs/test/household-arb.ts';
import { decideOrNull } from '../../packages/rules/test/fixtures/decide-or-null.ts';
import { insertByUnnest } from '../../packages/rules/test/fixtures/unnest-load.ts';
import { createTestDatabase, requirePostgres } from '../../packages/server/test/support/postgres.ts';
import { type Query, screenInDatabase } from '../src/screen-sql/screen-in-database.ts';
import { screenSqlCommand } from '../src/screen-sql-command.ts';
import { runCaptured } from './support/io.ts';

const DATE = '2026-03-01';
const PROGRAMS = ['housing-benefit.rent', 'youth-rent', 'public-rental.permanent'];
const households = fc.sample(householdArb, { numRuns: 250, seed: 20261204 });

const run = (argv: string[], env: NodeJS.ProcessEnv = {}) => runCaptured((io) => screenSqlCommand(argv, io, env));

async function loadTables(q: Query, hs: readonly Household[]) {
  for (const stmt of createTablesSql(householdSchema).split(';\n')) await q(stmt);
  await insertByUnnest(q, householdSchema, hs);
}

/** The results table holds, for every household and program, what `decide` says. */
async function expectResultsMatch(q: Query, table: string) {
  const { rows } = await q(`SELECT household_id, program, status, amount, screened_on::text AS d FROM ${table}`);
  expect(rows.length).toBe(households.length * PROGRAMS.length);
  const got = new Map(rows.map((r) => [`${r.household_id}/${r.program}`, r]));
  const seen = new Set<string>();
  for (const id of PROGRAMS) {
    const program = catalog.find((e) => e.id === id)?.program;
    if (!program) throw new Error(id);
    households.forEach((h, i) => {
      const d = decideOrNull(program, h, DATE);
      const r = got.get(`${i + 1}/${id}`);
      const where = `${id}, household ${JSON.stringify(h)}`;
      expect(r?.status, where).toBe(d === null ? 'unavailable' : d.status);
      expect(r?.amount ?? null, where).toBe(d?.amount ?? null);
      expect(r?.d).toBe(DATE);
      seen.add(String(r?.status));
    });
  }
  expect([...seen].sort()).toEqual(expect.arrayContaining(['eligible', 'ineligible', 'unknown']));
  // The key is added after the rows are written; it must be there, on these two columns.
  const { rows: key } = await q(
    `SELECT a.attname AS col FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
      WHERE i.indrelid = '${table}'::regclass AND i.indisprimary ORDER BY a.attname`,
  );
  expect(key.map((r) => r.col)).toEqual(['household_id', 'program']);
}

const programArgs = PROGRAMS.flatMap((p) => ['--program', p]);

/** Staging tables of `--jobs` runs still in the database (none once a run has ended, well or not). */
async function partialTables(q: Query) {
  const { rows } = await q(`SELECT tablename FROM pg_tables WHERE tablename LIKE 'jibsa_partial_%'`);
  return rows.map((r) => r.tablename);
}
const pgReady = await requirePostgres();

describe.skipIf(!pgReady)('jibsa screen-sql on PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let client: pg.Client;
  let q: Query;
  beforeAll(async () => {
    db = await createTestDatabase('screensql');
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    q = (sql, params) => client.query(sql, params);
    await loadTables(q, households);
  }, 60_000);
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  it('screens the tables inside the database into a results table equal to decide', { timeout: 120_000 }, async () => {
    const { code, out, err } = await run(['--date', DATE, ...programArgs], { DATABASE_URL: db.url });
    expect(err).toContain('가구 250개 × 제도 3개');
    expect(code).toBe(0);
    expect(out).toContain('housing-benefit.rent');
    await expectResultsMatch(q, 'screening_results');
  });

  it('refuses to overwrite a results table unless --replace, and then replaces it whole', {
    timeout: 120_000,
  }, async () => {
    await run(['--db', db.url, '--date', DATE, '--into', 'public.again', ...programArgs]);
    const again = await run(['--db', db.url, '--date', DATE, '--into', 'public.again', ...programArgs]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('--replace');
    const replaced = await run(['--db', db.url, '--date', DATE, '--into', 'public.again', '--replace', ...programArgs]);
    expect(replaced.code).toBe(0);
    await expectResultsMatch(q, 'public.again');
  });

  it('with --jobs shares the households out between connections and writes the same whole, keyed table', {
    timeout: 120_000,
  }, async () => {
    const { code, err } = await run([
      '--db',
      db.url,
      '--date',
      DATE,
      '--into',
      'sliced',
      '--jobs',
      '3',
      ...programArgs,
    ]);
    expect(err).toContain('가구 250개 × 제도 3개');
    expect(code).toBe(0);
    await expectResultsMatch(q, 'sliced');
    expect(await partialTables(q)).toEqual([]);
  });

  it('with --jobs, a connection that fails leaves the results table as it was and no staging table', {
    timeout: 120_000,
  }, async () => {
    await run(['--db', db.url, '--date', DATE, '--into', 'kept', ...programArgs]);
    const before = await q('SELECT count(*)::int AS n FROM kept');
    // The second connection opened fails on its second program's INSERT; the first is cancelled.
    let opened = 0;
    const open = async () => {
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      const mine = ++opened;
      let inserts = 0;
      const fail = (sql: string) => mine === 2 && sql.startsWith('INSERT') && ++inserts === 2;
      return {
        q: (sql: string, params?: unknown[]) =>
          fail(sql) ? Promise.reject(new Error('disk full (test)')) : c.query(sql, params),
        close: () => c.end(),
      };
    };
    const opts = {
      date: DATE,
      households: 'households',
      members: 'members',
      into: 'kept',
      programs: PROGRAMS,
      replace: true,
      jobs: 2,
    };
    await expect(screenInDatabase(q, opts, open)).rejects.toThrow('disk full (test)');
    expect(opened).toBe(2);
    expect((await q('SELECT count(*)::int AS n FROM kept')).rows).toEqual(before.rows);
    await expectResultsMatch(q, 'kept');
    expect(await partialTables(q)).toEqual([]);
  });

  it('says which table or column is missing, and which program id it does not know', async () => {
    const noTable = await run(['--db', db.url, '--households', 'nowhere', '--date', DATE]);
    expect([noTable.code, noTable.err]).toEqual([1, expect.stringContaining('nowhere')]);
    await client.query('CREATE TABLE thin (id bigint PRIMARY KEY, members_known boolean)');
    const thin = await run(['--db', db.url, '--households', 'thin', '--date', DATE, '--lang', 'en']);
    expect(thin.code).toBe(1);
    expect(thin.err).toContain('tenure text');
    const unknown = await run(['--db', db.url, '--program', 'no-such-program', '--date', DATE]);
    expect([unknown.code, unknown.err]).toEqual([1, expect.stringContaining('no-such-program')]);
  });
});

describe('jibsa screen-sql on PGlite and its argument checks', () => {
  it('screens a PGlite data directory in place; an old program id screens under its current id', {
    timeout: 120_000,
  }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-screen-sql-'));
    try {
      const lite = new PGlite(dir);
      await loadTables((sql, params) => lite.query(sql, params) as ReturnType<Query>, households);
      await lite.close();
      // housing-benefit-rent is housing-benefit.rent's id before 2026-12 (PROGRAM_ID_ALIASES).
      const oldIds = programArgs.map((a) => (a === 'housing-benefit.rent' ? 'housing-benefit-rent' : a));
      expect(oldIds).toContain('housing-benefit-rent');
      const { code } = await run(['--pglite', dir, '--date', DATE, '--into', 'results', ...oldIds]);
      expect(code).toBe(0);
      const again = new PGlite(dir);
      await expectResultsMatch((sql, params) => again.query(sql, params) as ReturnType<Query>, 'results');
      await again.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints the input layout, and rejects a missing database, a bad table name or a bad date', async () => {
    const schema = await run(['--print-schema']);
    expect(schema.code).toBe(0);
    expect(schema.out).toContain('CREATE TABLE "households"');
    expect(schema.out).toContain('"household_id" bigint NOT NULL');
    expect((await run(['--date', DATE])).code).toBe(2);
    const name = await run(['--db', 'postgres://x', '--into', 'results; drop table x']);
    expect([name.code, name.err]).toEqual([2, expect.stringContaining('--into')]);
    expect((await run(['--db', 'postgres://x', '--date', '2026-13-01'])).code).toBe(2);
    for (const jobs of ['0', '33', 'two', '1.5']) {
      const bad = await run(['--db', 'postgres://x', '--jobs', jobs, '--lang', 'en']);
      expect([bad.code, bad.err]).toEqual([2, expect.stringContaining('--jobs takes a whole number from 1 to 32')]);
    }
    const lite = await run(['--pglite', os.tmpdir(), '--jobs', '2']);
    expect([lite.code, lite.err]).toEqual([2, expect.stringContaining('PGlite 는 연결이 하나뿐이라')]);
  });
});
