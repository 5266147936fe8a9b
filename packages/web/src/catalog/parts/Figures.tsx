import { useI18n } from '../../i18n/index.tsx';
import { formatFigure, formatPeriod } from './format.ts';

export interface FigureRow {
  readonly id: string;
  readonly label: { readonly ko: string; readonly en: string };
  readonly keys?: readonly string[];
  /** Table dimension names for the keys, outermost first (e.g. gradeZone, householdSize). */
  readonly dims?: readonly string[];
  readonly value: number | string;
  readonly unit: string;
  readonly from: string;
  readonly to?: string;
  readonly citation: { readonly title: string; readonly url: string; readonly article?: string };
  readonly verified: boolean;
}

/** The figures a decision used, each with its source and a visible "미확인 수치" marker when unchecked. */
export function Figures({ rows, caption }: { rows: readonly FigureRow[]; caption: string }) {
  const { t, l, lang } = useI18n();
  return (
    <div className="table-wrap">
      <table className="figures">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.figure}</th>
            <th scope="col">{t.value}</th>
            <th scope="col">{t.period}</th>
            <th scope="col">{t.source}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one parameter may appear with several keys
            <tr key={`${r.id}-${i}`}>
              <th scope="row">
                {l(r.label)}
                {r.keys?.length ? <span className="keys"> ({keysText(r.keys, r.dims, lang)})</span> : null}
              </th>
              <td className="figure-value">
                {typeof r.value === 'number' ? formatFigure(r.value, r.unit, lang) : r.value}
                {r.verified ? (
                  <span className="mark mark-ok">
                    <span aria-hidden="true"> ✓ </span>
                    <span className="visually-hidden">{t.verifiedMark}</span>
                  </span>
                ) : (
                  <span className="mark mark-unverified" title={t.unverifiedNote}>
                    <span aria-hidden="true">⚠ </span>
                    {t.unverified}
                  </span>
                )}
              </td>
              <td>{formatPeriod(r.from, r.to)}</td>
              <td>
                <a href={r.citation.url} target="_blank" rel="noopener noreferrer">
                  {r.citation.title}
                </a>
                {r.citation.article && <span className="article"> {r.citation.article}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "1급지 · 3인 가구" for table keys whose dimension we can name in words. */
export function keysText(keys: readonly string[], dims: readonly string[] | undefined, lang: 'ko' | 'en'): string {
  return keys
    .map((k, i) => {
      const d = dims?.[i];
      if (d === 'householdSize') return lang === 'ko' ? `${k}인 가구` : `${k}-person household`;
      if (d === 'gradeZone') return lang === 'ko' ? `${k}급지` : `zone ${k}`;
      return k;
    })
    .join(' · ');
}
