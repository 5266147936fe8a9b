import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { DataTable } from '../../shared/ui/index.ts';
import { outreachStrings } from './outreach-strings.ts';
import type { OutreachJob, OutreachRow } from './outreach-types.ts';
import { AssumedNote, UndecidedNote } from './UndecidedNote.tsx';
import { undecidedStrings } from './undecided-strings.ts';

export interface Preview {
  rows: OutreachRow[];
  undecided: NonNullable<OutreachJob['undecided']>;
  assumed: OutreachJob['assumed'];
}

/**
 * The first rows screened through the mapping. A row likely eligible for nothing says whether that
 * is decided or waits on what the list lacks: "없음" on every row of a list without car or debt
 * columns had read as nobody to help.
 */
export function OutreachPreview({ preview }: { preview: Preview }) {
  const s = useStrings(outreachStrings);
  const u = useStrings(undecidedStrings);
  const { l, k } = useI18n();
  const likely = (r: OutreachRow) => {
    if (!r.ok) return '';
    const eligible = r.programs.filter((p) => p.status === 'eligible');
    if (eligible.length > 0) return k(eligible.map((p) => l(p.name)).join(', '));
    const open = r.programs.filter((p) => p.status === 'unknown').length;
    return open > 0 ? fill(u.undecidedRow, { n: open }) : s.none;
  };
  return (
    <>
      <AssumedNote assumed={preview.assumed} on="preview" />
      <UndecidedNote undecided={preview.undecided} lead="preview" />
      <DataTable
        caption={s.previewCaption}
        rows={preview.rows}
        rowKey={(r) => String(r.row)}
        columns={[
          { key: 'row', header: s.row, rowHeader: true, cell: (r: OutreachRow) => r.row },
          { key: 'name', header: s.name, cell: (r: OutreachRow) => k(r.reference ?? '') },
          { key: 'likely', header: s.likely, cell: likely },
          {
            key: 'open',
            header: s.problem,
            // A good row's notes are warnings (a short row, 가구원수 0): shown too, the row still screened.
            cell: (r: OutreachRow) => k(r.errors.map((e) => `${e.column ? `${e.column}: ` : ''}${l(e)}`).join(' · ')),
          },
        ]}
      />
    </>
  );
}
