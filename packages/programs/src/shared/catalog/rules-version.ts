import { listParameters } from '@jibsa/rules';
import type { CatalogEntry } from './registry.ts';

/**
 * A short fingerprint of the program rules and figures a screening used (criteria, amounts,
 * parameter values, units and periods, start dates). A stored screening keeps it beside its
 * date, so a later reader can tell whether the rules and figures have changed since. It does
 * not cover the engine or the input preparation (address, age); the app version does. Citations
 * and research notes are left out: they explain figures without changing any result.
 */
export function rulesVersion(entries: readonly CatalogEntry[]): string {
  const cached = memo.get(entries);
  if (cached) return cached;
  const parts: string[] = [];
  for (const e of entries) {
    if (!e.program) continue;
    const params = listParameters(e.program).map((d) => [
      d.id,
      d.unit,
      d.dimensions ?? null,
      d.beyondMax ?? null,
      d.periods.map((p) => [p.from, p.to ?? null, p.value, p.evidence]),
    ]);
    // The start date alone, as before periods could end, so versions of unchanged rules stay the same.
    const f = e.program.inForce;
    const inForce = f?.until ? `${f.from ?? ''}..${f.until}` : (f?.from ?? null);
    parts.push(JSON.stringify([e.id, inForce, e.program.criteria, e.program.amount ?? null, params], byId));
  }
  const version = hash(parts.join('\n'));
  memo.set(entries, version);
  return version;
}

const memo = new WeakMap<readonly CatalogEntry[], string>();

/** Parameter definitions inside expressions are named, not repeated (their data is listed once). */
function byId(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && 'periods' in value && 'id' in value) return `param:${String(value.id)}`;
  return value;
}

/** Two 32-bit FNV-1a hashes with different offsets: 16 hex digits, plenty for telling versions apart. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
