import { fillFigures, type Label, type Program } from '@jibsa/rules';
import { ABOUT } from './about.ts';
import type { ProgramAbout, ProgramMetadata } from './metadata.ts';

type Texts = ProgramAbout['whoQualifies'];

type Entry = { readonly program?: Program; readonly metadata: ProgramMetadata; readonly about?: ProgramAbout };

/** A catalog entry's page texts: a local program carries its own, a national one's are in about.ts. */
export function aboutOf(entry: Entry): ProgramAbout {
  const about = entry.about ?? ABOUT.get(entry.metadata.id);
  if (!about) throw new Error(`no page texts (ProgramAbout) for ${entry.metadata.id}`);
  return about;
}

/** The catalog texts that may name figures ({w:id}, {p:id}, {n:id}), as a reader sees them. */
export interface CatalogTexts {
  readonly summary: Label;
  readonly whoQualifies: Texts;
  readonly whatYouGet: Label;
  /** For a program listed for information only: why the self-check does not check it, in words. */
  readonly informationOnly?: Label;
}

/**
 * Why these are listed but not checked: said on the catalog and the program's page (here, not in
 * the registry, so the self-check's bundle does not carry them).
 */
export const INFO_ONLY_WHY: Readonly<Record<string, Label>> = {
  'home-repair.rural-disabled': {
    ko: '읍·면(농어촌)에 사는 장애인 가구를 위한 사업입니다. 자가진단은 읍·면에 사는지 묻지 않고, 지원 기준도 공식 자료로 확인하지 못해 판단하지 않습니다.',
    en: 'This is for disabled people living in rural towns (읍·면). The self-check does not ask whether you live in one, and the criteria are not confirmed in an official source, so it is not checked.',
  },
  'gwangju-local.gmcc-rental': {
    ko: '모집공고마다 기준이 따로 정해집니다. 같은 종류의 국가 공공임대(영구임대·국민임대·행복주택·매입임대)는 자가진단이 확인합니다.',
    en: 'Each notice sets its own criteria. The same kinds of national public rental (permanent, national, happy housing, purchased) are checked by the self-check.',
  },
  'gwangju-local.city-housing-programs': {
    ko: '광주시와 구가 해마다 따로 정하는 사업이고, 그 기준을 공식 자료로 아직 확인하지 못해 판단하지 않습니다. 시청·구청 공고를 보거나 상담을 신청하세요.',
    en: 'The city and districts set these each year, and their criteria are not yet confirmed in an official source, so they are not checked. See city and district notices or ask for a consultation.',
  },
};

/**
 * A program's summary, who-qualifies lines and what-you-get with the figures in force on `date`
 * filled in, so the plain-language texts say the same figures the rules use. An information-only
 * entry has no parameters and so no figures to name: its texts are returned as written.
 */
export function catalogTexts(entry: Entry, date: string): CatalogTexts {
  const m = { ...entry.metadata, ...aboutOf(entry) };
  const program = entry.program;
  if (!program) {
    const why = INFO_ONLY_WHY[m.id];
    return {
      summary: m.summary,
      whoQualifies: m.whoQualifies,
      whatYouGet: m.whatYouGet,
      ...(why && { informationOnly: why }),
    };
  }
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
