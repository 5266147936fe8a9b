import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bool, date, defineSchema, enumOf, type Household, num, type Schema } from '../src/index.ts';
import { fieldReader } from '../src/sql/copy-binary.ts';
import {
  bulkColumns,
  constraintsSql,
  copyCsvSql,
  createTablesSql,
  householdsCopyIn,
  householdsCsv,
} from '../src/sql.ts';
import { householdArb } from './fixtures/arbitraries.ts';
import { schema } from './fixtures/sample.ts';
import { pgliteForBlock } from './fixtures/sql-harness.ts';

const L = { ko: '항목', en: 'field' };
const odd = defineSchema({
  household: { region: enumOf(['서울', 'say "hi"', 'plain'], L), since: date(L), rent: num('KRW/month', L) },
  member: { age: num('years', L), disabled: bool(L), note: enumOf(['가"나', 'x'], L), born: date(L) },
});
const dates = ['0001-01-01', '1600-02-29', '1899-12-31', '1900-03-01', '1999-12-31', '2000-01-01', '2000-02-29'];
const oddHouseholds = [
  { region: '서울', since: '2026-03-01', rent: 1.5e21, members: [{ age: -0, disabled: true, note: '가"나' }, {}] },
  { region: 'say "hi"', rent: Number.NaN, members: null },
  { region: 'plain', rent: Number.NEGATIVE_INFINITY, since: '9999-12-31', members: [] },
  { rent: 0.1 + 0.2, members: dates.map((born, i) => ({ age: i, disabled: false, note: 'x', born })) },
  ...dates.map((since) => ({ since, rent: Number.POSITIVE_INFINITY, members: [{ born: since }] })),
  {},
] as unknown as Household[];

/**
 * The binary COPY path must load exactly what the CSV path loads (csv-bytes.ts, itself checked
 * against the plain-text reference): the same rows, column for column, on the same server.
 */
