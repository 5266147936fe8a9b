import { periodInForce, sameValueRun } from '../parameters/lookup.ts';
import type { ParameterDef } from '../parameters/types.ts';
import type { Program } from '../program/types.ts';
import type { Label } from '../schema/fields.ts';
import { formatNumber, formatValue, wonWords } from './format.ts';

/**
 * Labels name a figure by its parameter instead of writing it down, so a label cannot go stale when
 * the figure changes: `{p:youth-rent.income-share}` becomes the figure in force on the evaluation
 * date with its unit ("60%", "200,000원"), `{n:youth-rent.age-max}` the bare number ("34", for "만
 * 19~34세"; a ratio as a percentage), `{w:youth-rent.max-deposit}` an amount of won as people write it
 * ("5천만원", "50 million won": catalog texts in plain words), and the years its value has held, so
 * the words around a rate change with it: `{s:id}` the first year ("2024", for "2024년부터") and
 * `{y:id}` the first to the latest year it is dated ("2024~2026", "2024–2026"; one year alone when
 * they are the same). Only scalar parameters the program knows can be named (checked by defineProgram).
 */
export const FIGURE = /\{([pnwsy]):([a-z0-9][a-z0-9.-]*)\}/g;

export function figureIds(text: string): string[] {
  return [...text.matchAll(FIGURE)].map((m) => m[2] as string);
}

/**
 * Figures as filled in on one date, per program (the last date asked: a screening fills the same
 * labels for every program on one date, many times). By the whole placeholder ("{p:id}"), per
 * language; and static labels by identity.
 */
interface Filled {
  readonly date: string;
  readonly ko: Map<string, string>;
  readonly en: Map<string, string>;
  readonly labels: WeakMap<Label, Label>;
}
const filledBy = new WeakMap<Program, Filled>();

function filledFor(program: Program, date: string): Filled {
  let f = filledBy.get(program);
  if (f === undefined || f.date !== date) {
    f = { date, ko: new Map(), en: new Map(), labels: new WeakMap() };
    filledBy.set(program, f);
  }
  return f;
}

/** One side of a label with its figures filled in as of `date`; "?" where no period covers the date. */
function fillText(text: string, program: Program, filled: Filled, en: boolean): string {
  if (!text.includes('{')) return text;
  const cache = en ? filled.en : filled.ko;
  return text.replace(FIGURE, (whole: string, kind: string, id: string) => {
    let out = cache.get(whole);
    if (out === undefined) {
      out = figureText(program.parameters, filled.date, en, kind, id);
      cache.set(whole, out);
    }
    return out;
  });
}

function figureText(
  params: ReadonlyMap<string, ParameterDef>,
  date: string,
  en: boolean,
  kind: string,
  id: string,
): string {
  const def = params.get(id);
  const value = def && periodInForce(def, date)?.value;
  if (!def || typeof value !== 'number') return '?';
  if (kind === 's' || kind === 'y') return heldYears(def, date, en, kind === 'y');
  if (kind === 'n') return formatNumber(def.unit === 'ratio' ? value * 100 : value);
  if (kind === 'w') return wonWords(value, en);
  const f = formatValue(def.unit === 'bool' ? value !== 0 : value, def.unit === 'bool' ? null : def.unit);
  return en ? f.en : f.ko;
}

function heldYears(def: ParameterDef, date: string, en: boolean, span: boolean): string {
  const run = sameValueRun(def, date);
  if (!run) return '?';
  const first = run.first.from.slice(0, 4);
  const last = run.last.from.slice(0, 4);
  return !span || first === last ? first : `${first}${en ? '–' : '~'}${last}`;
}

/** `label` with its figures filled in as of `date`; a label asked for again on the same date is the same object. */
export function fillFigures(label: Label, program: Program, date: string): Label {
  if (!label.ko.includes('{') && !label.en.includes('{')) return label;
  const filled = filledFor(program, date);
  let out = filled.labels.get(label);
  if (out === undefined) {
    out = fillBoth(label, program, filled);
    filled.labels.set(label, out);
  }
  return out;
}

/**
 * A program's label with its figures filled in, to be worded into a sentence that fillSentence
 * fills again: the sentence comes out the same (a filled figure holds no placeholder, and the text
 * around a label never continues one), and the figure is not looked up in every sentence. A label
 * whose English begins with a figure is left to fillSentence: a sentence may capitalize its first
 * letter, which a yes/no figure ("yes") has and a placeholder does not.
 */
export function labelForSentence(label: Label, program: Program, date: string): Label {
  return label.en.charCodeAt(0) === 123 ? label : fillFigures(label, program, date);
}

/**
 * Whether a piece of the reason being worded holds a '{' (sentences.ts reasonFor): each piece that
 * can (a program's text, a household's string) is looked at as it is used, so a sentence none of
 * whose pieces holds one is known to hold none, and is not flattened and searched by fillSentence.
 */
export const pieces = { braces: false };

/** Notes a piece of a reason; program texts and household strings are flat, so this search is short. */
export function usePiece(l: Label): void {
  if (l.ko.includes('{') || l.en.includes('{')) pieces.braces = true;
}

/** fillFigures for a label made for one household (a sentence, a summary): not kept. */
export function fillSentence(label: Label, program: Program, date: string): Label {
  // A sentence is worded from the program's texts and the household's numbers, booleans, enum
  // values and dates: with no placeholder anywhere in the program there is none to fill, and
  // searching each sentence (a string built piece by piece, flattened to be searched) is skipped.
  if (!holdsFigures(program)) return label;
  if (!label.ko.includes('{') && !label.en.includes('{')) return label;
  return fillBoth(label, program, filledFor(program, date));
}

function fillBoth(label: Label, program: Program, filled: Filled): Label {
  return { ko: fillText(label.ko, program, filled, false), en: fillText(label.en, program, filled, true) };
}

const holding = new WeakMap<Program, boolean>();

/** Whether any text of the program (labels, schema, parameters, notes) names a figure; worked out once per program. */
export function holdsFigures(program: Program): boolean {
  let holds = holding.get(program);
  if (holds === undefined) {
    holds = anyFigureIn(program, new Set());
    holding.set(program, holds);
  }
  return holds;
}

function anyFigureIn(x: unknown, seen: Set<object>): boolean {
  if (typeof x === 'string') return x.includes('{') && new RegExp(FIGURE.source).test(x);
  if (typeof x !== 'object' || x === null || seen.has(x)) return false;
  seen.add(x);
  if (x instanceof Map) {
    for (const [k, v] of x) if (anyFigureIn(k, seen) || anyFigureIn(v, seen)) return true;
    return false;
  }
  if (x instanceof Set || Array.isArray(x)) {
    for (const v of x) if (anyFigureIn(v, seen)) return true;
    return false;
  }
  for (const v of Object.values(x)) if (anyFigureIn(v, seen)) return true;
  return false;
}
