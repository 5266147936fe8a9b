import { householdSchema } from '@jibsa/programs';
import type { Label } from '@jibsa/rules';
import { useI18n } from '../../i18n/index.tsx';
import { type Column, DataTable } from '../../shared/ui/DataTable.tsx';
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
  /** What the figure rests on: official · secondary · single · recall. */
  readonly evidence: 'official' | 'secondary' | 'single' | 'recall';
}

/** The figures a decision used, each with its source and its evidence grade; a visible ⚠ below `secondary`. */
export function Figures({ rows, caption }: { rows: readonly FigureRow[]; caption: string }) {
  const { t, k, lang } = useI18n();
  const columns: Column<FigureRow>[] = [
    {
      key: 'figure',
      header: t.figure,
      rowHeader: true,
      cell: (r) => (
        <>
          {k(r.label)}
          {r.keys?.length ? <span className="keys"> ({keysText(r.keys, r.dims, lang)})</span> : null}
        </>
      ),
    },
    {
      key: 'value',
      header: t.value,
      className: 'figure-value',
      cell: (r) => (
        <>
          <span className="figure-number">
            {typeof r.value === 'number' ? formatFigure(r.value, r.unit, lang, r.label.ko) : r.value}
          </span>
          {r.evidence === 'official' ? (
            <span className="mark mark-ok">
              <span aria-hidden="true"> ✓ </span>
              <span className="visually-hidden">{t.evidence_official}</span>
            </span>
          ) : r.evidence === 'secondary' ? (
            <span className="mark mark-secondary"> {t.evidence_secondary}</span>
          ) : (
            <span className="mark mark-unverified">
              <span aria-hidden="true">⚠ </span>
              {r.evidence === 'single' ? t.evidence_single : t.evidence_recall}
            </span>
          )}
        </>
      ),
    },
    { key: 'period', header: t.period, cell: (r) => formatPeriod(r.from, r.to) },
    {
      key: 'source',
      header: t.source,
      cell: (r) => (
        <>
          <a href={r.citation.url} target="_blank" rel="noopener noreferrer">
            {k(r.citation.title)}
          </a>
          {r.citation.article && <span className="article"> {k(r.citation.article)}</span>}
        </>
      ),
    },
  ];
  // One parameter may appear with several keys, so the index keeps row keys apart.
  return (
    <>
      <DataTable
        caption={k(caption)}
        columns={columns}
        rows={rows}
        rowKey={(r, i) => `${r.id}-${i}`}
        className="figures"
      />
      <EvidenceLegend grades={new Set(rows.map((r) => r.evidence))} />
    </>
  );
}

/**
 * What each mark in the table means, in words on the page: a tooltip (`title`) is out of reach
 * of keyboard and touch users. Only the marks the table shows.
 */
function EvidenceLegend({ grades }: { grades: ReadonlySet<FigureRow['evidence']> }) {
  const { t } = useI18n();
  const items = [
    grades.has('official') && { key: 'official', mark: '✓', text: t.evidence_official },
    grades.has('secondary') && {
      key: 'secondary',
      mark: t.evidence_secondary,
      text: t.evidenceNote_secondary,
    },
    grades.has('single') && { key: 'single', mark: `⚠ ${t.evidence_single}`, text: t.evidenceNote_single },
    grades.has('recall') && { key: 'recall', mark: `⚠ ${t.evidence_recall}`, text: t.evidenceNote_recall },
  ].filter((x) => x !== false);
  if (items.length === 0) return null;
  return (
    <div className="evidence-legend">
      <p className="evidence-legend-title">{t.evidenceLegend}</p>
      <ul className="plain-list">
        {items.map((x) => (
          <li key={x.key}>
            <strong>{x.mark}</strong>: {x.text}
          </li>
        ))}
      </ul>
    </div>
  );
}

const labelsOf = (f: unknown) => (f as { valueLabels?: Record<string, Label> }).valueLabels ?? {};
const regionLabels = labelsOf(householdSchema.household.region);

/** Table keys in words, never the codes the tables are keyed by ("seoul", "car", "light"). */
const KEY_WORDS: Readonly<Record<string, Readonly<Record<string, Label>>>> = {
  region: regionLabels,
  propertyType: {
    residential: { ko: '주거용재산', en: 'residential property' },
    general: { ko: '일반재산', en: 'other property' },
    financial: { ko: '금융재산', en: 'savings' },
    car: { ko: '자동차', en: 'car' },
  },
  repairScale: {
    light: { ko: '경보수', en: 'light repair' },
    medium: { ko: '중보수', en: 'medium repair' },
    major: { ko: '대보수', en: 'major repair' },
  },
  // Before 2025 the car rule differed between the benefits (income-assessment/car-parameters.ts).
  benefitGroup: {
    basic: { ko: '생계·의료급여', en: 'livelihood and medical benefit' },
    housing: { ko: '주거·교육급여', en: 'housing and education benefit' },
  },
  // The household's own answers (car-exemption-parameters.ts, group-deduction-parameters.ts).
  carUse: labelsOf(householdSchema.household.carUse),
  earnerGroup: labelsOf(householdSchema.member.earnerGroup),
};

/** "1급지 · 3인 가구" for table keys, each dimension named in words. */
export function keysText(keys: readonly string[], dims: readonly string[] | undefined, lang: 'ko' | 'en'): string {
  return keys
    .map((k, i) => {
      const d = dims?.[i];
      if (d === 'householdSize') return lang === 'ko' ? `${k}인 가구` : `${k}-person household`;
      if (d === 'gradeZone') return lang === 'ko' ? `${k}급지` : `zone ${k}`;
      return (d && KEY_WORDS[d]?.[k]?.[lang]) ?? k;
    })
    .join(' · ');
}
