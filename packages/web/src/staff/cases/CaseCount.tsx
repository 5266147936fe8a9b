import { useI18n } from '../../i18n/index.tsx';

/** How many cases the list's filters match, as the server counts them (it stops at a cap: `atLeast`). */
export interface CaseTotal {
  count: number;
  atLeast: boolean;
}

/** "사례 123건" / "123 cases"; past the server's cap "사례 1,000건 이상" / "1,000 or more cases". */
export function caseCountText(total: CaseTotal, lang: 'ko' | 'en'): string {
  const n = total.count.toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-US');
  if (lang === 'ko') return `사례 ${n}건${total.atLeast ? ' 이상' : ''}`;
  if (total.atLeast) return `${n} or more cases`;
  return total.count === 1 ? '1 case' : `${n} cases`;
}

/**
 * The count above the case list, in a polite live region that is always on the page (empty while a
 * new filter loads), so a screen reader hears the new count when filters change without losing its place.
 */
export function CaseCount({ total, note }: { total: CaseTotal | null; note?: string | undefined }) {
  const { lang, k } = useI18n();
  return (
    <p role="status" className="count" id="case-count">
      {total ? caseCountText(total, lang) : ''}
      {total && note ? <> · {k(note)}</> : null}
    </p>
  );
}
