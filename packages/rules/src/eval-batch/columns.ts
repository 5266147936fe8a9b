import type { FieldDef } from '../schema/fields.ts';
import type { Fields, Household, Schema } from '../schema/schema.ts';
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

/**
 * With `buffer`, the columns are views of the buffer's arrays (see ColumnsBuffer): overwritten by
 * the next call with that buffer.
 */
export function toColumns(schema: Schema, households: readonly Household[], buffer?: ColumnsBuffer): Columns {
  const n = households.length;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const ms = (households[i] as Household).members;
    if (Array.isArray(ms)) m += ms.length;
  }
  const cols = buffer ? buffer.sized(schema, n, m) : fresh(schema, n, m);
  fillFor(schema)(households, cols.household, cols.member, cols.membersKnown, cols.memberOffsets);
  return cols;
}

function fresh(schema: Schema, n: number, m: number): Columns {
  return {
    n,
    household: columnsOf(schema.household, n),
    membersKnown: new Int8Array(n),
    memberOffsets: new Int32Array(n + 1),
    member: columnsOf(schema.member, m),
  };
}

function columnsOf(fields: Fields, rows: number): Record<string, Column> {
  return Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, allocate(f, rows)]));
}

/**
 * Column arrays kept from one `toColumns` call to the next, for a caller that builds columns block
 * after block (a list screened in chunks): allocating and zeroing fresh arrays each block was about
 * a third of building them. The arrays grow when a block needs more rows and are never cleared:
 * the fill writes every lane of every row it hands out (a household's fields absent from its object
 * as unknown, each member field, membersKnown, the offsets; offset 0 is never written and stays 0),
 * and the columns are views of exactly n households and their members, so nothing of an earlier,
 * larger block is visible.
 */
export class ColumnsBuffer {
  private schema: Schema | undefined;
  /** Rows the arrays hold; -1 before the first call. */
  private households = -1;
  private members = -1;
  private household: Readonly<Record<string, Column>> = {};
  private membersKnown = new Int8Array(0);
  private memberOffsets = new Int32Array(1);
  private member: Readonly<Record<string, Column>> = {};
  private view: Columns | undefined;
  private viewMembers = -1;
  /** The views of the last household and member counts, cut again only when their count changes. */
  private householdView: Pick<Columns, 'household' | 'membersKnown' | 'memberOffsets'> | undefined;
  private memberView: Columns['member'] | undefined;

  /** Columns of n households and m members over this buffer's arrays, for `toColumns` to fill. */
  sized(schema: Schema, n: number, m: number): Columns {
    if (schema !== this.schema) {
      this.schema = schema;
      this.households = -1;
      this.members = -1;
      this.view = undefined;
      this.householdView = undefined;
      this.memberView = undefined;
    } else if (this.view?.n === n && this.viewMembers === m) return this.view;
    if (n > this.households) {
      this.households = grow(n, this.households);
      this.household = columnsOf(schema.household, this.households);
      this.membersKnown = new Int8Array(this.households);
      this.memberOffsets = new Int32Array(this.households + 1);
      this.householdView = undefined;
    }
    if (m > this.members) {
      this.members = grow(m, this.members);
      this.member = columnsOf(schema.member, this.members);
      this.memberView = undefined;
    }
    // Blocks of a list have the same number of households and a different number of members:
    // the household views are kept, the member views cut again.
    if (this.householdView === undefined || this.view?.n !== n) {
      this.householdView = {
        household: cut(this.household, n),
        membersKnown: this.membersKnown.subarray(0, n),
        memberOffsets: this.memberOffsets.subarray(0, n + 1),
      };
    }
    if (this.memberView === undefined || this.viewMembers !== m) this.memberView = cut(this.member, m);
    this.viewMembers = m;
    const h = this.householdView;
    this.view = {
      n,
      household: h.household,
      membersKnown: h.membersKnown,
      memberOffsets: h.memberOffsets,
      member: this.memberView,
    };
    return this.view;
  }
}

/** Half again, not the exact need: the next block is often a little larger (members vary most). */
function grow(need: number, had: number): number {
  return Math.max(need, had + (had >> 1));
}

function cut(cols: Readonly<Record<string, Column>>, rows: number): Record<string, Column> {
  return Object.fromEntries(Object.entries(cols).map(([name, c]) => [name, c.subarray(0, rows)]));
}

export function allocate(f: FieldDef, n: number): Column {
  return isFloat(f) ? new Float64Array(n) : new Int8Array(n);
}

/**
 * Writes households (and their members, CSR) into preallocated columns. Generated once per schema
 * so that each field's read and encoding is a load and a store in one pass over the households: a
 * loop per field over every row with a switch on the field's type was most of the cost of
 * screening a list. Absent, null and undefined are unknown (NaN, -1), a store into a typed array
 * converts as `col[i] = x` does, and an enum value off the list is -1. Each field is read by name:
 * validated households share one shape (schema/fixed-shape.ts), so a read is one monomorphic load.
 * (While households held only the fields they knew, in many shapes, a for…in walk of their keys
 * was faster; over the one shape it visits every field and was 1.6x slower than reads by name.)
 */
type Fill = (
  households: readonly Household[],
  household: Readonly<Record<string, Column>>,
  member: Readonly<Record<string, Column>>,
  membersKnown: Int8Array,
  memberOffsets: Int32Array,
) => void;

const fills = new WeakMap<Schema, Fill>();

function fillFor(schema: Schema): Fill {
  let fill = fills.get(schema);
  if (fill === undefined) {
    fill = compileFill(schema);
    fills.set(schema, fill);
  }
  return fill;
}

function compileFill(schema: Schema): Fill {
  const q = JSON.stringify;
  const cols = (fields: Fields, prefix: string, rec: string) =>
    Object.keys(fields).map((f, k) => `const ${prefix}${k} = ${rec}[${q(f)}];`);
  const stores = (fields: Fields, prefix: string, row: string, at: string) =>
    Object.entries(fields).map(([f, def], k) => `x = ${row}[${q(f)}]; ${store(def, `${prefix}${k}[${at}]`)}`);
  const body = `"use strict";
return function fill(hs, H, M, MK, OFF) {
  ${cols(schema.household, 'H', 'H').join('\n  ')}
  ${cols(schema.member, 'M', 'M').join('\n  ')}
  const n = hs.length;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const h = hs[i];
    let x;
    ${stores(schema.household, 'H', 'h', 'i').join('\n    ')}
    const ms = h.members;
    if (Array.isArray(ms)) {
      MK[i] = 1;
      for (let k = 0; k < ms.length; k++, j++) {
        const m = ms[k];
        ${stores(schema.member, 'M', 'm', 'j').join('\n        ')}
      }
    } else MK[i] = 0;
    OFF[i + 1] = j;
  }
};`;
  // Generated from the schema's field names and enum values (quoted), never from input data.
  return new Function('dateToNum', body)(dateToNum) as Fill;
}

function isFloat(f: FieldDef): boolean {
  return f.type === 'number' || f.type === 'date';
}

function store(def: FieldDef, slot: string): string {
  switch (def.type) {
    case 'number':
      return `${slot} = x === null || x === undefined ? NaN : x;`;
    case 'date':
      return `${slot} = x === null || x === undefined ? NaN : dateToNum(x);`;
    case 'boolean':
      return `${slot} = x === null || x === undefined ? -1 : x ? 1 : 0;`;
    case 'enum': {
      const cases = def.values.map((v, i) => `case ${JSON.stringify(v)}: ${slot} = ${i}; break;`).join(' ');
      return `switch (x) { ${cases} default: ${slot} = -1; }`;
    }
  }
}
