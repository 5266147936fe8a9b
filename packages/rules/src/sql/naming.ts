import type { FieldDef } from '../schema/fields.ts';
import { type Fields, type Household, type Member, type Schema, snakeCase } from '../schema/schema.ts';

/**
 * Column naming scheme, one rule everywhere:
 *   households(id bigint primary key, members_known boolean, <field_in_snake_case> …)
 *   members(household_id bigint, ordinal integer, <field_in_snake_case> …)
 * `members_known = false` means the member list itself is unknown; `ordinal` is the member's
 * position in the household JSON (0-based) and fixes the order sums are accumulated in, so
 * floating-point results match the other backends bit for bit. NULL is unknown.
 */
export interface SqlNames {
  /** Table names, optionally schema-qualified ("public.households"). */
  readonly households?: string;
  readonly members?: string;
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
export function quoteTable(name: string): string {
  return name.split('.').map(quoteIdent).join('.');
}
export function quoteLiteral(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}
export const columnName = snakeCase;

function sqlType(f: FieldDef): string {
  switch (f.type) {
    case 'number':
      // float8, not numeric: IEEE arithmetic identical to JavaScript's.
      return 'double precision';
    case 'boolean':
      return 'boolean';
    case 'enum':
      return 'text';
    case 'date':
      return 'date';
  }
}

function columns(fields: Fields): string[] {
  return Object.entries(fields).map(
    ([name, f]) => `${quoteIdent(columnName(name))} ${sqlType(f)}${enumCheck(name, f)}`,
  );
}

function enumCheck(name: string, f: FieldDef): string {
  const col = quoteIdent(columnName(name));
  return f.type === 'enum' ? ` CHECK (${col} IN (${f.values.map(quoteLiteral).join(', ')}))` : '';
}

/** SQL type of every column of both tables, by column name (for typed bulk loads). */
export function columnTypes(schema: Schema): { households: Record<string, string>; members: Record<string, string> } {
  const of = (fields: Fields) =>
    Object.fromEntries(Object.entries(fields).map(([k, f]) => [columnName(k), sqlType(f)]));
  return {
    households: { id: 'bigint', members_known: 'boolean', ...of(schema.household) },
    members: { household_id: 'bigint', ordinal: 'integer', ...of(schema.member) },
  };
}

/**
 * CREATE TABLE statements for the naming scheme above. `{ keys: false }` leaves out the primary
 * keys and the foreign key, for a bulk load: COPY into a keyed table updates its indexes and
 * checks the foreign key row by row (on PGlite that made loading several times slower);
 * `constraintsSql` adds them afterwards in one pass each. The CHECKs stay: COPY tests each row
 * as it is built (PGlite, 100,000 demo households: +75–100 ms of CPU in COPY), where adding them
 * afterwards scans both tables again for them (+100–120 ms). `{ unlogged: true }` makes
 * UNLOGGED tables, for a list loaded only to be screened: PostgreSQL then writes no WAL for the
 * rows, their keys or their index builds (PGlite's COPY writes every row twice otherwise), and
 * in return empties the tables after a crash (load the list again).
 */
export function createTablesSql(
  schema: Schema,
  names: SqlNames = {},
  opts: { keys?: boolean; unlogged?: boolean } = {},
): string {
  const keys = opts.keys ?? true;
  const create = opts.unlogged ? 'CREATE UNLOGGED TABLE' : 'CREATE TABLE';
  const hh = quoteTable(names.households ?? 'households');
  const mm = quoteTable(names.members ?? 'members');
  const hcols = columns(schema.household).map((c) => `,\n  ${c}`);
  const mcols = columns(schema.member).map((c) => `,\n  ${c}`);
  const fk = keys ? ` REFERENCES ${hh} ("id") ON DELETE CASCADE` : '';
  return [
    `${create} ${hh} (\n  "id" bigint${keys ? ' PRIMARY KEY' : ' NOT NULL'},\n  "members_known" boolean NOT NULL DEFAULT true${hcols.join('')}\n);`,
    `${create} ${mm} (\n  "household_id" bigint NOT NULL${fk},\n  "ordinal" integer NOT NULL${mcols.join('')}${
      keys ? ',\n  PRIMARY KEY ("household_id", "ordinal")' : ''
    }\n);`,
  ].join('\n');
}

/** What `createTablesSql(…, { keys: false })` left out (the keys), to run once the rows are in. */
export function constraintsSql(names: SqlNames = {}): string {
  const hh = quoteTable(names.households ?? 'households');
  const mm = quoteTable(names.members ?? 'members');
  return [
    `ALTER TABLE ${hh} ADD PRIMARY KEY ("id");`,
    `ALTER TABLE ${mm} ADD PRIMARY KEY ("household_id", "ordinal"), ADD FOREIGN KEY ("household_id") REFERENCES ${hh} ("id") ON DELETE CASCADE;`,
  ].join('\n');
}

export type SqlRow = Record<string, number | boolean | string | null>;

// Field → column name pairs, worked out once per schema: a bulk load asks for them per row
// (householdRows here, householdsCsv in csv-bytes.ts, which writes them in this order).
const columnsOfFields = new WeakMap<Fields, readonly (readonly [string, string])[]>();
export function fieldColumns(fields: Fields): readonly (readonly [string, string])[] {
  let pairs = columnsOfFields.get(fields);
  if (!pairs) {
    pairs = Object.keys(fields).map((k) => [k, columnName(k)] as const);
    columnsOfFields.set(fields, pairs);
  }
  return pairs;
}

/** Household JSON as rows for the two tables (column name → value), ready for parameterised INSERTs. */
export function householdRows(schema: Schema, id: number, h: Household): { household: SqlRow; members: SqlRow[] } {
  const pick = (fields: Fields, src: Member): SqlRow => {
    const row: SqlRow = {};
    for (const [k, col] of fieldColumns(fields)) row[col] = (src[k] ?? null) as SqlRow[string];
    return row;
  };
  const ms = Array.isArray(h.members) ? (h.members as readonly Member[]) : null;
  return {
    household: { id, members_known: ms !== null, ...pick(schema.household, h as Member) },
    members: (ms ?? []).map((m, i) => ({ household_id: id, ordinal: i, ...pick(schema.member, m) })),
  };
}
