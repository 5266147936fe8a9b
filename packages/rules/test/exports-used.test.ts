import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Folders whose code uses the engine from outside (tests included: they call the public API too). */
const USERS = ['packages', 'cli', 'bench', 'e2e'];

/** Exports kept with no user outside the engine, each with why. */
const KEPT: Readonly<Record<string, string>> = {
  date: 'the schema builder for date inputs the engine supports (DateField); households give ages today',
};

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'dist' || e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) sourceFiles(p, out);
    else if (/\.(ts|tsx|mts)$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Names imported from each engine entry point by code outside packages/rules. */
function importedNames(): Map<string, Set<string>> {
  const byEntry = new Map<string, Set<string>>();
  const files = USERS.flatMap((d) => sourceFiles(path.join(ROOT, d))).filter(
    (f) => !f.startsWith(path.join(ROOT, 'packages', 'rules') + path.sep),
  );
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    for (const m of text.matchAll(
      /(?:import|export)\s+(?:type\s+)?\{([^}]*)\}\s*from\s*'(@jibsa\/rules(?:\/\w+)?)'/g,
    )) {
      const names = byEntry.get(m[2] as string) ?? new Set<string>();
      for (const part of (m[1] as string).split(',')) {
        const name = part
          .trim()
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)[0];
        if (name) names.add(name);
      }
      byEntry.set(m[2] as string, names);
    }
  }
  return byEntry;
}

const ENTRIES = {
  '@jibsa/rules': 'packages/rules/src/index.ts',
  '@jibsa/rules/batch': 'packages/rules/src/batch.ts',
  '@jibsa/rules/sql': 'packages/rules/src/sql.ts',
} as const;

/** Per entry point, the names it exports as types only (no runtime value), read by the compiler. */
function typeOnlyExports(): Map<string, string[]> {
  const files = Object.values(ENTRIES).map((f) => path.join(ROOT, f));
  const program = ts.createProgram(files, {
    allowImportingTsExtensions: true,
    noEmit: true,
    noResolve: false,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
  });
  const checker = program.getTypeChecker();
  const out = new Map<string, string[]>();
  for (const [entry, file] of Object.entries(ENTRIES)) {
    const source = program.getSourceFile(path.join(ROOT, file));
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`cannot read ${file}`);
    const names = checker
      .getExportsOfModule(module)
      .filter((s) => {
        const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
        return !(target.flags & ts.SymbolFlags.Value);
      })
      .map((s) => s.name);
    out.set(entry, names);
  }
  return out;
}

describe('every value the engine exports has a user outside the engine', () => {
  const used = importedNames();
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
  const used = importedNames();
  const types = typeOnlyExports();
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
