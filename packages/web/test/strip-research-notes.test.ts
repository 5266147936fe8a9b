import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { removeNoteProperties, researchNoteNames } from '../build/strip-research-notes.ts';

describe('research notes stay out of the browser bundle', () => {
  it('removes note properties and keeps everything else, commas and backticks included', () => {
    const code = `const N = "shared, text";
export const p = { id: "x", periods: [
  { from: "2024-01-01", value: 1, note: \`a \${N}, with "quotes", and {braces}\`, verified: false },
  { from: '2025-01-01', value: 2, verified: true, note: 'last, with comma' },
], label: { note: 1 } };`;
    const out = removeNoteProperties(code);
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    expect(flat(out)).toBe(
      flat(`const N = "shared, text";
export const p = { id: "x", periods: [
  { from: "2024-01-01", value: 1, verified: false },
  { from: '2025-01-01', value: 2, verified: true, },
], label: { } };`),
    );
    expect(ts.transpileModule(out, { reportDiagnostics: true }).diagnostics).toEqual([]);
  });

  it('takes the comma after a trailing comment too', () => {
    const out = removeNoteProperties(
      "const p = { a: 1, note: 'x' /* why */, b: 2, note2: 3, c: { note: 'y' // why\n, d: 4 } };",
    );
    expect(ts.transpileModule(out, { reportDiagnostics: true }).diagnostics).toEqual([]);
    expect(out).toContain('b: 2');
    expect(out).toContain('note2: 3');
    expect(out).toContain('d: 4');
    expect(out).not.toMatch(/note:/);
  });

  it("takes a metadata file's notes when asked, and only the names asked", () => {
    const code = "const m = { id: 'x', notes: 'log, long', startedOn: { date: 'd', note: 'why' }, notesCount: 1 };";
    const out = removeNoteProperties(code, 'metadata.ts', ['note', 'notes']);
    expect(ts.transpileModule(out, { reportDiagnostics: true }).diagnostics).toEqual([]);
    expect(out).not.toMatch(/notes:|note:/);
    expect(out).toContain('notesCount: 1');
    expect(removeNoteProperties(code)).toContain("notes: 'log, long'");
  });

  it('leaves a real parameter file valid and every figure in place', () => {
    const file = path.resolve(import.meta.dirname, '../../programs/src/programs/housing-benefit/parameters.ts');
    const code = fs.readFileSync(file, 'utf8');
    const out = removeNoteProperties(code, file);
    expect(out).not.toMatch(/\bnote:/);
    expect(code).toMatch(/\bnote:/);
    for (const figure of ['369_000', '247_000', '233_000', "evidence: 'single'"]) expect(out).toContain(figure);
  });
});

describe('every file that writes research notes is one the build strips', () => {
  const SRC = path.resolve(import.meta.dirname, '../../programs/src');
  /** Written notes that are not research: a notice's figure says where the center copied it from. */
  const NOT_RESEARCH = ['shared/notices/limits.ts'];

  /** The note/notes properties of a file written out as text (a research log), not read from elsewhere. */
  function writtenNotes(file: string): string[] {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const found: string[] = [];
    const visit = (node: ts.Node): void => {
      if (
        ts.isPropertyAssignment(node) &&
        ts.isIdentifier(node.name) &&
        (node.name.text === 'note' || node.name.text === 'notes') &&
        (ts.isStringLiteralLike(node.initializer) ||
          ts.isTemplateExpression(node.initializer) ||
          (ts.isBinaryExpression(node.initializer) && node.initializer.operatorToken.kind === ts.SyntaxKind.PlusToken))
      ) {
        found.push(node.name.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  }

  it('finds them by their properties, whatever the file is called', () => {
    const files = fs.readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const withNotes = files.filter((f) => writtenNotes(path.join(SRC, f)).length > 0);
    expect(withNotes).toContain('programs/housing-benefit/parameters.ts');
    expect(withNotes).toContain('shared/income-assessment/car-parameters.ts');
    const unstripped = withNotes.filter((f) => {
      const names = researchNoteNames(path.join(SRC, f));
      return !NOT_RESEARCH.includes(f) && writtenNotes(path.join(SRC, f)).some((n) => !names.includes(n));
    });
    expect(unstripped).toEqual([]);
  });

  it('and no file has to be stripped to keep the texts out: the program pages live in about.ts', () => {
    expect(researchNoteNames(path.join(SRC, 'programs/youth-rent/about.ts'))).toEqual([]);
    expect(researchNoteNames(path.join(SRC, 'programs/youth-rent/metadata.ts'))).toEqual(['note', 'notes']);
  });
});
