import { PGlite } from '@electric-sql/pglite';
import type { Household } from '@jibsa/rules';
import { bulkColumns, compileSql, copyCsvSql, createTablesSql, householdsCsv } from '@jibsa/rules/sql';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideOrNull } from '../../rules/test/fixtures/decide-or-null.ts';
import { catalog } from '../src/shared/catalog/registry.ts';
import { householdSchema } from '../src/shared/household/schema.ts';
import { householdArb } from './household-arb.ts';

/**
 * Every real program compiled to SQL (the set-based query) gives each household exactly the
 * status, amount and criteria of the scalar `decide`, on PGlite, with the households bulk-loaded
 * by COPY from a Blob as the bench and `jibsa screen-sql` users do.
 */
describe('SQL agrees with decide on every program in the catalog (PGlite, loaded by COPY)', () => {
  const programs = catalog.flatMap((e) => (e.program ? [e.program] : []));
  let db: PGlite;
  beforeAll(async () => {
    db = new PGlite();
    await db.exec(createTablesSql(householdSchema));
  });
  afterAll(async () => {
    await db.close();
  });

  async function load(hs: readonly Household[]) {
    await db.exec('DELETE FROM members; DELETE FROM households;');
    const cols = bulkColumns(householdSchema);
    const csv = householdsCsv(householdSchema, hs);
    for (const table of ['households', 'members'] as const)
      await db.query(copyCsvSql(table, cols[table], "'/dev/blob'"), [], { blob: new Blob([csv[table]]) });
  }

  it.each(['2024-12-31', '2026-03-01'])(
    'on %s, random households with unknowns',
    { timeout: 120_000 },
    async (date) => {
      const hs = fc.sample(householdArb, { numRuns: 300, seed: Number(date.replaceAll('-', '')) + 1 });
      await load(hs);
      const seen = new Set<string>();
      for (const program of programs) {
        const sql = compileSql(program, { date });
        // The set-based form, not the correlated fallback: no subquery per household.
        expect(sql.select, program.id).not.toContain('WHERE m."household_id" = h."id"');
        const { rows } = await db.query<Record<string, unknown>>(sql.select);
        expect(rows.length).toBe(hs.length);
        hs.forEach((h, i) => {
          const row = rows[i] as Record<string, unknown>;
          const d = decideOrNull(program, h, date);
          const where = `${program.id} on ${date}, household ${JSON.stringify(h)}`;
          expect(Number(row.household_id)).toBe(i + 1);
          seen.add(row.status as string);
          expect(row.status, where).toBe(d === null ? 'unavailable' : d.status);
          if (d === null) return;
          expect(row.amount ?? null, where).toBe(d.amount === null ? null : d.amount);
          for (const c of d.criteria) expect(row[`criterion_${c.id}`] ?? null, `${where} ${c.id}`).toBe(c.outcome);
        });
      }
      for (const s of ['eligible', 'ineligible', 'unknown']) expect(seen.has(s), s).toBe(true);
    },
  );
});
