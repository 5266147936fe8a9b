import { catalog, householdSchema } from '@jibsa/programs';
import {
  type Citation,
  type Evidence,
  type FieldDef,
  type Label,
  type ParameterDef,
  periodInForce,
  type Unit,
} from '@jibsa/rules';

/** One cell of a one-dimension table, with words for its key. */
export interface KeyedValue {
  key: string;
  label: Label;
  value: number;
}

/** A figure the city may try another value for: what "지금 값" shows, and where it comes from. */
export interface WhatIfParameter {
  id: string;
  label: Label;
  unit: Exclude<Unit, 'bool'>;
  /** The table's dimension with its words; null for a single number. */
  dimension: { id: string; label: Label } | null;
  /** A number, or the table's cells in key order. */
  value: number | KeyedValue[];
  /** First day the current value is in force. */
  from: string;
  citation: Citation;
  evidence: Evidence;
  /** Every program of the catalog that reads the figure (changing it changes them all). */
  readBy: { id: string; label: Label }[];
}

export interface WhatIfProgram {
  id: string;
  label: Label;
  parameters: WhatIfParameter[];
}

const SIZE: Label = { ko: '가구원 수', en: 'household size' };

/** The words for a table's dimension and its keys: a household or member field's, else the key itself. */
function dimensionWords(id: string): { label: Label; key: (k: string) => Label } {
  if (id === 'householdSize')
    return { label: SIZE, key: (k) => ({ ko: `${k}인`, en: `${k} ${k === '1' ? 'person' : 'people'}` }) };
  const fields: Readonly<Record<string, FieldDef | undefined>> = {
    ...householdSchema.member,
    ...householdSchema.household,
  };
  const field = fields[id];
  const values = field?.type === 'enum' ? field.valueLabels : undefined;
  return { label: field?.label ?? { ko: id, en: id }, key: (k) => values?.[k] ?? { ko: k, en: k } };
}

/**
 * The figures a policy what-if may change on `date`, by program in catalog order: those a rule
 * reads that are a number or a one-dimension table (a yes/no figure or a two-dimension table is
 * left out: a form of one field or one column is what a person can fill in), with a value in force
 * on the date.
 */
export function whatIfParameters(date: string): WhatIfProgram[] {
  const readers = new Map<string, { id: string; label: Label }[]>();
  for (const e of catalog) {
    if (!e.program) continue;
    const reader = { id: e.id, label: e.program.label };
    for (const id of e.program.parameters.keys()) readers.set(id, [...(readers.get(id) ?? []), reader]);
  }
  return catalog.flatMap((e) => {
    if (!e.program) return [];
    const parameters = [...e.program.parameters.values()]
      .flatMap((d) => {
        const shown = show(d, date, readers.get(d.id) ?? []);
        return shown ? [shown] : [];
      })
      .sort((a, b) => rank(a.id) - rank(b.id));
    return parameters.length ? [{ id: e.id, label: e.program.label, parameters }] : [];
  });
}

/**
 * The program's own line first (선정기준, 소득기준), the figures of the shared 소득인정액 sum last:
 * the form opened on "청년 근로소득 추가 공제 최고 연령" for 주거급여, one of 27, where a city asks
 * first what raising the line would do. Otherwise in the program's order (the sort is stable).
 */
function rank(id: string): number {
  if (/selection-rate|income-rate|income-limit/.test(id)) return 0;
  return id.startsWith('income-assessment.') ? 2 : 1;
}

function show(def: ParameterDef, date: string, readBy: WhatIfParameter['readBy']): WhatIfParameter | undefined {
  const depth = def.dimensions?.length ?? 0;
  if (def.unit === 'bool' || depth > 1) return undefined;
  const period = periodInForce(def, date);
  if (!period) return undefined;
  const dim = def.dimensions?.[0];
  const words = dim === undefined ? undefined : dimensionWords(dim);
  const value =
    typeof period.value === 'number'
      ? period.value
      : Object.entries(period.value).map(([key, v]) => ({
          key,
          label: (words as NonNullable<typeof words>).key(key),
          value: v as number,
        }));
  return {
    id: def.id,
    label: def.label,
    unit: def.unit,
    dimension: dim === undefined ? null : { id: dim, label: (words as NonNullable<typeof words>).label },
    value,
    from: period.from,
    citation: period.citation,
    evidence: period.evidence,
    readBy,
  };
}
