import { fillFigures, type Label, type Program } from '@jibsa/rules';
import type { ProgramMetadata } from './metadata.ts';

type Texts = ProgramMetadata['whoQualifies'];

/** The catalog texts that may name figures ({w:id}, {p:id}, {n:id}), as a reader sees them. */
export interface CatalogTexts {
  readonly summary: Label;
  readonly whoQualifies: Texts;
  readonly whatYouGet: Label;
}

/**
 * A program's summary, who-qualifies lines and what-you-get with the figures in force on `date`
 * filled in, so the plain-language texts say the same figures the rules use. An information-only
 * entry has no parameters and so no figures to name: its texts are returned as written.
 */
export function catalogTexts(
  entry: { readonly program?: Program; readonly metadata: ProgramMetadata },
  date: string,
): CatalogTexts {
  const m = entry.metadata;
  const program = entry.program;
  if (!program) return { summary: m.summary, whoQualifies: m.whoQualifies, whatYouGet: m.whatYouGet };
  const line = (text: string, en: boolean) => {
    if (!text.includes('{')) return text;
    const filled = fillFigures({ ko: text, en: text }, program, date);
    return en ? filled.en : filled.ko;
  };
  return {
    summary: fillFigures(m.summary, program, date),
    whoQualifies: {
      ko: m.whoQualifies.ko.map((t) => line(t, false)),
      en: m.whoQualifies.en.map((t) => line(t, true)),
    },
    whatYouGet: fillFigures(m.whatYouGet, program, date),
  };
}
