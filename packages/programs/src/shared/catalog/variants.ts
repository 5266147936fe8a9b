import type { Label } from '@jibsa/rules';
import type { ProgramMetadata } from './metadata.ts';

/** The entry of a metadata list with this id; a typo is a startup error, not a missing card. */
export function metadataById(list: readonly ProgramMetadata[], id: string): ProgramMetadata {
  const found = list.find((m) => m.id === id);
  if (!found) throw new Error(`no metadata with id ${id}`);
  return found;
}

/**
 * One program's metadata written for several screened variants (행복주택 청년·신혼부부·고령자,
 * 버팀목 일반·청년·신혼부부): same texts and channels, own id and name, and only the
 * `whoQualifies` lines (by index in the base list) that concern the variant.
 */
export function variantOf(base: ProgramMetadata, id: string, name: Label, lines?: readonly number[]): ProgramMetadata {
  const pick = (xs: readonly string[]) => (lines ? lines.map((i) => xs[i]).filter((x) => x !== undefined) : xs);
  return {
    ...base,
    id,
    name,
    whoQualifies: { ko: pick(base.whoQualifies.ko), en: pick(base.whoQualifies.en) },
  };
}
