import { RuleDefinitionError } from '../util/errors.ts';
import type { FieldDef } from './fields.ts';

export type Fields = Readonly<Record<string, FieldDef>>;

/** Inputs about one household and about each of its members. */
export interface Schema<H extends Fields = Fields, M extends Fields = Fields> {
  readonly kind: 'schema';
  readonly household: H;
  readonly member: M;
  /** Declaration position of each field, "household.x" / "member.y", for question order. */
  readonly position: ReadonlyMap<string, number>;
}

/** Value of one input: absent, undefined and null all mean "unknown". */
export type InputValue = number | boolean | string | null | undefined;
export type Member = Readonly<Record<string, InputValue>>;
/** Household JSON: household fields at the top, members under `members` (absent = unknown). */
export type Household = Readonly<Record<string, InputValue | readonly Member[]>> & {
  readonly members?: readonly Member[] | null;
};

/** camelCase so one rule maps names to SQL columns (snake_case) without collisions. */
const NAME = /^[a-z][a-zA-Z0-9]*$/;
const RESERVED = new Set(['members', 'id', 'householdId', 'ordinal', 'membersKnown']);

export function defineSchema<H extends Fields, M extends Fields>(def: { household: H; member: M }): Schema<H, M> {
  const position = new Map<string, number>();
  for (const scope of ['household', 'member'] as const) {
    for (const [name, field] of Object.entries(def[scope])) {
      if (!NAME.test(name) || RESERVED.has(name)) {
        throw new RuleDefinitionError(
          'schema',
          `${scope}.${name}`,
          'field names are camelCase identifiers and not reserved (members, id, householdId, ordinal, membersKnown)',
        );
      }
      if (field.type === 'enum' && (!field.values.length || new Set(field.values).size !== field.values.length)) {
        throw new RuleDefinitionError('schema', `${scope}.${name}`, 'enum needs distinct values');
      }
      if (field.type === 'enum' && field.values.length > 127) {
        // The batch backend stores enum indexes in an Int8Array.
        throw new RuleDefinitionError('schema', `${scope}.${name}`, 'enum has more than 127 values');
      }
      position.set(`${scope}.${name}`, position.size);
    }
  }
  return Object.freeze({ kind: 'schema', household: def.household, member: def.member, position });
}

export function fieldOf(schema: Schema, scope: 'household' | 'member', name: string): FieldDef | undefined {
  const fields = scope === 'household' ? schema.household : schema.member;
  return Object.hasOwn(fields, name) ? fields[name] : undefined;
}

/** Question-order rank of a field: explicit `order` first, then declaration order. */
export function fieldRank(schema: Schema, scope: 'household' | 'member', name: string): number {
  const f = fieldOf(schema, scope, name);
  const pos = schema.position.get(`${scope}.${name}`) ?? 1e6;
  return (f?.order ?? 1e6) * 1e6 + pos;
}

export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