describe('householdsCopyIn: binary COPY through the wire protocol', () => {
  const pg = pgliteForBlock();

  async function loadBoth(sch: Schema, hs: readonly Household[], firstId: number) {
    const cols = bulkColumns(sch);
    const csv = householdsCsv(sch, hs, firstId);
    const names = { households: 'hb', members: 'mb' };
    const copy = householdsCopyIn(sch, hs, { firstId, names, freeze: true });
    await pg.db.exec('DROP TABLE IF EXISTS mc, hc, mb, hb');
    await pg.db.exec(createTablesSql(sch, { households: 'hc', members: 'mc' }, { keys: false }));
    // FREEZE: the binary tables are made in the transaction that loads them.
    await pg.db.exec('BEGIN');
    await pg.db.exec(createTablesSql(sch, names, { keys: false }));
    await pg.db.query(copyCsvSql('hc', cols.households, "'/dev/blob'"), [], { blob: new Blob([csv.households]) });
    await pg.db.query(copyCsvSql('mc', cols.members, "'/dev/blob'"), [], { blob: new Blob([csv.members]) });
    await pg.db.execProtocol(copy.households);
    await pg.db.execProtocol(copy.members);
    await pg.db.exec('COMMIT');
    await pg.db.exec(constraintsSql(names));
  }

  /** Rows in one table and not the other (both ways, duplicates counted), and the row counts. */
  async function differences(a: string, b: string) {
    const { rows } = await pg.db.query<{ only_a: number; only_b: number; n: number }>(
      `SELECT (SELECT count(*) FROM (TABLE ${a} EXCEPT ALL TABLE ${b}) x)::int AS only_a,
              (SELECT count(*) FROM (TABLE ${b} EXCEPT ALL TABLE ${a}) x)::int AS only_b,
              (SELECT count(*) FROM ${b})::int AS n`,
    );
    return rows[0];
  }

  it('loads the rows the CSV path loads: Korean text, quotes, NaN, infinities, dates, unknown members', {
    timeout: 120_000,
  }, async () => {
    const same = async (sch: Schema, hs: readonly Household[], firstId: number) => {
      await loadBoth(sch, hs, firstId);
      const members = hs.reduce((n, h) => n + (Array.isArray(h.members) ? h.members.length : 0), 0);
      expect(await differences('hc', 'hb')).toEqual({ only_a: 0, only_b: 0, n: hs.length });
      expect(await differences('mc', 'mb')).toEqual({ only_a: 0, only_b: 0, n: members });
    };
    await same(odd, oddHouseholds, 2 ** 40);
    // Dates land on their own day, not merely the same day as the CSV path's.
    const { rows } = await pg.db.query<{ d: string }>(
      `SELECT DISTINCT to_char("born", 'YYYY-MM-DD') AS d FROM mb WHERE "born" IS NOT NULL ORDER BY 1`,
    );
    expect(rows.map((r) => r.d)).toEqual(dates);
    // -0 loads as 0, as the CSV path's number text does.
    const zero = await pg.db.query<{ s: string }>(`SELECT "age"::text AS s FROM mb WHERE "age" = 0 AND "disabled"`);
    expect(zero.rows).toEqual([{ s: '0' }]);
    await same(schema, fc.sample(householdArb, { numRuns: 300, seed: 37 }), 1);
  });

  it('refuses a value of the wrong type or a date PostgreSQL has not, naming the field', () => {
    const load = (h: Record<string, unknown>) => householdsCopyIn(odd, [h as unknown as Household]);
    expect(() => load({ rent: '12' })).toThrow(/rent: "12" is not a number/);
    expect(() => load({ region: 1 })).toThrow(/region: 1 is not a string/);
    expect(() => load({ since: '2026-02-30' })).toThrow(/since:.*not a date/);
    expect(() => load({ since: '0000-01-01' })).toThrow(/since:.*not a date/);
    expect(() => load({ members: [{ disabled: 'yes' }] })).toThrow(/disabled: "yes" is not true or false/);
    expect(() => load({ since: '2024-02-29', members: [{ disabled: false }] })).not.toThrow();
  });

  it("reports the server's refusal and leaves the table as it was", async () => {
    await pg.db.exec('DROP TABLE IF EXISTS mb, hb');
    await pg.db.exec(createTablesSql(odd, { households: 'hb', members: 'mb' }, { keys: false }));
    const names = { households: 'hb', members: 'mb' };
    const bad = householdsCopyIn(odd, [{ region: 'plain' }, { region: 'mars' }] as unknown as Household[], { names });
    await expect(pg.db.execProtocol(bad.households)).rejects.toThrow(/check constraint/);
    expect((await pg.db.query('SELECT * FROM hb')).rows).toEqual([]);
    const ok = householdsCopyIn(odd, [{ region: 'plain' }] as unknown as Household[], { names });
    // FREEZE only for a table made in the loading transaction; this one was made before.
    await expect(pg.db.execProtocol(householdsCopyIn(odd, [{}], { names, freeze: true }).households)).rejects.toThrow(
      /COPY FREEZE/,
    );
    await pg.db.execProtocol(ok.households);
    expect((await pg.db.query('SELECT "id", "region" FROM hb')).rows).toEqual([{ id: 1, region: 'plain' }]);
  });

  it('writes the same messages over an earlier answer as into fresh buffers', () => {
    const many = fc.sample(householdArb, { numRuns: 200, seed: 43 });
    const few = many.slice(0, 3);
    const fresh = (hs: readonly Household[], opts: Parameters<typeof householdsCopyIn>[2]) =>
      householdsCopyIn(schema, hs, opts);
    // Over a larger answer (its rows left beyond the new end), with longer names, then a smaller one.
    const big = fresh(many, { names: { households: 'public.households_long', members: 'public.members_long' } });
    const over = householdsCopyIn(schema, few, { firstId: 7, into: big });
    expect(over.households.buffer).toBe(big.households.buffer);
    expect(over.members.buffer).toBe(big.members.buffer);
    expect(over).toEqual(fresh(few, { firstId: 7 }));
    const grown = householdsCopyIn(schema, many, { freeze: true, into: fresh(few, {}) });
    expect(grown).toEqual(fresh(many, { freeze: true }));
  });

  it('reads fields the same by generated code as by the loop it replaces', () => {
    const keys = [...Object.keys(schema.household), 'say "hi"\n', 'members'];
    const [generated, loop] = [fieldReader(keys), fieldReader(keys, false)];
    for (const h of [
      ...fc.sample(householdArb, { numRuns: 100, seed: 41 }),
      { 'say "hi"\n': 1 } as unknown as Household,
    ]) {
      const src = h as unknown as Parameters<typeof generated>[0];
      const a: unknown[] = [];
      const b: unknown[] = [];
      generated(src, a);
      loop(src, b);
      expect(a).toEqual(keys.map((k) => src[k]));
      expect(b).toEqual(a);
    }
  });
});
