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

/**
 * Exports no code outside packages/programs imports yet: debt, not an exception (some serve the
 * package's own scripts and tests, which import their modules directly).
 * The test fails when a new one appears and when one is removed or used without being struck off.
 */
const NOT_YET_USED: Readonly<Record<string, readonly string[]>> = {
  '@jibsa/programs': [
    'PROGRAM_AGENCIES',
    'allParameters',
    'evidenceCounts',
    'renderUnverified',
    'unverifiedPeriods',
    'FIRST_YEAR',
    'yearsCovered',
    'yearVerified',
    'addressToRegion',
    'prepareHousehold',
    'LOCAL_PROGRAM_FORMAT',
    'loadLocalProgram',
    'loadLocalPrograms',
    'validateLocalProgram',
    'CLOSING_SOON_DAYS',
    'noticeLimitsProgram',
    'UnverifiedRow',
    'ApplyChannel',
    'Audience',
    'HelpType',
    'Address',
    'LocalProgramError',
    'LocalProgramFile',
    'LoadResult',
    'NoticeState',
    'HousingType',
    'NoticeLimits',
    'NoticeSource',
    'NoticeLike',
    'NoticeTerms',
    'IncomeBreakdown',
    'ScreenOutcome',
  ],
  '@jibsa/programs/catalog-texts': ['CatalogTexts'],
};

describe('every value and type the programs package exports has a user outside it', () => {
  const used = importedNames('@jibsa/programs', 'packages/programs');
  const types = typeOnlyExports(ENTRIES);
  for (const entry of Object.keys(ENTRIES) as (keyof typeof ENTRIES)[]) {
    it(entry, async () => {
      const names = [...Object.keys(await LOAD[entry]()), ...(types.get(entry) ?? [])];
      const unused = names.filter((n) => !used.get(entry)?.has(n));
      expect(unused.sort(), `exported by ${entry} but imported by nothing outside packages/programs`).toEqual(
        [...(NOT_YET_USED[entry] ?? [])].sort(),
      );
    });
  }

  it('finds the imports and types it checks (sanity)', () => {
    expect(used.get('@jibsa/programs')?.has('screenHousehold')).toBe(true);
    expect(types.get('@jibsa/programs')).toContain('ProgramMetadata');
  });
});
