import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bool, date, defineSchema, enumOf, type Household, num } from '../src/index.ts';
import { bulkColumns, bulkRows, constraintsSql, copyCsvSql, createTablesSql, householdsCsv } from '../src/sql.ts';
import { householdArb } from './fixtures/arbitraries.ts';
import { toCsv } from './fixtures/csv-reference.ts';
import { rentBenefit, schema } from './fixtures/sample.ts';
import { expectSameAsScalar, pgliteForBlock } from './fixtures/sql-harness.ts';

/**
 * The bulk-load path: unkeyed tables (CHECKs kept), COPY, then `constraintsSql` adds what
 * `createTablesSql` would have had from the start — the same keys and foreign key, enforced afterwards.
 */
describe('bulk load into unkeyed tables, constraints added after', () => {
  const pg = pgliteForBlock();
  const q = pg.q;

  /** Loads households by COPY into the unkeyed tables, then adds the keys and CHECKs: the bulk-load path. */
  async function copyThenConstrain(hs: readonly Household[]) {
    const cols = bulkColumns(schema);
    const csv = householdsCsv(schema, hs);
    for (const table of ['households', 'members'] as const)
      await pg.db.query(copyCsvSql(table, cols[table], "'/dev/blob'"), [], { blob: new Blob([csv[table]]) });
    await pg.db.exec(constraintsSql());
  }

  it('loads by COPY, then enforces keys, the foreign key and the CHECKs, and screens the same', {
    timeout: 120_000,
  }, async () => {
    const unkeyed = createTablesSql(schema, {}, { keys: false });
    expect(unkeyed).not.toMatch(/PRIMARY KEY|REFERENCES/);
    // The same CHECKs as the keyed tables, so COPY already refuses a value outside an enum.
    expect(unkeyed.match(/CHECK \(.*\)/g)).toEqual(createTablesSql(schema).match(/CHECK \(.*\)/g));
    await pg.db.exec(unkeyed);
    const hs = fc.sample(householdArb, { numRuns: 500, seed: 23 });
    await copyThenConstrain(hs);

    await expect(pg.db.query('INSERT INTO households ("id") VALUES (1)')).rejects.toThrow(/duplicate key/);
    await expect(pg.db.query('INSERT INTO members ("household_id", "ordinal") VALUES (999999, 0)')).rejects.toThrow(
      /foreign key/,
    );
    await expect(pg.db.query(`INSERT INTO households ("id", "region") VALUES (999999, 'mars')`)).rejects.toThrow(
      /check constraint/,
    );
    await expectSameAsScalar(q, rentBenefit, hs, '2026-03-01');
  });

  it('makes UNLOGGED tables when asked, which take the same load, keys and answers', {
    timeout: 120_000,
  }, async () => {
    await pg.db.exec('DROP TABLE members; DROP TABLE households;');
    const ddl = createTablesSql(schema, {}, { keys: false, unlogged: true });
    expect(ddl.match(/CREATE UNLOGGED TABLE/g)).toHaveLength(2);
    await pg.db.exec(ddl);
    const hs = fc.sample(householdArb, { numRuns: 200, seed: 29 });
    await copyThenConstrain(hs);
    const { rows: kinds } = await pg.db.query<{ relname: string; relpersistence: string }>(
      `SELECT relname, relpersistence FROM pg_class WHERE relname IN ('households', 'members') ORDER BY relname`,
    );
    expect(kinds).toEqual([
      { relname: 'households', relpersistence: 'u' },
      { relname: 'members', relpersistence: 'u' },
    ]);
    await expect(pg.db.query('INSERT INTO households ("id") VALUES (1)')).rejects.toThrow(/duplicate key/);
    await expectSameAsScalar(q, rentBenefit, hs, '2026-03-01');
  });

  it('writes CSV cells: quotes doubled, an empty string quoted, NULL empty, booleans t and f', async () => {
    const part = {
      columns: ['a', 'b', 'c', 'd'],
      rows: [
        { a: 'say "hi", then go', b: '', c: null, d: true },
        { a: 'plain', b: -0.5, c: Number.POSITIVE_INFINITY, d: false },
      ],
    };
    expect(toCsv(part)).toBe('"say ""hi"", then go","",,t\n"plain",-0.5,Infinity,f\n');
    expect(toCsv({ columns: ['a'], rows: [] })).toBe('');
  });

  it('writes householdsCsv byte for byte as toCsv writes bulkRows, Korean text and quotes included', () => {
    const L = { ko: '항목', en: 'field' };
    const odd = defineSchema({
      household: { region: enumOf(['서울', 'say "hi"', 'plain'], L), since: date(L), rent: num('KRW/month', L) },
      member: { age: num('years', L), disabled: bool(L), note: enumOf(['가"나', 'x'], L) },
    });
    const oddHouseholds = [
      { region: '서울', since: '2026-03-01', rent: 1.5e21, members: [{ age: -0, disabled: true, note: '가"나' }, {}] },
      { region: 'say "hi"', rent: Number.NaN, members: null },
      { region: 'plain', rent: Number.NEGATIVE_INFINITY, members: [] },
      { rent: 0.1 + 0.2, members: [{ age: 7, disabled: false, note: 'x' }] },
      {},
    ] as unknown as Household[];
    const text = new TextDecoder();
    for (const [sch, hs, firstId] of [
      [odd, oddHouseholds, 41],
      [schema, fc.sample(householdArb, { numRuns: 300, seed: 31 }), 1],
    ] as const) {
      const rows = bulkRows(sch, hs, firstId);
      const csv = householdsCsv(sch, hs, firstId);
      expect(bulkColumns(sch)).toEqual({ households: rows.households.columns, members: rows.members.columns });
      expect(text.decode(csv.households)).toBe(toCsv(rows.households));
      expect(text.decode(csv.members)).toBe(toCsv(rows.members));
    }
    expect(text.decode(householdsCsv(odd, oddHouseholds).members)).toContain('"가""나"');
  });

  it('refuses the constraints when the loaded rows break them', async () => {
    await pg.db.exec('DROP TABLE members; DROP TABLE households;');
    await pg.db.exec(createTablesSql(schema, {}, { keys: false }));
    await expect(pg.db.query(`INSERT INTO households ("id", "region") VALUES (1, 'mars')`)).rejects.toThrow(
      /check constraint/,
    );
    await pg.db.exec(`INSERT INTO households ("id") VALUES (1), (1)`);
    await expect(pg.db.exec(constraintsSql())).rejects.toThrow(/unique|duplicate/i);
    await pg.db.exec(`DELETE FROM households; INSERT INTO households ("id") VALUES (1)`);
    await pg.db.exec(`INSERT INTO members ("household_id", "ordinal") VALUES (1, 0), (2, 0)`);
    await expect(pg.db.exec(constraintsSql())).rejects.toThrow(/foreign key/);
  });
});
