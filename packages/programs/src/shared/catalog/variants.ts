import type { Label } from '@jibsa/rules';
import type { ProgramAbout, ProgramMetadata } from './metadata.ts';

/** The entry of a metadata (or about) list with this id; a typo is a startup error, not a missing card. */
export function metadataById<M extends { readonly id: string }>(list: readonly M[], id: string): M {
  const found = list.find((m) => m.id === id);
  if (!found) throw new Error(`no metadata with id ${id}`);
  return found;
}

/**
 * One program's metadata written for several screened variants (행복주택 청년·신혼부부·고령자,
 * 버팀목 일반·청년·신혼부부): same texts and channels, own id and name. A document the shared list
 * marks as the newlyweds' ("혼인관계증명서 (신혼부부)") is theirs alone: listed unmarked for the
 * newlywed variant, left out of the others'.
 */
export function variantOf(
  base: ProgramMetadata,
  id: string,
  name: Label,
  opts: { whatYouGet?: Label; newlywed?: boolean } = {},
): ProgramMetadata {
  const docs = (list: readonly string[], mark: string) =>
    list.flatMap((d) => (!d.endsWith(mark) ? [d] : opts.newlywed ? [d.slice(0, -mark.length)] : []));
  const documents = { ko: docs(base.documents.ko, ' (신혼부부)'), en: docs(base.documents.en, ' (newlyweds)') };
  return { ...base, id, name, whatYouGet: opts.whatYouGet ?? base.whatYouGet, documents };
}

/** The variant's page: the base's, with only the `whoQualifies` lines (by index in the base list) that concern it. */
export function aboutVariant(base: ProgramAbout, id: string, lines: readonly number[]): ProgramAbout {
  const pick = (xs: readonly string[]) => lines.map((i) => xs[i]).filter((x) => x !== undefined);
  return { ...base, id, whoQualifies: { ko: pick(base.whoQualifies.ko), en: pick(base.whoQualifies.en) } };
}
