import type { FieldDef } from '../schema/fields.ts';
import type { Household } from '../schema/schema.ts';
import { ymd } from '../util/dates.ts';
import type { Column } from './columns.ts';

/**
 * Copies one household into one-row columns (members into the first rows of the member columns)
 * and returns false for a value the columns cannot hold as the interpreter reads it (a string where
 * a number is due, an enum value off the list, a member that is not an object): the caller then
 * asks the interpreter. Generated per program from the fields it reads, so each field's read and
 * encoding is a property load and a few comparisons (a loop over field descriptors with a switch
 * on the type cost more than the fused loop itself).
 */
export type Loader = (h: Household, household: Readonly<Record<string, Column>>, buffers: MemberBuffers) => boolean;

export interface MemberBuffers {
  readonly membersKnown: Int8Array;
  readonly memberOffsets: Int32Array;
  /** Member columns holding at least `n` rows (grown when a household has more members). */
  columns(n: number): Readonly<Record<string, Column>>;
}

export function compileLoader(
  household: ReadonlyArray<readonly [string, FieldDef]>,
  member: ReadonlyArray<readonly [string, FieldDef]>,
): Loader {
  const q = JSON.stringify;
  const hRead = household.map(
    ([f, def], k) => `const H${k} = hc[${q(f)}];\nx = h[${q(f)}];\n${encode(def, `H${k}[0]`)}`,
  );
  const mCols = member.map(([f], k) => `const M${k} = mc[${q(f)}];`);
  const mRead = member.map(([f, def], k) => `x = m[${q(f)}];\n${encode(def, `M${k}[j]`)}`);
  const body = `"use strict";
return function load(h, hc, b) {
  let x;
  ${hRead.join('\n  ')}
  const ms = h.members;
  if (!Array.isArray(ms)) { b.membersKnown[0] = 0; b.memberOffsets[1] = 0; return true; }
  const n = ms.length;
  b.membersKnown[0] = 1; b.memberOffsets[1] = n;
  ${
    member.length === 0
      ? ''
      : `const mc = b.columns(n);\n  ${mCols.join('\n  ')}
  for (let j = 0; j < n; j++) {
    const m = ms[j];
    if (m === null || typeof m !== 'object') return false;
    ${mRead.join('\n    ')}
  }`
  }
  return true;
};`;
  // Generated from the program's schema (field names and enum values quoted), never from input data.
  return new Function('ymd', body)(ymd) as Loader;
}

/** Statements that store `x` encoded for `def` into `slot`, or return false. */
function encode(def: FieldDef, slot: string): string {
  switch (def.type) {
    case 'number':
      // x - x === 0: a finite number (the columns keep NaN for unknown).
      return `if (x == null) ${slot} = NaN; else if (typeof x === 'number' && x - x === 0) ${slot} = x; else return false;`;
    case 'date':
      // The interpreter reads any string's digits where a date is due (interpret.ts ymd).
      return `if (x == null) ${slot} = NaN; else if (typeof x === 'string' && x.length >= 10) ${slot} = ymd(x); else return false;`;
    case 'boolean':
      return `if (x === true) ${slot} = 1; else if (x === false) ${slot} = 0; else if (x == null) ${slot} = -1; else return false;`;
    case 'enum': {
      const cases = def.values.map((v, i) => `case ${JSON.stringify(v)}: ${slot} = ${i}; break;`).join(' ');
      return `switch (x) { ${cases} case undefined: case null: ${slot} = -1; break; default: return false; }`;
    }
  }
}
