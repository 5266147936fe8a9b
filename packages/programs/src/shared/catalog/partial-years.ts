import {
  listParameters,
  type ParameterDef,
  type ParameterPeriod,
  type Program,
  periodEnd,
  type TableValue,
} from '@jibsa/rules';

/**
 * Of `years`, those in which some table the program reads lacks cells that other years of the
 * same table have (e.g. 기준임대료 2025 with only 1·3급지): the program can be screened that
 * year, but not for every household. Cells no year has are not counted: nothing says they exist.
 */
export function partialYears(program: Program, years: readonly number[]): number[] {
  const tables = listParameters(program).filter((d) => d.periods.some((p) => typeof p.value === 'object'));
  const gaps = tables.flatMap((d) => partialSpans(d));
  return years.filter((y) => gaps.some((g) => g.start <= `${y}-12-31` && g.end >= `${y}-01-01`));
}

function partialSpans(def: ParameterDef): { start: string; end: string }[] {
  const sorted = [...def.periods].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const cellsOf = new Map<ParameterPeriod, Set<string>>(sorted.map((p) => [p, cells(p.value)]));
  const all = new Set([...cellsOf.values()].flatMap((s) => [...s]));
  return sorted.flatMap((p) => {
    if ((cellsOf.get(p)?.size ?? 0) >= all.size) return [];
    return [{ start: p.from, end: periodEnd(def, p) ?? '9999-12-31' }];
  });
}

function cells(value: number | TableValue, prefix = ''): Set<string> {
  if (typeof value === 'number') return new Set([prefix]);
  return new Set(Object.entries(value).flatMap(([k, v]) => [...cells(v, `${prefix}/${k}`)]));
}
