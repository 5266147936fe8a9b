import { describe, expect, it } from 'vitest';
import { importedNames, typeOnlyExports } from '../../rules/test/fixtures/exports-used.ts';

const ENTRIES = {
  '@jibsa/programs': 'packages/programs/src/index.ts',
  '@jibsa/programs/batch': 'packages/programs/src/batch.ts',
  '@jibsa/programs/catalog-texts': 'packages/programs/src/shared/catalog/texts.ts',
} as const;

const LOAD = {
  '@jibsa/programs': () => import('../src/index.ts'),
  '@jibsa/programs/batch': () => import('../src/batch.ts'),
  '@jibsa/programs/catalog-texts': () => import('../src/shared/catalog/texts.ts'),
} as const;

describe('every value and type the programs package exports has a user outside it', () => {
  const used = importedNames('@jibsa/programs', 'packages/programs');
  const types = typeOnlyExports(ENTRIES);
  for (const entry of Object.keys(ENTRIES) as (keyof typeof ENTRIES)[]) {
    it(entry, async () => {
      const names = [...Object.keys(await LOAD[entry]()), ...(types.get(entry) ?? [])];
      const unused = names.filter((n) => !used.get(entry)?.has(n));
      expect(unused, `exported by ${entry} but imported by nothing outside packages/programs`).toEqual([]);
    });
  }

  it('finds the imports and types it checks (sanity)', () => {
    expect(used.get('@jibsa/programs')?.has('screenHousehold')).toBe(true);
    expect(types.get('@jibsa/programs')).toContain('ProgramMetadata');
  });
});
