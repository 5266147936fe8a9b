import { isIsoDate } from '../util/dates.ts';
import { EVIDENCE_GRADES, type ParameterDef, type TableValue } from './types.ts';

/**
 * The one id style for programs and parameters: lower-case kebab-case words joined by dots,
 * the first word naming the program folder ("housing-benefit.rent-cap-multiple", "public-rental.happy-youth").
 */
const DOTTED_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

export function isDottedId(id: string): boolean {
  return DOTTED_ID.test(id);
}

/**
 * Problems in parameter data written by policy researchers, found when a program is defined.
 * Returns human-readable problems; the caller decides how to report them.
 */
export function parameterProblems(def: ParameterDef): string[] {
  const out: string[] = [];
  if (!isDottedId(def.id)) out.push(`id "${def.id}" is not dotted kebab-case (e.g. "housing-benefit.standard-rent")`);
  if (!def.periods.length) out.push('has no periods');
  const depth = def.dimensions?.length ?? 0;
  const sorted = [...def.periods].sort((a, b) => (a.from < b.from ? -1 : 1));
  sorted.forEach((p, i) => {
    const at = `period from ${p.from}`;
    if (!isIsoDate(p.from)) out.push(`${at}: "from" is not an ISO date`);
    if (p.to !== undefined && (!isIsoDate(p.to) || p.to < p.from)) {
      out.push(`${at}: "to" must be an ISO date on or after "from"`);
    }
    const next = sorted[i + 1];
    if (next && (next.from === p.from || (p.to !== undefined && p.to >= next.from))) {
      out.push(`${at}: overlaps the period from ${next.from}`);
    }
    if (!p.citation?.title || !p.citation.url) out.push(`${at}: citation needs a title and url`);
    if (!EVIDENCE_GRADES.includes(p.evidence)) out.push(`${at}: evidence must be one of ${EVIDENCE_GRADES.join(', ')}`);
    for (const [cell, grade] of Object.entries(p.cellEvidence ?? {})) {
      if (!EVIDENCE_GRADES.includes(grade))
        out.push(`${at}: cell ${cell} evidence must be one of ${EVIDENCE_GRADES.join(', ')}`);
    }
    const shape = shapeProblem(p.value, depth);
    if (shape) out.push(`${at}: ${shape}`);
  });
  return out;
}

function shapeProblem(value: number | TableValue, depth: number): string | undefined {
  if (depth === 0) {
    return typeof value === 'number' && Number.isFinite(value) ? undefined : 'scalar parameter needs a finite number';
  }
  if (typeof value === 'number') return `expected a table with ${depth} dimension(s), got a number`;
  const entries = Object.entries(value);
  if (!entries.length) return 'empty table';
  for (const [k, child] of entries) {
    const inner = shapeProblem(child, depth - 1);
    if (inner) return `key "${k}": ${inner}`;
  }
  return undefined;
}
