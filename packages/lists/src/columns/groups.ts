import { checkHousehold } from '@jibsa/programs';
import { dateToNum, type FieldDef, type Schema } from '@jibsa/rules';
import { type TargetField, targetField } from '../fields.ts';
import { assembleHousehold, type ColumnMapping, parseCell } from '../mapping.ts';
import { parseAddress } from '../values.ts';

/**
 * What a group of a row's cells adds to the batch columns once read and checked: values by field
 * index (household fields, and the head's member fields), already encoded as `toColumns` encodes
 * them. `head` says a head-of-household field was given, which makes the member list known.
 */
export interface Outcome {
  readonly h: readonly number[];
  readonly hv: readonly number[];
  readonly m: readonly number[];
  readonly mv: readonly number[];
  readonly head: boolean;
}

/**
 * Columns read together. Cells of one group only ever meet in the household's preparation and
 * checks inside their group: an address meets the 시·도 and 구 columns (it sets them, and they
 * must agree), a birth date meets the age column (it sets the age, and they must agree); every
 * other field is checked on its own. So a row's columns are the union of its groups' outcomes,
 * and a group's outcome depends only on its own cells, which is what lets it be kept by key.
 */
export interface Group {
  readonly columns: readonly number[];
  readonly fields: readonly TargetField[];
  /** The cells' identity for the memo: equal keys, equal outcomes. */
  key(cells: readonly string[]): string;
  /** A column the household never holds (phone, what else the list says is received): read for its problems only. */
  readonly apart?: boolean;
  /** For a lone money column: its field, read without the memo when quickMoney can. */
  readonly money?: { readonly index: number; readonly member: boolean; readonly def: FieldDef };
  readonly memo: Map<string, Outcome | null>;
}

const GEO = new Set(['address', 'region', 'gwangjuDistrict']);
const AGE = new Set(['head.birthDate', 'head.age']);

/** The groups of a mapping's columns (reference and household size are read apart: see ListReader). */
export function groupsOf(headers: readonly string[], mapping: ColumnMapping, schema: Schema): Group[] {
  const geo: number[] = [];
  const age: number[] = [];
  const groups: Group[] = [];
  headers.forEach((header, i) => {
    const field = mappedField(header, mapping);
    if (!field || field.key === 'reference' || field.key === 'householdSize') return;
    if (GEO.has(field.key)) geo.push(i);
    else if (AGE.has(field.key)) age.push(i);
    else groups.push(single(i, field, schema));
  });
  for (const columns of [geo, age]) {
    if (columns.length === 0) continue;
    const fields = columns.map((i) => mappedField(headers[i] as string, mapping) as TargetField);
    const at = fields.findIndex((f) => f.key === 'address');
    const key = (cells: readonly string[]) => {
      let k = '';
      for (let j = 0; j < columns.length; j++) {
        const raw = cells[columns[j] as number] ?? '';
        // An address counts only by its 시·도 and 시·군·구 (parseAddress): the rest differs row by row.
        const part = j === at ? addressKey(raw) : raw;
        k += `${part.length}:${part}`;
      }
      return k;
    };
    groups.push({ columns, fields, key, memo: new Map() });
  }
  return groups;
}

export function mappedField(header: string, mapping: ColumnMapping): TargetField | undefined {
  const key = mapping[header];
  return key ? targetField(key) : undefined;
}

/** Fields kept apart from the household by assembleHousehold. */
const isApart = (key: string) => key === 'phone' || key.startsWith('receives.');

function single(i: number, field: TargetField, schema: Schema): Group {
  if (isApart(field.key))
    return { columns: [i], fields: [field], key: (cells) => cells[i] ?? '', memo: new Map(), apart: true };
  const member = field.key.startsWith('head.');
  const name = member ? field.key.slice(5) : field.key;
  const fields = member ? schema.member : schema.household;
  const def = fields[name];
  const money = field.kind === 'money' && def?.type === 'number';
  return {
    columns: [i],
    fields: [field],
    key: (cells) => cells[i] ?? '',
    memo: new Map(),
    ...(money ? { money: { index: Object.keys(fields).indexOf(name), member, def } } : {}),
  };
}

function addressKey(raw: string): string {
  const parsed = parseAddress(raw);
  if (!parsed.ok || parsed.value === null) return '';
  const { sido, sigungu } = parsed.value;
  return sigungu === undefined ? `${sido}\u0001` : `${sido}\u0002${sigungu}`;
}

/**
 * A group's outcome, read and checked by the same code as a whole row (parseCell, then the
 * household put together as mapRow does and checked by checkHousehold), for a household holding
 * only this group's cells. Null when a cell cannot be read or the check fails: the row is then
 * read whole by the general path, which says what is wrong.
 */
export function evaluate(group: Group, cells: readonly string[], schema: Schema, date: string): Outcome | null {
  const values: [string, unknown][] = [];
  for (let j = 0; j < group.columns.length; j++) {
    const parsed = parseCell(group.fields[j] as TargetField, cells[group.columns[j] as number] ?? '');
    if (!parsed.ok) return null;
    values.push([(group.fields[j] as TargetField).key, parsed.value]);
  }
  const checked = checkHousehold(assembleHousehold(values).household, date);
  if (!checked.ok) return null;
  const value = checked.value as Record<string, unknown>;
  const out = { h: [] as number[], hv: [] as number[], m: [] as number[], mv: [] as number[], head: false };
  encodeInto(schema.household, value, out.h, out.hv);
  const members = value.members;
  if (Array.isArray(members) && members.length > 0) {
    out.head = true;
    encodeInto(schema.member, members[0] as Record<string, unknown>, out.m, out.mv);
  }
  return out;
}

function encodeInto(fields: Schema['household'], value: Record<string, unknown>, at: number[], values: number[]) {
  Object.entries(fields).forEach(([name, def], k) => {
    const x = value[name];
    if (x === undefined || x === null) return;
    at.push(k);
    values.push(encode(def, x));
  });
}

/** A known value as `toColumns` stores it: numbers as they are, dates as yyyymmdd, booleans 1/0, enums by index. */
export function encode(def: FieldDef, x: unknown): number {
  switch (def.type) {
    case 'number':
      return x as number;
    case 'date':
      return dateToNum(x as string);
    case 'boolean':
      return x ? 1 : 0;
    case 'enum':
      return def.values.indexOf(x as string);
  }
}

/** What a column holds where nothing is known: NaN for numbers and dates, -1 for booleans and enums. */
export const unknownOf = (def: FieldDef) => (def.type === 'number' || def.type === 'date' ? Number.NaN : -1);
