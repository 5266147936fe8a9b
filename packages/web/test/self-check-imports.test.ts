import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const WEB = path.join(ROOT, 'packages/web/src');

/** Workspace packages by name, resolved through their package.json `exports` (what Vite reads). */
function resolvePackage(spec: string): string | null {
  const m = /^@jibsa\/([^/]+)(\/.+)?$/.exec(spec);
  if (!m) return null; // react and other npm packages
  const dir = path.join(ROOT, 'packages', m[1] as string);
  const exports = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).exports as Record<string, string>;
  const target = exports[m[2] ? `.${m[2]}` : '.'];
  if (!target) throw new Error(`${spec} is not exported`);
  return path.join(dir, target);
}

/** What a module loads with it: static imports and re-exports that are not type-only (dynamic import() loads later). */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  for (const s of source.statements) {
    const spec =
      ts.isImportDeclaration(s) && !s.importClause?.isTypeOnly
        ? s.moduleSpecifier
        : ts.isExportDeclaration(s) && !s.isTypeOnly
          ? s.moduleSpecifier
          : undefined;
    if (!spec || !ts.isStringLiteral(spec) || spec.text.endsWith('.css')) continue;
    const resolved = spec.text.startsWith('.')
      ? path.resolve(path.dirname(file), spec.text)
      : resolvePackage(spec.text);
    if (resolved) out.push(resolved);
  }
  return out;
}

/** Every source file the self-check route can load: the app's entry and the self-check area, followed statically. */
function selfCheckGraph(): Set<string> {
  const seen = new Set<string>();
  const todo = [path.join(WEB, 'main.tsx'), path.join(WEB, 'self-check/CheckRoutes.tsx')];
  for (let file = todo.pop(); file; file = todo.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...staticImports(file));
  }
  return new Set([...seen].map((f) => path.relative(ROOT, f)));
}

/**
 * The self-check's JavaScript has a budget (bench: "Self-check route JS"). A barrel import may
 * still pull in more than the bundler keeps, so this over-approximates: what it does not reach,
 * the self-check cannot load. Research notes are stripped at build (strip-research-notes.test.ts).
 */
describe("what stays out of the self-check's bundle", () => {
  const graph = selfCheckGraph();

  it('follows the real graph (the program rules and the result page are in it)', () => {
    expect(graph).toContain('packages/programs/src/shared/screen/screen.ts');
    expect(graph).toContain('packages/programs/src/programs/housing-benefit/metadata.ts');
    expect(graph).toContain('packages/web/src/self-check/result/ProgramCard.tsx');
  });

  it("no program page's texts (about.ts), shown by the catalog and the API only", () => {
    expect([...graph].filter((f) => /about\.ts$|shared\/catalog\/texts\.ts$/.test(f))).toEqual([]);
  });

  it('no staff screens, no consultation form (loaded when opened), no server or batch/SQL code', () => {
    const banned =
      /^packages\/(web\/src\/(staff|consult)\/|server\/|rules\/src\/(batch|sql|eval-batch)|programs\/src\/batch)/;
    expect([...graph].filter((f) => banned.test(f))).toEqual([]);
  });
});
