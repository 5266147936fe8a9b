import type { ProgramScreening, Screening } from '@jibsa/programs';
import type { Label, MissingInput, ParameterUse } from '@jibsa/rules';
import { type Lang, parametersUrl } from './lean.ts';

/**
 * The default answer of POST /api/screen written straight as JSON text: the same text, byte for
 * byte, as `JSON.stringify(leanScreening(s, lang))` (tested on many households), built without the
 * lean object and without the generic serialiser. On Node 20, JSON.stringify spends about 250 ns on
 * every small object (an answer has some 400: figures, reasons, labels), and most of them are the
 * same for every household: a figure's cell, a program's name and amount label, a question's label.
 * Those are written once and kept with the record they come from (each is shared and frozen: one
 * record per cell and period, one label per program and date or input path); only text that
 * differs per household goes through JSON.stringify, one string at a time, where V8 escapes fast.
 */
export function leanScreeningJson(s: Screening, lang?: Lang): string {
  let out = `{"date":${q(s.date)},"rulesVersion":${q(s.rulesVersion)},"parametersUrl":${q(parametersUrl(s.date))},"programs":[`;
  const ps = s.programs;
  for (let i = 0; i < ps.length; i++) out += (i > 0 ? ',' : '') + program(ps[i] as ProgramScreening, lang);
  out += '],"nextQuestions":[';
  const qs = s.nextQuestions;
  for (let i = 0; i < qs.length; i++) {
    const x = qs[i] as Screening['nextQuestions'][number];
    out += `${i > 0 ? ',' : ''}{"path":${q(x.path)},"label":${keptLabel(x.label, lang)},"programs":${strings(x.programs)}}`;
  }
  return `${out}]}`;
}

function program(p: ProgramScreening, lang: Lang | undefined): string {
  let out =
    `{"id":${q(p.id)},"name":${keptLabel(p.name, lang)},"status":${q(p.status)},"amount":${num(p.amount)},` +
    `"amountLabel":${p.amountLabel === null ? 'null' : keptLabel(p.amountLabel, lang)},` +
    `"summary":${label(p.summary, lang)},"reasons":[`;
  const rs = p.reasons;
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i] as ProgramScreening['reasons'][number];
    out += `${i > 0 ? ',' : ''}{"id":${q(r.id)},"outcome":${r.outcome === null ? 'null' : r.outcome},"text":${label(r.text, lang)}}`;
  }
  out += '],"missing":[';
  const ms = p.missing;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as MissingInput;
    out += `${i > 0 ? ',' : ''}{"path":${q(m.path)},"label":${keptLabel(m.label, lang)},"rank":${num(m.rank)},"affects":${strings(m.affects)}}`;
  }
  out += `],"evidence":${q(p.evidence)}`;
  // Optional keys only when set, in leanScreening's order.
  if (p.unavailable !== undefined) out += `,"unavailable":${label(p.unavailable, lang)}`;
  if (p.unavailableParameter !== undefined) out += `,"unavailableParameter":${q(p.unavailableParameter)}`;
  if (p.nextFiguresOn !== undefined) out += `,"nextFiguresOn":${q(p.nextFiguresOn)}`;
  if (p.figuresYear !== undefined) out += `,"figuresYear":${num(p.figuresYear)}`;
  out += ',"figures":[';
  const fs = p.parameters;
  for (let i = 0; i < fs.length; i++) out += (i > 0 ? ',' : '') + figure(fs[i] as ParameterUse);
  return `${out}]}`;
}

/**
 * A string as JSON.stringify writes it. Most answer text needs no escape and is only quoted: each
 * JSON.stringify call costs some 200 ns on Node 20 whatever the string, and an answer has ~700.
 */
function q(x: string): string {
  return NEEDS_ESCAPE.test(x) ? JSON.stringify(x) : `"${x}"`;
}

/** What JSON.stringify escapes: quote, backslash, control characters, and surrogates (a lone one is escaped). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what JSON must escape.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A number as JSON.stringify writes it (not finite: null). */
const num = (x: number | null) => (x === null || !Number.isFinite(x) ? 'null' : `${x}`);

function strings(xs: readonly string[]): string {
  let out = '[';
  for (let i = 0; i < xs.length; i++) out += i > 0 ? `,${q(xs[i] as string)}` : q(xs[i] as string);
  return `${out}]`;
}

/** A label in both languages, or in the one asked for (leanScreening's `pick`). */
function label(l: Label, lang: Lang | undefined): string {
  if (lang === 'ko') return `{"ko":${q(l.ko)}}`;
  if (lang === 'en') return `{"en":${q(l.en)}}`;
  return `{"ko":${q(l.ko)},"en":${q(l.en)}}`;
}

/** Written labels of the labels every household shares, by language (both, ko, en). */
const labelsWritten = [new WeakMap<Label, string>(), new WeakMap<Label, string>(), new WeakMap<Label, string>()];

/**
 * `label` for a label object shared by every answer (a program's name and amount label on a date,
 * an input's name), written once. Only for those: a label made per household would fill the map.
 */
function keptLabel(l: Label, lang: Lang | undefined): string {
  const kept = labelsWritten[lang === undefined ? 0 : lang === 'ko' ? 1 : 2] as WeakMap<Label, string>;
  let json = kept.get(l);
  if (json === undefined) {
    json = label(l, lang);
    kept.set(l, json);
  }
  return json;
}

/** A figure as the lean answer names it, by id, cell and value: written once per cell record. */
const figuresWritten = new WeakMap<ParameterUse, string>();

function figure(u: ParameterUse): string {
  let json = figuresWritten.get(u);
  if (json === undefined) {
    json = `{"id":${q(u.id)},"keys":${strings(u.keys)},"value":${num(u.value)}}`;
    figuresWritten.set(u, json);
  }
  return json;
}
