import { generatedFunction } from '../util/code-generation.ts';
import type { Fields } from './schema.ts';

/** A new record with every field of one scope as an own property, `undefined`, in schema order. */
export type MakeRecord = () => Record<string, unknown>;

/**
 * Validated households (and members) are made by one maker per schema scope so that they all share
 * one hidden class: holding only the fields they knew, they came in many shapes (and often kept
 * fields out of the object), and every reader of a field by name (the generated decide, the
 * explainer, the SQL loaders) paid a megamorphic lookup for it. An `undefined` field is what an
 * absent one is everywhere (the schema says so, and JSON.stringify leaves it out).
 */
export function recordMaker(fields: Fields, withMembers: boolean, generate = true): MakeRecord {
  if (!generate) return looped(keysOf(fields, withMembers));
  const cache = withMembers ? households : members;
  let make = cache.get(fields);
  if (make === undefined) {
    const keys = keysOf(fields, withMembers);
    make = generated(keys) ?? looped(keys);
    cache.set(fields, make);
  }
  return make;
}

function keysOf(fields: Fields, withMembers: boolean): string[] {
  return withMembers ? [...Object.keys(fields), 'members'] : Object.keys(fields);
}

const households = new WeakMap<Fields, MakeRecord>();
const members = new WeakMap<Fields, MakeRecord>();

/** One object literal: its properties are in the object itself, in one fixed order. */
function generated(keys: readonly string[]): MakeRecord | null {
  // Keys are the schema's field names (camelCase identifiers, quoted), never input data.
  const body = `"use strict";\nreturn function make() {\n  return { ${keys.map((k) => `${JSON.stringify(k)}: undefined`).join(', ')} };\n};`;
  // Where code generation is forbidden or refused: the loop below.
  return (generatedFunction([], body)?.() as MakeRecord | undefined) ?? null;
}

/** The same keys added in the same order every time: one chain of hidden classes, one shape at its end. */
function looped(keys: readonly string[]): MakeRecord {
  return () => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) out[keys[i] as string] = undefined;
    return out;
  };
}
