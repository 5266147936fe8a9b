import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { DataTable, labelFor, Notice } from '../../shared/ui/index.ts';
import { DISTRICT_LABEL } from '../shell/strings.ts';
import { outreachYearStrings } from './outreach-year-strings.ts';

interface Found {
  eligible: number;
  /** Null when no list of the year said what households receive: unknown, not zero. */
  unreached: number | null;
  cases: number;
}

export interface OutreachYearOut extends Found {
  lists: number;
  listsWithoutReceipt: number;
  screened: number;
  byDistrict: (Found & { district: string | null; screened: number })[];
  byProgram: (Found & { programId: string; name: { ko: string; en: string } })[];
}

/**
 * The 발굴 part of 센터 현황: households screened, likely eligible, missed (사각지대) and made into
 * cases, in all, by 구 and by program, from the counts the server keeps after lists are deleted.
 */
export function OutreachYear({ figures }: { figures: OutreachYearOut }) {
  const o = useStrings(outreachYearStrings);
  const { l, k } = useI18n();
  // A year with no list screened nobody: none missed, not "unknown".
  // A 구 (or year) where nobody was screened missed nobody either: 0, not "unknown".
  const missed = (n: number | null, screened = figures.screened) =>
    n === null ? (figures.lists === 0 || screened === 0 ? 0 : o.unknown) : n;
  const found = [
    { key: 'eligible', header: o.colEligible, cell: (r: Found) => r.eligible },
    {
      key: 'unreached',
      header: o.colUnreached,
      cell: (r: Found & { screened?: number }) => missed(r.unreached, r.screened),
    },
    { key: 'cases', header: o.colCases, cell: (r: Found) => r.cases },
  ];
  return (
    <section aria-labelledby="h-outreach-year">
      <h2 id="h-outreach-year">{o.title}</h2>
      <p>{o.lead}</p>
      <dl className="stats-figures">
        <dt>{o.lists}</dt>
        <dd data-stat="outreach-lists">{figures.lists}</dd>
        <dt>{o.screened}</dt>
        <dd data-stat="outreach-screened">{figures.screened}</dd>
        <dt>{o.unreached}</dt>
        <dd data-stat="outreach-unreached">{missed(figures.unreached)}</dd>
        <dt>{o.cases}</dt>
        <dd data-stat="outreach-cases">{figures.cases}</dd>
      </dl>
      {figures.listsWithoutReceipt > 0 && (
        <Notice tone="info">{fill(o.withoutReceipt, { n: figures.listsWithoutReceipt })}</Notice>
      )}
      <DataTable
        caption={o.byDistrict}
        rows={figures.lists === 0 ? [] : figures.byDistrict}
        rowKey={(r) => r.district ?? 'none'}
        empty={o.none}
        columns={[
          {
            key: 'd',
            header: o.district,
            rowHeader: true,
            cell: (r) => (r.district === null ? o.noDistrict : labelFor(DISTRICT_LABEL, r.district, l)),
          },
          { key: 'screened', header: o.colScreened, cell: (r) => r.screened },
          ...found,
        ]}
      />
      <DataTable
        caption={o.byProgram}
        rows={figures.byProgram}
        rowKey={(r) => r.programId}
        // Lists screened but no program found for anyone: said so, not "no list was screened".
        empty={figures.lists === 0 ? o.none : o.noneLikely}
        columns={[
          // Program names are Korean proper names: marked lang="ko" on the English page.
          { key: 'p', header: o.program, rowHeader: true, cell: (r) => k(r.name) },
          ...found,
        ]}
      />
    </section>
  );
}
