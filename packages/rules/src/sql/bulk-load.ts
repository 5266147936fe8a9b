import type { Household, Schema } from '../schema/schema.ts';
import { householdRows, quoteIdent, quoteTable, type SqlRow } from './naming.ts';

/**
 * Households in the table layout of naming.ts, shaped for the two fast bulk paths PostgreSQL
 * offers: CSV for `COPY … FROM` (PGlite reads it from a Blob as '/dev/blob'; psql's `\copy`
 * reads it from a file) and one array per column for `INSERT … SELECT FROM unnest(…)`, which
 * node-postgres can send without a COPY stream. Row-by-row INSERTs are ~10× slower on both.
 */
export interface BulkRows {
  readonly households: { readonly columns: readonly string[]; readonly rows: readonly SqlRow[] };
  readonly members: { readonly columns: readonly string[]; readonly rows: readonly SqlRow[] };
}

/** Rows for households numbered `firstId`, `firstId + 1`, … */
export function bulkRows(schema: Schema, households: readonly Household[], firstId = 1): BulkRows {
  const hh: SqlRow[] = [];
  const mm: SqlRow[] = [];
  households.forEach((h, i) => {
    const r = householdRows(schema, firstId + i, h);
    hh.push(r.household);
    for (const m of r.members) mm.push(m);
  });
  // Columns come from the schema, not from the first row, so an empty batch still has them.
  const empty = householdRows(schema, 0, { members: [{}] });
  return {
    households: { columns: Object.keys(empty.household), rows: hh },
    members: { columns: Object.keys(empty.members[0] as SqlRow), rows: mm },
  };
}

/** The columns of both tables in `bulkRows`' order: what `householdsCsv` (csv-bytes.ts) writes. */
export function bulkColumns(schema: Schema): { households: readonly string[]; members: readonly string[] } {
  const rows = bulkRows(schema, []);
  return { households: rows.households.columns, members: rows.members.columns };
}

/** `COPY … FROM <source> WITH (FORMAT csv)` for one table, with the columns in `bulkColumns`' order. */
export function copyCsvSql(table: string, columns: readonly string[], source: string): string {
  return copyFrom(table, columns, source, 'csv');
}

function copyFrom(table: string, columns: readonly string[], source: string, format: string): string {
  return `COPY ${quoteTable(table)} (${columns.map(quoteIdent).join(', ')}) FROM ${source} WITH (FORMAT ${format})`;
}

/**
 * `INSERT … SELECT FROM unnest($1::type[], …)` and its parameters: one array per column.
 * `types` maps each column to its SQL type (from the table's catalog or createTablesSql).
 */
export function unnestInsert(
  table: string,
  part: BulkRows['households'],
  types: Readonly<Record<string, string>>,
): { sql: string; params: unknown[][] } {
  const cols = part.columns;
  const args = cols.map((c, i) => `$${i + 1}::${types[c] ?? 'text'}[]`);
  return {
    sql: `INSERT INTO ${quoteTable(table)} (${cols.map(quoteIdent).join(', ')}) SELECT * FROM unnest(${args.join(', ')})`,
    params: cols.map((c) => part.rows.map((r) => r[c] ?? null)),
  };
}

/** `COPY … FROM STDIN WITH (FORMAT binary)` for one table, columns in `bulkColumns`' order; FREEZE when asked. */
export function copyBinarySql(table: string, columns: readonly string[], freeze = false): string {
  return copyFrom(table, columns, 'STDIN', freeze ? 'binary, FREEZE' : 'binary');
}
