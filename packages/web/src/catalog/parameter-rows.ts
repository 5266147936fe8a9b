import { listParameters, type ParameterDef, type ParameterPeriod, type Program, type TableValue } from '@jibsa/rules';
import type { FigureRow } from './parts/Figures.tsx';

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The period in force on `date`, else the latest one (so a page still shows figures). */
export function periodFor(def: ParameterDef, date: string): { period: ParameterPeriod; to?: string } | null {
  const sorted = [...def.periods].sort((a, b) => a.from.localeCompare(b.from));
  let idx = -1;
  sorted.forEach((p, i) => {
    if (p.from <= date && (!p.to || p.to >= date)) idx = i;
  });
  if (idx === -1) idx = sorted.length - 1;
  const period = sorted[idx];
  if (!period) return null;
  const next = sorted[idx + 1];
  const to = period.to ?? (next ? dayBefore(next.from) : undefined);
  return to ? { period, to } : { period };
}

function flatten(value: number | TableValue, keys: string[], out: { keys: string[]; value: number }[]) {
  if (typeof value === 'number') out.push({ keys, value });
  else for (const [k, v] of Object.entries(value)) flatten(v, [...keys, k], out);
}

/** Every figure a program uses, as in force on `date`, one row per table cell. */
export function programFigures(program: Program, date: string): FigureRow[] {
  const rows: FigureRow[] = [];
  for (const def of listParameters(program)) {
    const found = periodFor(def, date);
    if (!found) continue;
    const cells: { keys: string[]; value: number }[] = [];
    flatten(found.period.value, [], cells);
    for (const c of cells) {
      rows.push({
        id: def.id,
        label: def.label,
        keys: c.keys,
        ...(def.dimensions ? { dims: def.dimensions } : {}),
        value: c.value,
        unit: def.unit,
        from: found.period.from,
        ...(found.to ? { to: found.to } : {}),
        citation: found.period.citation,
        evidence: found.period.cellEvidence?.[c.keys.join('.')] ?? found.period.evidence,
      });
    }
  }
  return rows;
}
