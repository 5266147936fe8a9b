import type { ProgramScreening, Screening } from '@jibsa/programs';
import type { Label, MissingInput, ParameterUse } from '@jibsa/rules';
import { type JsonBytes, keptBytes, writeJson } from '../http/json-bytes.ts';
import { type Lang, parametersUrl } from './lean.ts';

/**
 * The default answer of POST /api/screen as UTF-8 bytes: the bytes of
 * `JSON.stringify(leanScreening(s, lang))`, byte for byte (tested on many households), written
 * without the lean object, the generic serialiser or one long string. Most of an answer is the same
 * for every household: a figure's cell, a program's name and amount label, an input's label. Those
 * are encoded once and kept with the record they come from (each is shared and frozen: one record
 * per cell and period, one label per program and date or input path), then copied as bytes; only
 * text that differs per household (the sentences, the summary) is encoded, once, into place.
 */
export function leanScreeningBytes(s: Screening, lang?: Lang): Buffer {
  return writeJson((out) => {
    out.ascii('{"date":');
    out.string(s.date);
    out.ascii(',"rulesVersion":');
    out.string(s.rulesVersion);
    out.ascii(',"parametersUrl":');
    out.string(parametersUrl(s.date));
    out.ascii(',"programs":[');
    const ps = s.programs;
    for (let i = 0; i < ps.length; i++) {
      if (i > 0) out.ascii(',');
      program(out, ps[i] as ProgramScreening, lang);
    }
    out.ascii('],"nextQuestions":[');
    const qs = s.nextQuestions;
    for (let i = 0; i < qs.length; i++) {
      const x = qs[i] as Screening['nextQuestions'][number];
      out.ascii(i > 0 ? ',{"path":' : '{"path":');
      out.string(x.path);
      out.ascii(',"label":');
      out.bytes(keptLabel(x.label, lang));
      out.ascii(',"programs":');
      strings(out, x.programs);
      out.ascii('}');
    }
    out.ascii(']}');
  });
}

function program(out: JsonBytes, p: ProgramScreening, lang: Lang | undefined): void {
  out.ascii('{"id":');
  out.string(p.id);
  out.ascii(',"name":');
  out.bytes(keptLabel(p.name, lang));
  out.ascii(',"status":');
  out.string(p.status);
  out.ascii(',"amount":');
  out.number(p.amount);
  out.ascii(',"amountLabel":');
  if (p.amountLabel === null) out.ascii('null');
  else out.bytes(keptLabel(p.amountLabel, lang));
  out.ascii(',"summary":');
  label(out, p.summary, lang);
  out.ascii(',"reasons":[');
  const rs = p.reasons;
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i] as ProgramScreening['reasons'][number];
    out.ascii(i > 0 ? ',{"id":' : '{"id":');
    out.string(r.id);
    out.ascii(
      r.outcome === null
        ? ',"outcome":null,"text":'
        : r.outcome
          ? ',"outcome":true,"text":'
          : ',"outcome":false,"text":',
    );
    label(out, r.text, lang);
    out.ascii(r.weak ? ',"weak":true}' : '}');
  }
  out.ascii('],"missing":[');
  const ms = p.missing;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as MissingInput;
    out.ascii(i > 0 ? ',{"path":' : '{"path":');
    out.string(m.path);
    out.ascii(',"label":');
    out.bytes(keptLabel(m.label, lang));
    out.ascii(',"rank":');
    out.number(m.rank);
    out.ascii(',"affects":');
    strings(out, m.affects);
    out.ascii('}');
  }
  out.ascii('],"evidence":');
  out.string(p.evidence);
  // Optional keys only when set, in leanScreening's order.
  if (p.figuresNote !== undefined) {
    // One of a few notes every household shares (programs' noteFor keeps them): encoded once.
    out.ascii(',"figuresNote":');
    out.bytes(keptLabel(p.figuresNote, lang));
  }
  if (p.unavailable !== undefined) {
    out.ascii(',"unavailable":');
    label(out, p.unavailable, lang);
  }
  if (p.unavailableParameter !== undefined) {
    out.ascii(',"unavailableParameter":');
    out.string(p.unavailableParameter);
  }
  if (p.nextFiguresOn !== undefined) {
    out.ascii(',"nextFiguresOn":');
    out.string(p.nextFiguresOn);
  }
  if (p.figuresYear !== undefined) {
    out.ascii(',"figuresYear":');
    out.number(p.figuresYear);
  }
  out.ascii(',"figures":[');
  const fs = p.parameters;
  for (let i = 0; i < fs.length; i++) {
    if (i > 0) out.ascii(',');
    out.bytes(figure(fs[i] as ParameterUse));
  }
  out.ascii(']}');
}

function strings(out: JsonBytes, xs: readonly string[]): void {
  out.ascii('[');
  for (let i = 0; i < xs.length; i++) {
    if (i > 0) out.ascii(',');
    out.string(xs[i] as string);
  }
  out.ascii(']');
}

/** A label in both languages, or in the one asked for (leanScreening's `pick`). */
function label(out: JsonBytes, l: Label, lang: Lang | undefined): void {
  if (lang !== 'en') {
    out.ascii('{"ko":');
    out.string(l.ko);
  }
  if (lang === undefined) out.ascii(',"en":');
  else if (lang === 'en') out.ascii('{"en":');
  if (lang !== 'ko') out.string(l.en);
  out.ascii('}');
}

/** A label as JSON text, the way `label` writes it: for labels encoded once and kept. */
function labelText(l: Label, lang: Lang | undefined): string {
  if (lang === 'ko') return `{"ko":${JSON.stringify(l.ko)}}`;
  if (lang === 'en') return `{"en":${JSON.stringify(l.en)}}`;
  return `{"ko":${JSON.stringify(l.ko)},"en":${JSON.stringify(l.en)}}`;
}

/** Encoded labels of the labels every household shares, by language (both, ko, en). */
const labelsKept = [
  new WeakMap<Label, Uint8Array>(),
  new WeakMap<Label, Uint8Array>(),
  new WeakMap<Label, Uint8Array>(),
];

/**
 * A label object shared by every answer (a program's name and amount label on a date, an input's
 * name), encoded once. Only for those: a label made per household would fill the map.
 */
function keptLabel(l: Label, lang: Lang | undefined): Uint8Array {
  const kept = labelsKept[lang === undefined ? 0 : lang === 'ko' ? 1 : 2] as WeakMap<Label, Uint8Array>;
  let bytes = kept.get(l);
  if (bytes === undefined) {
    bytes = keptBytes(labelText(l, lang));
    kept.set(l, bytes);
  }
  return bytes;
}

/** A figure as the lean answer names it, by id, cell and value: encoded once per cell record. */
const figuresKept = new WeakMap<ParameterUse, Uint8Array>();

function figure(u: ParameterUse): Uint8Array {
  let bytes = figuresKept.get(u);
  if (bytes === undefined) {
    bytes = keptBytes(JSON.stringify({ id: u.id, keys: u.keys, value: u.value }));
    figuresKept.set(u, bytes);
  }
  return bytes;
}
