import { createHash } from 'node:crypto';
import { catalog, rulesVersion } from '@jibsa/programs';
import { listParameters, type ParameterDef, periodEnd, periodInForce } from '@jibsa/rules';

/** Every parameter a catalog screening may read, once each, in id order. */
const DEFS: readonly ParameterDef[] = (() => {
  const byId = new Map<string, ParameterDef>();
  for (const e of catalog)
    for (const d of e.program ? listParameters(e.program) : []) byId.set(d.id, byId.get(d.id) ?? d);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
})();

export interface ParameterListBody {
  /** The JSON text, made once per date and sent as is. */
  readonly json: string;
  /** A strong validator of exactly that text. */
  readonly etag: string;
}

/** The parameter list in force on `date`, as JSON. */
function build(date: string): ParameterListBody {
  const parameters = [];
  for (const def of DEFS) {
    const p = periodInForce(def, date);
    if (!p) continue;
    const to = periodEnd(def, p);
    parameters.push({
      id: def.id,
      label: def.label,
      unit: def.unit,
      ...(def.dimensions ? { dimensions: def.dimensions } : {}),
      from: p.from,
      ...(to ? { to } : {}),
      value: p.value,
      citation: p.citation,
      evidence: p.evidence,
      ...(p.cellEvidence ? { cellEvidence: p.cellEvidence } : {}),
      ...(p.note ? { note: p.note } : {}),
    });
  }
  const json = JSON.stringify({ date, rulesVersion: rulesVersion(catalog), parameters });
  return { json, etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"` };
}

// Most requests ask for today or a few dates of interest; the rules only change with a release,
// so a small memo keeps each list made once and bounds memory against scans over many dates.
const MEMO_SIZE = 64;
const memo = new Map<string, ParameterListBody>();

export function parameterList(date: string): ParameterListBody {
  let body = memo.get(date);
  if (body) return body;
  body = build(date);
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  memo.set(date, body);
  return body;
}

/** Whether an If-None-Match header names this ETag (a list, `*`, or weak forms all count, as RFC 9110 says). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
