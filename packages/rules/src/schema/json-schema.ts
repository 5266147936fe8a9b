import { type FieldDef, isInteger, numberMin } from './fields.ts';
import type { Fields, Schema } from './schema.ts';

type Json = { [k: string]: unknown };

/**
 * JSON Schema (draft 2020-12) of household input, for OpenAPI docs. Every field is
 * optional and nullable because unknown is a legitimate answer. The schema is looser than
 * validateHousehold only where JSON Schema cannot say it (real calendar dates).
 */
export function toJsonSchema(schema: Schema, opts: { id?: string; title?: string } = {}): Json {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...(opts.id ? { $id: opts.id } : {}),
    title: opts.title ?? 'Household',
    type: 'object',
    additionalProperties: false,
    properties: {
      ...properties(schema.household),
      members: {
        description: '가구원 / household members (absent = unknown)',
        type: ['array', 'null'],
        items: { type: 'object', additionalProperties: false, properties: properties(schema.member) },
      },
    },
  };
}

function properties(fields: Fields): Json {
  return Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, field(f)]));
}

function field(f: FieldDef): Json {
  const base = { title: f.label.en, description: f.label.ko };
  switch (f.type) {
    case 'number':
      return {
        ...base,
        type: [isInteger(f) ? 'integer' : 'number', 'null'],
        minimum: numberMin(f),
        ...(f.max !== undefined ? { maximum: f.max } : {}),
        'x-unit': f.unit,
      };
    case 'boolean':
      return { ...base, type: ['boolean', 'null'] };
    case 'enum':
      return { ...base, enum: [...f.values, null] };
    case 'date':
      return { ...base, type: ['string', 'null'], format: 'date' };
  }
}
