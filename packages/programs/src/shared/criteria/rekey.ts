import type { ParameterDef, TableValue } from '@jibsa/rules';

/**
 * A table parameter re-keyed on one dimension, e.g. 급지 "1".."4" → our region enum.
 * The data stays as cited; only the lookup key changes, and every period keeps its citation.
 */
export function rekey(
  def: ParameterDef,
  opts: { id: string; dimension: string; map: Readonly<Record<string, string>> },
): ParameterDef {
  const dims = def.dimensions ?? [];
  const depth = dims.indexOf(opts.dimension);
  if (depth < 0) throw new Error(`${def.id} has no dimension ${opts.dimension}`);
  const remap = (t: number | TableValue, level: number): number | TableValue => {
    if (typeof t === 'number') return t;
    if (level === depth) {
      const out: Record<string, number | TableValue> = {};
      for (const [newKey, oldKey] of Object.entries(opts.map)) {
        const hit = t[oldKey];
        if (hit !== undefined) out[newKey] = hit;
      }
      return out;
    }
    return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, remap(v, level + 1)]));
  };
  return {
    ...def,
    id: opts.id,
    derivedFrom: [def.id, ...(def.derivedFrom ?? [])],
    dimensions: dims.map((d) => (d === opts.dimension ? 'region' : d)),
    periods: def.periods.map((p) => ({ ...p, value: remap(p.value, 0) })),
  };
}

/** Periods of several parameters that cover different years, joined into one (keys must agree). */
export function joinPeriods(id: string, label: ParameterDef['label'], parts: readonly ParameterDef[]): ParameterDef {
  const first = parts[0];
  if (!first) throw new Error(`joinPeriods(${id}) needs parameters`);
  const derivedFrom = parts.flatMap((p) => [p.id, ...(p.derivedFrom ?? [])]);
  return { ...first, id, label, derivedFrom, periods: parts.flatMap((p) => p.periods) };
}
