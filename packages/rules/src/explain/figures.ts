import { periodInForce } from '../parameters/lookup.ts';
import type { ParameterDef } from '../parameters/types.ts';
import type { Program } from '../program/types.ts';
import type { Label } from '../schema/fields.ts';
import { formatNumber, formatValue } from './format.ts';

/**
 * Labels name a figure by its parameter instead of writing it down, so a label cannot go stale when
 * the figure changes: `{p:youth-rent.income-share}` becomes the figure in force on the evaluation
 * date with its unit ("60%", "200,000원"), `{n:youth-rent.age-max}` the bare number ("34", for "만
 * 19~34세"; a ratio as a percentage). Only scalar parameters the program knows can be named
 * (checked by defineProgram).
 */
export const FIGURE = /\{([pn]):([a-z0-9][a-z0-9.-]*)\}/g;

export function figureIds(text: string): string[] {
  return [...text.matchAll(FIGURE)].map((m) => m[2] as string);
}

/** One side of a label with its figures filled in as of `date`; "?" where no period covers the date. */
function fillText(text: string, params: ReadonlyMap<string, ParameterDef>, date: string, en: boolean): string {
  if (!text.includes('{')) return text;
  return text.replace(FIGURE, (_, kind: string, id: string) => {
    const def = params.get(id);
    const value = def && periodInForce(def, date)?.value;
    if (!def || typeof value !== 'number') return '?';
    if (kind === 'n') return formatNumber(def.unit === 'ratio' ? value * 100 : value);
    const f = formatValue(def.unit === 'bool' ? value !== 0 : value, def.unit === 'bool' ? null : def.unit);
    return en ? f.en : f.ko;
  });
}

export function fillFigures(label: Label, program: Program, date: string): Label {
  if (!label.ko.includes('{') && !label.en.includes('{')) return label;
  return {
    ko: fillText(label.ko, program.parameters, date, false),
    en: fillText(label.en, program.parameters, date, true),
  };
}
