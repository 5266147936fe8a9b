import { describe, expect, it } from 'vitest';
import { toJsonSchema, validateHousehold } from '../src/index.ts';
import { recordMaker } from '../src/schema/fixed-shape.ts';
import { schema } from './fixtures/sample.ts';

describe('validateHousehold', () => {
  it('accepts partial input, treating null as unknown', () => {
    const r = validateHousehold(schema, { size: 2, rent: null, members: [{ birthDate: '1980-02-29' }, {}] });
    expect(r).toEqual({ ok: true, value: { size: 2, members: [{ birthDate: '1980-02-29' }, {}] } });
  });

  it('reports every error with a path, a code and a bilingual message', () => {
    const r = validateHousehold(schema, {
      size: -1,
      rent: '500000',
      region: 'busan',
      pets: 2,
      members: [{ earnedIncome: 100 }, { birthDate: '1990-02-30', disabled: 'yes', earnedIncome: 1.5, age: 3 }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.path, e.code])).toEqual([
      ['size', 'min'],
      ['rent', 'type'],
      ['region', 'enum'],
      ['pets', 'unknown_field'],
      ['members[1].birthDate', 'date'],
      ['members[1].disabled', 'type'],
      ['members[1].age', 'unknown_field'],
    ]);
    expect(r.errors[0]?.message).toEqual({
      ko: '가구원 수: 1 이상이어야 합니다',
      en: 'household size: must be at least 1',
    });
  });

  it('checks whole numbers for counts and the shape of members', () => {
    const r = validateHousehold(schema, { size: 2.5, members: {} });
    expect(r.ok || r.errors.map((e) => [e.path, e.code])).toEqual([
      ['size', 'integer'],
      ['members', 'type'],
    ]);
    const notObj = validateHousehold(schema, [1]);
    expect(notObj.ok).toBe(false);
  });
});

describe('toJsonSchema', () => {
  it('describes the household input in draft 2020-12', () => {
    const js = toJsonSchema(schema) as {
      $schema: string;
      properties: Record<string, Record<string, unknown>>;
      additionalProperties: boolean;
    };
    expect(js.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(js.additionalProperties).toBe(false);
    expect(js.properties.size).toMatchObject({
      type: ['integer', 'null'],
      minimum: 1,
      'x-unit': 'count',
      title: 'household size',
    });
    expect(js.properties.region).toMatchObject({ enum: ['seoul', 'gyeonggi', 'metro', 'other', null] });
    const members = js.properties.members as { items: { properties: Record<string, unknown> } };
    expect(members.items.properties.birthDate).toMatchObject({ type: ['string', 'null'], format: 'date' });
  });
});

describe('validated households have one shape', () => {
  it('the loop made where code generation is refused gives the generated keys, in the same order', () => {
    const generated = recordMaker(schema.household, true)();
    expect(Object.keys(recordMaker(schema.household, true, false)())).toEqual(Object.keys(generated));
    expect(Object.keys(generated)).toEqual([...Object.keys(schema.household), 'members']);
    expect(Object.keys(recordMaker(schema.member, false, false)())).toEqual(Object.keys(schema.member));
    expect(Object.values(generated).every((v) => v === undefined)).toBe(true);
  });

  it('gives every field, known or not, in schema order whatever order the input has', () => {
    const a = validateHousehold(schema, { members: [{ disabled: true }], rent: 3, size: 2 });
    const b = validateHousehold(schema, { size: null });
    if (!a.ok || !b.ok) throw new Error('valid');
    expect(Object.keys(a.value)).toEqual(Object.keys(b.value));
    expect(Object.keys(a.value.members?.[0] ?? {})).toEqual(Object.keys(schema.member));
    expect(JSON.stringify(b.value)).toBe('{}');
  });
});
