import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { removeNoteProperties } from '../build/strip-research-notes.ts';

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
