import { href } from '../../app/router.ts';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { shortDate } from '../../shared/ui/center-time.ts';
import { DataTable, NamedAction } from '../../shared/ui/index.ts';
import { outreachListStrings } from './outreach-list-strings.ts';
import { outreachStrings } from './outreach-strings.ts';
import type { OutreachListSummary } from './outreach-types.ts';

const STATES = ['queued', 'running', 'done', 'cancelled', 'failed'] as const;

/**
 * The lists a person may see, newest first: who uploaded each, its latest screening, the
 * 사각지대 count once screened, and the days until it is deleted (lists are personal data).
 * "열기" opens a list's mapping or results through the address, so a reload keeps it open.
 */
export function OutreachLists({
  items,
  openId,
}: {
  items: readonly OutreachListSummary[] | null;
  openId: string | null;
}) {
  const s = useStrings(outreachListStrings);
  const o = useStrings(outreachStrings);
  const { lang, k } = useI18n();
  if (!items) return <p role="status">{o.loading}</p>;
  const status = (x: OutreachListSummary) => {
    const job = x.latestJob;
    if (!job) return s.notScreened;
    const state = o.states.split('|')[STATES.indexOf(job.state)] ?? job.state;
    return job.state === 'done' ? state : fill(s.statePercent, { state, percent: Math.round(job.fraction * 100) });
  };
  const unreached = (x: OutreachListSummary) => {
    const job = x.latestJob;
    if (job?.state !== 'done') return '—';
    return job.unreached === null ? s.unknownUnreached : job.unreached;
  };
  return (
    <DataTable
      caption={s.listsCaption}
      rows={items}
      rowKey={(x) => x.id}
      empty={s.listsEmpty}
      columns={[
        {
          key: 'file',
          header: s.fileName,
          rowHeader: true,
          // A file's name is data, in whatever language it was saved in.
          cell: (x) => <span translate="no">{k(x.fileName)}</span>,
        },
        { key: 'by', header: s.uploadedBy, cell: (x) => k(x.uploadedBy ?? '—') },
        { key: 'at', header: s.uploadedAt, cell: (x) => shortDate(x.createdAt, lang) },
        { key: 'rows', header: s.rows, cell: (x) => x.latestJob?.rowsDone ?? '—' },
        { key: 'status', header: s.status, cell: status },
        { key: 'unreached', header: s.unreached, cell: unreached },
        {
          key: 'deletion',
          header: s.deletion,
          cell: (x) => (x.daysLeft > 0 ? fill(s.daysLeft, { n: x.daysLeft }) : s.today),
        },
        {
          key: 'open',
          header: s.open,
          cell: (x) =>
            x.id === openId ? (
              s.opened
            ) : (
              <a href={href('/staff/outreach', { list: x.id })}>
                <NamedAction action={s.open} name={x.fileName} />
              </a>
            ),
        },
      ]}
    />
  );
}
