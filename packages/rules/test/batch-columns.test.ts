import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ColumnsBuffer, toColumns } from '../src/batch.ts';
import { bool, date, defineSchema, enumOf, type Household, num, type Schema } from '../src/index.ts';
import type { FieldDef } from '../src/schema/fields.ts';
import { dateToNum } from '../src/util/dates.ts';
import { schema as sample } from './fixtures/sample.ts';

const label = { ko: '항목', en: 'field' };
/** Field names every object inherits: read by name, a household without them still "has" them. */
const inherited = defineSchema({
  household: {
    toString: bool(label),
    valueOf: num('count', label),
    region: enumOf(['north', 'south'], label),
    rent: num('KRW/month', label),
  },
  member: { since: date(label), isActive: bool(label), hasOwnProperty: num('count', label) },
});

/** The lane encoding, field by field with a read by name: what toColumns must equal. */
function encode(f: FieldDef, x: unknown): number {
  if (x === null || x === undefined) return f.type === 'number' || f.type === 'date' ? Number.NaN : -1;
  if (f.type === 'date') return dateToNum(x as string);
  if (f.type === 'boolean') return x ? 1 : 0;
  if (f.type === 'enum') return f.values.indexOf(x as string);
  return Number(x);
}

function reference(schema: Schema, hs: readonly Household[]) {
  const rows = (fields: Readonly<Record<string, FieldDef>>, objs: readonly Record<string, unknown>[]) =>
    Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, objs.map((o) => encode(f, o[name]))]));
  const members = hs.flatMap((h) => (Array.isArray(h.members) ? h.members : []));
  const offsets = [0];
  for (const h of hs) offsets.push((offsets.at(-1) as number) + (Array.isArray(h.members) ? h.members.length : 0));
  return {
    household: rows(schema.household, hs),
    member: rows(schema.member, members),
    membersKnown: hs.map((h) => (Array.isArray(h.members) ? 1 : 0)),
    memberOffsets: offsets,
  };
}

const plain = (cols: ReturnType<typeof toColumns>) => ({
  household: Object.fromEntries(Object.entries(cols.household).map(([k, c]) => [k, Array.from(c)])),
  member: Object.fromEntries(Object.entries(cols.member).map(([k, c]) => [k, Array.from(c)])),
  membersKnown: Array.from(cols.membersKnown),
  memberOffsets: Array.from(cols.memberOffsets),
});

/** A value of the field's type, one off the list or of another type, or unknown. */
function value(f: FieldDef): fc.Arbitrary<unknown> {
  const unknown = fc.constantFrom(null, undefined);
  if (f.type === 'number') return fc.oneof(fc.integer({ min: -5, max: 2_000_000 }), fc.double(), unknown);
  if (f.type === 'date') return fc.oneof(fc.constantFrom('2001-04-15', '1960-02-29'), unknown);
  if (f.type === 'boolean') return fc.oneof(fc.boolean(), unknown);
  return fc.oneof(fc.constantFrom(...f.values, 'off-list', ''), unknown);
}

/** Objects of many shapes: any subset of the fields plus a stray key, in any order. */
function record(fields: Readonly<Record<string, FieldDef>>): fc.Arbitrary<Record<string, unknown>> {
  const entries = [
    ...Object.entries(fields).map(([k, f]) => fc.tuple(fc.constant(k), value(f))),
    fc.tuple(fc.constant('note'), fc.string()),
  ];
  return fc
    .tuple(fc.tuple(...entries), fc.array(fc.boolean(), { minLength: entries.length, maxLength: entries.length }))
    .chain(([kv, keep]) =>
      fc.shuffledSubarray(
        kv.filter((_, k) => keep[k]),
        { minLength: kv.filter((_, k) => keep[k]).length },
      ),
    )
    .map((kv) => Object.fromEntries(kv));
}

function households(schema: Schema, size: { minLength?: number; maxLength: number } = { maxLength: 30 }) {
  const members = fc.oneof(fc.array(record(schema.member), { maxLength: 4 }), fc.constantFrom(null, undefined));
  return fc.array(
    fc
      .tuple(record(schema.household), members)
      .map(([h, ms]) => (ms === undefined ? h : { ...h, members: ms }) as Household),
    size,
  );
}

describe('toColumns', () => {
  for (const [name, schema] of [
    ['the sample schema', sample],
    ['fields named like inherited properties', inherited],
  ] as const) {
    it(`encodes every field as a read by name does, households of any shape (${name})`, () => {
      fc.assert(
        fc.property(households(schema), (hs) => {
          expect(plain(toColumns(schema, hs))).toEqual(reference(schema, hs));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('into a reused buffer, block after block (smaller, larger, another schema), equals fresh columns of each block', () => {
    const block = fc.oneof(
      households(sample).map((hs) => [sample, hs] as const),
      households(inherited).map((hs) => [inherited, hs] as const),
    );
    fc.assert(
      fc.property(fc.array(block, { minLength: 2, maxLength: 5 }), (blocks) => {
        const buffer = new ColumnsBuffer();
        for (const [schema, hs] of blocks) {
          const cols = toColumns(schema, hs, buffer);
          expect(cols.n).toBe(hs.length);
          expect(plain(cols)).toEqual(plain(toColumns(schema, hs)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('into a reused buffer, blocks of one household count and any member count (as a list comes), equal fresh columns', () => {
    fc.assert(
      fc.property(
        fc.array(households(sample, { minLength: 8, maxLength: 8 }), { minLength: 2, maxLength: 6 }),
        (blocks) => {
          const buffer = new ColumnsBuffer();
          for (const hs of blocks) expect(plain(toColumns(sample, hs, buffer))).toEqual(plain(toColumns(sample, hs)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads a field a household inherits by name (a boolean named toString is true)', () => {
    expect(Array.from(toColumns(inherited, [{}]).household.toString as unknown as Int8Array)).toEqual([1]);
  });
});
