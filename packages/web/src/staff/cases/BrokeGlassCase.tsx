import { useI18n, useStrings } from '../../i18n/index.tsx';
import { DataTable, labelFor, Notice } from '../../shared/ui/index.ts';
import { phoneText } from '../shell/phone.ts';
import { staffStrings } from '../shell/strings.ts';
import type { CaseDetail } from '../shell/types.ts';
import { CaseNotesList } from './CaseNotesList.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { RELATION_LABEL } from './intake-strings.ts';
import { ScreeningResults } from './ScreeningResults.tsx';

/**
 * Another 구's case opened with a stated reason: for reading only, so no forms and none of the
 * panels that load more of the case (referrals, notices, next steps), which stay in its own 구.
 * What an urgent call needs is here: who, how to reach them, the plan, notes, the screening, the timeline.
 */
export function BrokeGlassCase({ c }: { c: CaseDetail }) {
  const s = useStrings(staffStrings);
  const { l, k } = useI18n();
  return (
    <>
      <Notice tone="warn">
        {s.brokeGlass} {s.brokeGlassReadOnly}
      </Notice>
      <section aria-labelledby="h-people">
        <h2 id="h-people">{s.people}</h2>
        <DataTable
          caption={s.people}
          rows={c.people}
          rowKey={(x) => x.id}
          columns={[
            { key: 'name', header: s.name, rowHeader: true, cell: (x) => k(x.name) },
            { key: 'relation', header: s.relation, cell: (x) => labelFor(RELATION_LABEL, x.relation, l) },
            { key: 'phone', header: s.phone, cell: (x) => (x.phone ? phoneText(x.phone) : '—') },
          ]}
        />
      </section>
      <section aria-labelledby="h-plan">
        <h2 id="h-plan">{s.plan}</h2>
        <ul className="plan">
          {c.plan.map((g, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: goals have no id of their own
            <li key={`${i}-${g.goal}`}>
              {k(g.goal)}
              {g.done ? ` · ${s.done}` : ''}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="h-notes">
        <h2 id="h-notes">{s.notes}</h2>
        <CaseNotesList notes={c.notes} />
      </section>
      <section aria-labelledby="h-screening">
        <h2 id="h-screening">{s.screening}</h2>
        {c.latestScreening ? <ScreeningResults {...c.latestScreening} people={c.people} /> : <p>{s.noScreening}</p>}
      </section>
      <CaseTimeline c={c} />
    </>
  );
}
