import type { FieldDef } from '../schema/fields.ts';
import type { Fields, Household, Member, Schema } from '../schema/schema.ts';
import { dateToNum } from '../util/dates.ts';

/** Numbers and dates (yyyymmdd) as Float64 with NaN = unknown; booleans and enum indexes as Int8 with -1 = unknown. */
export type Column = Float64Array | Int8Array;

/**
 * N households in columnar form. Members use a CSR layout: the members of household i are
 * rows memberOffsets[i] … memberOffsets[i+1]-1 of the member columns.
 */
export interface Columns {
  readonly n: number;
  readonly household: Readonly<Record<string, Column>>;
  /** 1 when the member list is known (possibly empty), 0 when `members` was absent. */
  readonly membersKnown: Int8Array;
  readonly memberOffsets: Int32Array;
  readonly member: Readonly<Record<string, Column>>;
}

export function toColumns(schema: Schema, households: readonly Household[]): Columns {
  const n = households.length;
  const memberOffsets = new Int32Array(n + 1);
  const membersKnown = new Int8Array(n);
  households.forEach((h, i) => {
    const ms = Array.isArray(h.members) ? h.members : null;
    membersKnown[i] = ms ? 1 : 0;
    memberOffsets[i + 1] = (memberOffsets[i] as number) + (ms?.length ?? 0);
  });
  const members: Member[] = households.flatMap((h) => (Array.isArray(h.members) ? (h.members as Member[]) : []));
  return {
    n,
    household: fill(schema.household, households as readonly Member[]),
    membersKnown,
    memberOffsets,
    member: fill(schema.member, members),
  };
}

function fill(fields: Fields, rows: readonly Member[]): Record<string, Column> {
  const out: Record<string, Column> = {};
  for (const [name, f] of Object.entries(fields)) {
    const col = allocate(f, rows.length);
    rows.forEach((r, i) => {
      col[i] = encode(f, r[name]);
    });
    out[name] = col;
  }
  return out;
}

export function allocate(f: FieldDef, n: number): Column {
  return f.type === 'number' || f.type === 'date' ? new Float64Array(n) : new Int8Array(n);
}

function encode(f: FieldDef, x: unknown): number {
  if (x === null || x === undefined) return f.type === 'number' || f.type === 'date' ? Number.NaN : -1;
  switch (f.type) {
    case 'number':
      return x as number;
    case 'date':
      return dateToNum(x as string);
    case 'boolean':
      return x ? 1 : 0;
    case 'enum':
      return f.values.indexOf(x as string);
  }
}
