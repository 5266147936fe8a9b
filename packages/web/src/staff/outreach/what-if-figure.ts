import {
  groupThousands,
  type MoneyUnit,
  moneyReadBack,
  moneyToText,
  parseMoney,
  unitFor,
} from '../../self-check/questionnaire/money.ts';
import type { WhatIfParameters } from './outreach-types.ts';

export type Parameter = WhatIfParameters['programs'][number]['parameters'][number];
type Lang = 'ko' | 'en';
/** What is typed for one value (a single figure's key is ''), with its 만원/원 choice for money. */
export type Typed = Record<string, { text: string; unit: MoneyUnit }>;
/** One figure to change: the program it was picked under, the figure, and what is typed for it. */
export interface FigureChange {
  readonly programId: string;
  readonly parameterId: string;
  readonly typed: Typed;
}

/** At most this many figures in one run (the API's limit). */
export const MAX_FIGURES = 10;

export const isMoney = (p: Parameter) => p.unit.startsWith('KRW');
export const cells = (p: Parameter) =>
  typeof p.value === 'number' ? [{ key: '', label: null, value: p.value }] : p.value.map((c) => ({ ...c }));

/**
 * The form's ids for figure `index`: the first keeps the ids the form had when it changed one
 * figure only; the others are numbered from 2 (a table's cell ids end in its key, such as a size).
 */
export function figureIds(index: number) {
  const base = index === 0 ? 'what-if' : `what-if-f${index + 1}`;
  return {
    program: `${base}-program`,
    parameter: `${base}-parameter`,
    value: (key: string) => (key === '' ? `${base}-value` : `${base}-value-${key}`),
  };
}

/** A figure as people read it: 48 %, 월 256만 4,238원, 2,000. */
export function valueText(p: Parameter, v: number, lang: Lang): string {
  if (p.unit === 'ratio') return `${groupThousands(String(Math.round(v * 1e6) / 1e4))} %`;
  if (isMoney(p)) return moneyReadBack(v, p.unit === 'KRW/month', lang);
  return groupThousands(String(v));
}

/** The field's starting text: the current value, so a person changes it rather than types it anew. */
export function typedFor(p: Parameter): Typed {
  return Object.fromEntries(
    cells(p).map((c) => {
      if (isMoney(p)) return [c.key, { text: moneyToText(c.value, unitFor(c.value)), unit: unitFor(c.value) }];
      const text = p.unit === 'ratio' ? String(Math.round(c.value * 1e6) / 1e4) : String(c.value);
      return [c.key, { text, unit: 'won' as MoneyUnit }];
    }),
  );
}

/** What was typed as the API's value (a ratio typed in %), or null where a cell is not a number. */
export function typedValue(p: Parameter, typed: Typed): Record<string, number | null> {
  return Object.fromEntries(
    cells(p).map((c) => {
      const t = typed[c.key] ?? { text: '', unit: 'won' };
      if (isMoney(p)) return [c.key, parseMoney(t.text, t.unit)];
      // "50%" is how a rate is written: the sign is allowed, as the field asks for a percentage.
      const text = p.unit === 'ratio' ? t.text.replace(/\s*[%％]\s*$/, '') : t.text;
      const n = text.trim() === '' ? Number.NaN : Number(text.replace(/,/g, ''));
      if (!Number.isFinite(n)) return [c.key, null];
      return [c.key, p.unit === 'ratio' ? Math.round(n * 1e6) / 1e8 : n];
    }),
  );
}

/** The figure `change` names in `params`, if any. */
export function parameterOf(params: WhatIfParameters, change: FigureChange): Parameter | undefined {
  return params.programs.find((p) => p.id === change.programId)?.parameters.find((x) => x.id === change.parameterId);
}

/** A change to program `programId`'s figure `parameterId` (its first when not given), starting from today's value. */
export function changeFor(params: WhatIfParameters, programId: string, parameterId?: string): FigureChange {
  const program = params.programs.find((p) => p.id === programId);
  const parameter = program?.parameters.find((x) => x.id === parameterId) ?? program?.parameters[0];
  return { programId, parameterId: parameter?.id ?? '', typed: parameter ? typedFor(parameter) : {} };
}

/**
 * Where a server error belongs on the form: "overrides.1.value.3" at figure 2's cell 3,
 * "overrides.0.parameter" at figure 1's choice of figure; null for a path of no figure.
 */
export function fieldOfError(path: string): { index: number; fieldId: string; parameter: boolean } | null {
  const m = /^overrides\.(\d+)\.(parameter|value)(?:\.(.+))?$/.exec(path);
  if (!m) return null;
  const index = Number(m[1]);
  const ids = figureIds(index);
  return m[2] === 'parameter'
    ? { index, fieldId: ids.parameter, parameter: true }
    : { index, fieldId: ids.value(m[3] ?? ''), parameter: false };
}

/**
 * The figure to add after `changes`: the next figure of the last one's program that no change
 * names yet (a figure given twice is refused), else the first such figure of any program.
 */
export function nextChange(params: WhatIfParameters, changes: readonly FigureChange[]): FigureChange {
  const used = new Set(changes.map((c) => c.parameterId));
  const last = changes.at(-1)?.programId;
  const ordered = [...params.programs].sort((a, b) => Number(b.id === last) - Number(a.id === last));
  for (const p of ordered) {
    const free = p.parameters.find((x) => !used.has(x.id));
    if (free) return changeFor(params, p.id, free.id);
  }
  return changeFor(params, last ?? params.programs[0]?.id ?? '');
}

/** The API takes a ratio from 0 to 10 (0.48 is 48 %): said in the percent the field asks for. */
export const MAX_RATIO = 10;
export const ratioOutOfRange = (p: Parameter, v: number | null) =>
  p.unit === 'ratio' && v !== null && (v < 0 || v > MAX_RATIO);
