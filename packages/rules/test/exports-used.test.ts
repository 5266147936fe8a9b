import { describe, expect, it } from 'vitest';
import { importedNames, typeOnlyExports } from './fixtures/exports-used.ts';

/** Exports kept with no user outside the engine, each with why. */
const KEPT: Readonly<Record<string, string>> = {
  date: 'the schema builder for date inputs the engine supports (DateField); households give ages today',
};

const ENTRIES = {
  '@jibsa/rules': 'packages/rules/src/index.ts',
  '@jibsa/rules/batch': 'packages/rules/src/batch.ts',
  '@jibsa/rules/sql': 'packages/rules/src/sql.ts',
} as const;

describe('every value the engine exports has a user outside the engine', () => {
  const used = importedNames('@jibsa/rules', 'packages/rules');
  for (const [entry, load] of [
    ['@jibsa/rules', () => import('../src/index.ts')],
    ['@jibsa/rules/batch', () => import('../src/batch.ts')],
    ['@jibsa/rules/sql', () => import('../src/sql.ts')],
  ] as const) {
    it(entry, async () => {
      // Runtime keys here; types are checked below.
      const values = Object.keys(await load());
      const unused = values.filter((n) => !used.get(entry)?.has(n) && !(n in KEPT));
      expect(unused, `exported by ${entry} but imported by nothing outside packages/rules`).toEqual([]);
    });
  }

  it('finds the imports it checks (sanity)', () => {
    expect(used.get('@jibsa/rules')?.has('decideWithReasons')).toBe(true);
    expect(used.get('@jibsa/rules/batch')?.has('compileBatch')).toBe(true);
  });
});

describe('every type the engine exports has a user outside the engine', () => {
  const used = importedNames('@jibsa/rules', 'packages/rules');
  const types = typeOnlyExports(ENTRIES);
  for (const entry of Object.keys(ENTRIES)) {
    it(entry, () => {
      const unused = (types.get(entry) ?? []).filter((n) => !used.get(entry)?.has(n) && !(n in KEPT));
      expect(unused, `type exported by ${entry} but imported by nothing outside packages/rules`).toEqual([]);
    });
  }

  it('finds the types it checks (sanity)', () => {
    expect(types.get('@jibsa/rules')).toContain('ParameterDef');
    expect(types.get('@jibsa/rules')).not.toContain('decide');
    expect(types.get('@jibsa/rules/batch')).toContain('Columns');
  });
});
