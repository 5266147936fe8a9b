import { useI18n, useStrings } from '../../i18n/index.tsx';
import { DataTable, labelFor } from '../../shared/ui/index.ts';
import { DISTRICT_LABEL } from '../shell/strings.ts';
import { centerStrings } from './center-strings.ts';

export interface CounselorLoadOut {
  counselors: {
    id: string;
    name: string;
    district: string | null;
    disabled: boolean;
    openCases: number;
    overdueTasks: number;
  }[];
  unassigned: { openCases: number; overdueTasks: number };
}

/**
 * 상담사별 맡은 사례 (administrators only): each counselor's open cases and overdue tasks now, and a
 * last row for the open cases nobody handles, so an uneven load or a forgotten case shows.
 */
export function CounselorLoad({ load }: { load: CounselorLoadOut }) {
  const c = useStrings(centerStrings);
  const { l, k } = useI18n();
  const rows = [
    ...load.counselors.map((x) => ({ ...x, key: x.id })),
    { key: 'nobody', id: '', name: '', district: null, disabled: false, ...load.unassigned },
  ];
  return (
    <section aria-labelledby="h-counselor-load">
      <h2 id="h-counselor-load">{c.load}</h2>
      <p>{c.loadLead}</p>
      <DataTable
        caption={c.loadCaption}
        rows={rows}
        rowKey={(r) => r.key}
        empty={c.noCounselors}
        columns={[
          {
            key: 'who',
            header: c.counselor,
            rowHeader: true,
            // Staff names are Korean proper names: marked lang="ko" on the English page.
            cell: (r) =>
              r.key === 'nobody' ? (
                c.nobody
              ) : (
                <>
                  {k(r.name)}
                  {r.disabled ? ` ${c.disabled}` : ''}
                </>
              ),
          },
          {
            key: 'district',
            header: c.district,
            cell: (r) => (r.district ? labelFor(DISTRICT_LABEL, r.district, l) : '-'),
          },
          { key: 'open', header: c.openCases, cell: (r) => r.openCases },
          { key: 'late', header: c.overdueTasks, cell: (r) => r.overdueTasks },
        ]}
      />
    </section>
  );
}
