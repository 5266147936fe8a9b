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
  return Object.entries(fields).map(([name, f]) => {
    const col = quoteIdent(columnName(name));
    const check = f.type === 'enum' ? ` CHECK (${col} IN (${f.values.map(quoteLiteral).join(', ')}))` : '';
    return `${col} ${sqlType(f)}${check}`;
  });
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

/** CREATE TABLE statements for the naming scheme above. */
export function createTablesSql(schema: Schema, names: SqlNames = {}): string {
  const hh = quoteTable(names.households ?? 'households');
  const mm = quoteTable(names.members ?? 'members');
  return [
    `CREATE TABLE ${hh} (\n  "id" bigint PRIMARY KEY,\n  "members_known" boolean NOT NULL DEFAULT true${columns(
      schema.household,
    )
      .map((c) => `,\n  ${c}`)
      .join('')}\n);`,
    `CREATE TABLE ${mm} (\n  "household_id" bigint NOT NULL REFERENCES ${hh} ("id") ON DELETE CASCADE,\n  "ordinal" integer NOT NULL${columns(
      schema.member,
    )
      .map((c) => `,\n  ${c}`)
      .join('')},\n  PRIMARY KEY ("household_id", "ordinal")\n);`,
  ].join('\n');
}

export type SqlRow = Record<string, number | boolean | string | null>;

/** Household JSON as rows for the two tables (column name → value), ready for parameterised INSERTs. */
export function householdRows(schema: Schema, id: number, h: Household): { household: SqlRow; members: SqlRow[] } {
  const pick = (fields: Fields, src: Member): SqlRow =>
    Object.fromEntries(Object.keys(fields).map((k) => [columnName(k), (src[k] ?? null) as SqlRow[string]]));
  const ms = Array.isArray(h.members) ? (h.members as readonly Member[]) : null;
  return {
    household: { id, members_known: ms !== null, ...pick(schema.household, h as Member) },
    members: (ms ?? []).map((m, i) => ({ household_id: id, ordinal: i, ...pick(schema.member, m) })),
  };
}
