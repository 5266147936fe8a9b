import ts from 'typescript';
import type { Plugin } from 'vite';

/** Policy parameter files: their `note`s are research logs for maintainers (served by the API). */
const PARAMETER_FILE = /packages[\\/]programs[\\/]src[\\/].+parameters\.ts$/;
/**
 * Program metadata files: their `notes` (the page's research log) and `startedOn.note` are shown by
 * the API only; no page of the web app reads them.
 */
const METADATA_FILE = /packages[\\/]programs[\\/]src[\\/].+metadata\.ts$/;

/** Which note properties the build takes out of a source file (none: the file is bundled as written). */
export function researchNoteNames(id: string): string[] {
  if (PARAMETER_FILE.test(id)) return ['note'];
  if (METADATA_FILE.test(id)) return ['note', 'notes'];
  return [];
}

/**
 * Leaves the research notes on policy figures out of the browser bundle. The self-check shows a
 * figure's value, citation and 미확인 mark, never the note, and the notes grow with every source
 * checked; the API and the program data keep them.
 */
export function stripResearchNotes(): Plugin {
  return {
    name: 'jibsa:strip-research-notes',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      const names = researchNoteNames(id);
      return names.length ? { code: removeNoteProperties(code, id, names), map: null } : null;
    },
  };
}

/** Removes every `note: …` property of an object literal (with its comma), found by parsing, not by pattern. */
export function removeNoteProperties(code: string, fileName = 'parameters.ts', names = ['note']): string {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts: [number, number][] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      names.includes(node.name.text) &&
      ts.isObjectLiteralExpression(node.parent)
    ) {
      // The comma may follow comments: `note: '…' /* why */,` loses the comment with it.
      const comma = /^(?:\s|\/\*[\s\S]*?\*\/|\/\/[^\n]*\n)*,/.exec(code.slice(node.getEnd()));
      cuts.push([node.getStart(source), node.getEnd() + (comma ? comma[0].length : 0)]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = '';
  let at = 0;
  for (const [start, end] of cuts) {
    out += code.slice(at, start);
    at = end;
  }
  return out + code.slice(at);
}
