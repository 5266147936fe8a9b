import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalProgramId, catalog, findProgram, PROGRAM_ID_ALIASES } from '../src/index.ts';
import { allParameters } from '../src/shared/catalog/audit.ts';

/**
 * The one id rule (README.md, "Ids"), read from the folders themselves:
 * - a program's id is its folder's name (src/programs/<folder>/) when the folder holds one program,
 *   else `<folder>.<member>`, the member one kebab-case word group;
 * - a parameter's id starts with `<folder>.` of the folder that defines it (src/programs/<folder>/
 *   or src/shared/<module>/).
 */
const KEBAB = '[a-z0-9]+(?:-[a-z0-9]+)*';
const src = new URL('../src/', import.meta.url);
const dirs = (under: string) =>
  readdirSync(new URL(under, src), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ name: d.name, url: new URL(`${under}${d.name}/`, src) }));
const programFolders = dirs('programs/');
const sharedModules = dirs('shared/');

interface Found {
  readonly programs: Set<string>;
  readonly parameters: Set<string>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Every program (rules or metadata) and parameter a folder's modules export, alone or in a list. */
async function exportsOf(folder: URL): Promise<Found> {
  const found: Found = { programs: new Set(), parameters: new Set() };
  const files = readdirSync(folder).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  for (const file of files) {
    const mod: Record<string, unknown> = await import(new URL(file, folder).href);
    for (const value of Object.values(mod)) {
      for (const v of Array.isArray(value) ? value : [value]) {
        if (!isRecord(v) || typeof v.id !== 'string') continue;
        if (Array.isArray(v.periods)) found.parameters.add(v.id);
        else if (isRecord(v.criteria) || isRecord(v.apply)) found.programs.add(v.id);
      }
    }
  }
  return found;
}

const byFolder = new Map<string, Found>();
for (const f of [...programFolders, ...sharedModules]) byFolder.set(f.name, await exportsOf(f.url));

describe('one id rule for programs', () => {
  const folderOf = (id: string) => programFolders.filter((f) => byFolder.get(f.name)?.programs.has(id));

  for (const entry of catalog) {
    it(`${entry.id} is its folder's name, or <folder>.<member> when the folder holds several`, () => {
      const owners = folderOf(entry.id);
      expect(owners.map((f) => f.name)).toHaveLength(1);
      const folder = owners[0]?.name ?? '';
      const siblings = catalog.filter((e) => folderOf(e.id)[0]?.name === folder);
      if (siblings.length === 1) expect(entry.id).toBe(folder);
      else expect(entry.id).toMatch(new RegExp(`^${folder}\\.${KEBAB}$`));
    });
  }

  it('every program a folder defines follows the same rule, screened or not', () => {
    const wrong = programFolders.flatMap((f) =>
      [...(byFolder.get(f.name)?.programs ?? [])].filter(
        (id) => id !== f.name && !new RegExp(`^${f.name}\\.${KEBAB}$`).test(id),
      ),
    );
    expect(wrong).toEqual([]);
  });

  it('the rule finds every folder (a folder that holds no program would be a mistake in this test)', () => {
    for (const f of programFolders) expect(byFolder.get(f.name)?.programs.size, f.name).toBeGreaterThan(0);
  });
});

describe('one id rule for parameters', () => {
  it("every parameter a folder defines starts with the folder's name", () => {
    const wrong = [...byFolder].flatMap(([folder, found]) =>
      [...found.parameters].filter((id) => !id.startsWith(`${folder}.`)).map((id) => `${folder}: ${id}`),
    );
    expect(wrong).toEqual([]);
  });

  it('every parameter the programs read is dotted kebab-case under a program folder or shared module', () => {
    const prefixes = [...byFolder.keys()];
    const dotted = new RegExp(`^${KEBAB}(?:\\.${KEBAB})+$`);
    const wrong = allParameters()
      .map((d) => d.id)
      .filter((id) => !dotted.test(id) || !prefixes.some((p) => id.startsWith(`${p}.`)));
    expect(wrong).toEqual([]);
  });

  it('the folders define parameters (the scan above reads something)', () => {
    const defined = [...byFolder.values()].reduce((n, f) => n + f.parameters.size, 0);
    expect(defined).toBeGreaterThan(80);
  });
});

describe('old program ids (PROGRAM_ID_ALIASES)', () => {
  const ids = new Set(catalog.map((e) => e.id));

  it('each old id names a program of today, and no old id is a current id; none is ever dropped', () => {
    // Eight came with the rule (README.md, "Old program ids"); a line removed would break old links.
    expect(Object.keys(PROGRAM_ID_ALIASES).length).toBeGreaterThanOrEqual(8);
    expect(PROGRAM_ID_ALIASES['housing-benefit-rent']).toBe('housing-benefit.rent');
    for (const [old, now] of Object.entries(PROGRAM_ID_ALIASES)) {
      expect(ids.has(now), `${old} → ${now}`).toBe(true);
      expect(ids.has(old), old).toBe(false);
    }
  });

  it('an old id finds the same entry as its new id; current and unknown ids pass unchanged', () => {
    for (const [old, now] of Object.entries(PROGRAM_ID_ALIASES)) {
      expect(canonicalProgramId(old)).toBe(now);
      expect(findProgram(old)?.id).toBe(now);
    }
    expect(canonicalProgramId('youth-rent')).toBe('youth-rent');
    expect(canonicalProgramId('constructor')).toBe('constructor');
    expect(findProgram('constructor')).toBeUndefined();
  });
});
