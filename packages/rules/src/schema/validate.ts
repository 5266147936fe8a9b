import { isIsoDate } from '../util/dates.ts';
import { type FieldDef, isInteger, type Label, numberMin } from './fields.ts';
import { recordMaker } from './fixed-shape.ts';
import type { Fields, Household, Schema } from './schema.ts';

export type ValidationCode = 'type' | 'min' | 'max' | 'integer' | 'enum' | 'date' | 'unknown_field';

export interface ValidationError {
  /** "size", "members[1].age", "members". */
  readonly path: string;
  readonly code: ValidationCode;
  readonly message: Label;
}

export type ValidationResult = { ok: true; value: Household } | { ok: false; errors: ValidationError[] };

/**
 * Check household JSON against the schema. Absent and null fields are fine (unknown);
 * present ones must be well-typed. All errors are reported, not just the first, so a form
 * can mark every bad field at once. `value` has every schema field, in schema order, and `members`
 * (each member every member field): a field absent, null or undefined in the input is `undefined`,
 * so evaluators see one "unknown" and every household of a schema has one shape (fixed-shape.ts).
 */
export function validateHousehold(schema: Schema, input: unknown): ValidationResult {
  const errors: ValidationError[] = [];
  if (!isRecord(input)) {
    return {
      ok: false,
      errors: [err('', 'type', { ko: '가구 정보는 객체여야 합니다', en: 'household must be an object' })],
    };
  }
  // The household's own fields are read from the input itself, members left out (no copy without them).
  const members = input.members;
  const household = checkFields(schema.household, input, '', errors, recordMaker(schema.household, true)(), 'members');
  if (members !== undefined && members !== null) {
    if (!Array.isArray(members)) {
      errors.push(err('members', 'type', { ko: '가구원 목록은 배열이어야 합니다', en: 'members must be an array' }));
    } else {
      const make = recordMaker(schema.member, false);
      household.members = members.map((m, i) => {
        if (isRecord(m)) return checkFields(schema.member, m, `members[${i}].`, errors, make());
        errors.push(
          err(`members[${i}]`, 'type', { ko: '가구원 정보는 객체여야 합니다', en: 'a member must be an object' }),
        );
        return {};
      });
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: household as Household };
}

function checkFields(
  fields: Fields,
  obj: Record<string, unknown>,
  prefix: string,
  errors: ValidationError[],
  out: Record<string, unknown>,
  skip: string | null = null,
): Record<string, unknown> {
  // Keys in Object.entries' order, without a [name, value] pair per field; a path only for an error.
  const names = Object.keys(obj);
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    if (name === skip) continue;
    const value = obj[name];
    const f = Object.hasOwn(fields, name) ? fields[name] : undefined;
    if (!f) {
      errors.push(
        err(`${prefix}${name}`, 'unknown_field', {
          ko: `알 수 없는 항목입니다: ${name}`,
          en: `unknown field: ${name}`,
        }),
      );
      continue;
    }
    if (value === null || value === undefined) continue;
    const e = checkValue(f, value);
    if (e) errors.push(err(`${prefix}${name}`, e.code, e.message));
    else out[name] = value;
  }
  return out;
}

function checkValue(f: FieldDef, x: unknown): { code: ValidationCode; message: Label } | undefined {
  const label = f.label;
  switch (f.type) {
    case 'number': {
      if (typeof x !== 'number' || !Number.isFinite(x)) {
        return { code: 'type', message: { ko: `${label.ko}: 숫자여야 합니다`, en: `${label.en}: must be a number` } };
      }
      if (x < numberMin(f)) {
        return {
          code: 'min',
          message: {
            ko: `${label.ko}: ${numberMin(f)} 이상이어야 합니다`,
            en: `${label.en}: must be at least ${numberMin(f)}`,
          },
        };
      }
      if (f.max !== undefined && x > f.max) {
        return {
          code: 'max',
          message: { ko: `${label.ko}: ${f.max} 이하여야 합니다`, en: `${label.en}: must be at most ${f.max}` },
        };
      }
      if (isInteger(f) && !Number.isInteger(x)) {
        return {
          code: 'integer',
          message: { ko: `${label.ko}: 정수여야 합니다`, en: `${label.en}: must be a whole number` },
        };
      }
      return undefined;
    }
    case 'boolean':
      return typeof x === 'boolean'
        ? undefined
        : {
            code: 'type',
            message: { ko: `${label.ko}: 예/아니요 값이어야 합니다`, en: `${label.en}: must be true or false` },
          };
    case 'enum':
      return typeof x === 'string' && f.values.includes(x)
        ? undefined
        : {
            code: 'enum',
            message: {
              ko: `${label.ko}: 다음 중 하나여야 합니다: ${f.values.join(', ')}`,
              en: `${label.en}: must be one of ${f.values.join(', ')}`,
            },
          };
    case 'date':
      return isIsoDate(x)
        ? undefined
        : {
            code: 'date',
            message: {
              ko: `${label.ko}: YYYY-MM-DD 형식의 날짜여야 합니다`,
              en: `${label.en}: must be a date YYYY-MM-DD`,
            },
          };
  }
}

function err(path: string, code: ValidationCode, message: Label): ValidationError {
  return { path, code, message };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
