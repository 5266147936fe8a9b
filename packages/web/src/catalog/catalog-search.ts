import { type AgencyId, agenciesOf, type ProgramMetadata, todayIso } from '@jibsa/programs';
import { catalogTexts } from '@jibsa/programs/catalog-texts';
import type { Program } from '@jibsa/rules';

export interface CatalogFilter {
  readonly q: string;
  readonly audience: string;
  readonly helpType: string;
  readonly agency: string;
  readonly ids: readonly string[];
}

/** Lower-case text with spaces removed, so "주거 급여" finds "주거급여". */
function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, '');
}

type Searchable = { id: string; metadata: ProgramMetadata; program?: Program };

/** What a search looks in: the texts as shown (figures filled for `date`), so "20만원" finds them. */
function haystack(e: Searchable, date: string): string {
  const m = { name: e.metadata.name, ...catalogTexts(e, date) };
  return norm(
    [
      m.name.ko,
      m.name.en,
      m.summary.ko,
      m.summary.en,
      m.whatYouGet.ko,
      m.whatYouGet.en,
      ...m.whoQualifies.ko,
      ...m.whoQualifies.en,
    ].join(' '),
  );
}

/** Catalog entries matching every filter that is set (an empty filter matches all). */
export function filterCatalog<E extends Searchable>(entries: readonly E[], f: CatalogFilter, date = todayIso()): E[] {
  const words = f.q.split(/\s+/).map(norm).filter(Boolean);
  return entries.filter((e) => {
    const m = e.metadata;
    if (f.ids.length && !f.ids.includes(e.id)) return false;
    if (f.audience && !m.audience.includes(f.audience)) return false;
    if (f.helpType && m.helpType !== f.helpType) return false;
    if (f.agency && !agenciesOf(e.id).includes(f.agency as AgencyId)) return false;
    if (words.length) {
      const h = haystack(e, date);
      if (!words.every((w) => h.includes(w))) return false;
    }
    return true;
  });
}

/** The distinct values offered in a filter, in first-seen order. */
export function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
