import { catalog } from '@jibsa/programs';
import type { Lang } from '../../i18n/index.tsx';
import type { Consultation } from '../shell/types.ts';

type Label = { ko: string; en: string };
type Programs = NonNullable<Consultation['screening']>['programs'];

/** The self-check kept only the Korean name; the catalog knows the reader's. */
const programName = (p: { id: string; name: string }, l: (x: Label) => string) => {
  const known = catalog.find((c) => c.id === p.id);
  return known ? l(known.metadata.name) : p.name;
};

/**
 * The inbox's one-cell reading of a self-check: the programs it found, else how many it could not
 * decide, and "비대상" only when it decided every one against. A check left half-answered (no
 * program found, most undecided) read "비대상" and was put last by counselors.
 */
export function selfCheckSummary(programs: Programs, l: (x: Label) => string, lang: Lang): string {
  const eligible = programs.filter((p) => p.status === 'eligible').map((p) => programName(p, l));
  if (eligible.length > 0) return eligible.join(', ');
  const unknown = programs.filter((p) => p.status === 'unknown').length;
  if (unknown === 0) return lang === 'ko' ? '비대상' : 'Not eligible';
  return lang === 'ko'
    ? `더 알아봐야 함 (${unknown}개 제도)`
    : `Needs more information (${unknown} program${unknown === 1 ? '' : 's'})`;
}
