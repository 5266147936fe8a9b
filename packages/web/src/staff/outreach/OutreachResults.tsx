import { GWANGJU_DISTRICTS } from '@jibsa/programs';
import { useEffect, useState } from 'react';
import { href } from '../../app/router.ts';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { Button, ButtonRow, DataTable, Notice, SelectField } from '../../shared/ui/index.ts';
import { api, type Problem } from '../shell/api.ts';
import { outreachStrings } from './outreach-strings.ts';
import type { OutreachJob, OutreachRow } from './outreach-types.ts';

type Outcome =
  | { row: number; outcome: 'created' | 'linked' | 'already'; caseId: string; caseNumber: string }
  | { row: number; outcome: 'refused'; reason: { ko: string; en: string } };

/**
 * A finished job: the 사각지대 headline (eligible but, by the list, not receiving) by program and by
 * 구, the downloads, and the households to choose from to make cases for counselors.
 */
export function OutreachResults(props: { job: OutreachJob; onProblem: (p: Problem) => void }) {
  const { job } = props;
  const s = useStrings(outreachStrings);
  const { l } = useI18n();
  const [only, setOnly] = useState<'eligible' | 'unreached'>('eligible');
  const [rows, setRows] = useState<OutreachRow[]>([]);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [made, setMade] = useState<Outcome[]>([]);
  const [busy, setBusy] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: read again when the filter changes or cases were made.
  useEffect(() => {
    void api<{ items: OutreachRow[] }>('GET', `/api/outreach/jobs/${job.id}/results?only=${only}&limit=500`).then(
      (r) => r.ok && setRows(r.value.items),
    );
  }, [job.id, only, made]);

  const districtName = (id: string | null) => {
    const d = GWANGJU_DISTRICTS.find((x) => x.id === id);
    return d ? l(d) : s.noDistrict;
  };
  const makeCases = async () => {
    setBusy(true);
    const r = await api<{ items: Outcome[] }>('POST', `/api/outreach/jobs/${job.id}/cases`, {
      rows: [...chosen].slice(0, 100),
    });
    setBusy(false);
    if (!r.ok) return props.onProblem(r.problem);
    setMade(r.value.items);
    setChosen(new Set());
  };
  const toggle = (row: number, on: boolean) =>
    setChosen((c) => {
      const next = new Set(c);
      if (on) next.add(row);
      else next.delete(row);
      return next;
    });
  const byProgram = (caption: string, items: OutreachJob['eligibleByProgram']) => (
    <DataTable
      caption={caption}
      rows={items}
      rowKey={(p) => p.id}
      empty={s.none}
      columns={[
        { key: 'program', header: s.program, rowHeader: true, cell: (p) => l(p.name) },
        { key: 'n', header: s.households, cell: (p) => p.households },
      ]}
    />
  );
  const byDistrict = (caption: string, items: OutreachJob['eligibleByDistrict']) => (
    <DataTable
      caption={caption}
      rows={items}
      rowKey={(d) => d.district ?? 'none'}
      empty={s.none}
      columns={[
        { key: 'district', header: s.district, rowHeader: true, cell: (d) => districtName(d.district) },
        { key: 'n', header: s.households, cell: (d) => d.households },
      ]}
    />
  );
  const base = `/api/outreach/jobs/${job.id}`;

  return (
    <>
      <h3>{s.unreachedTitle}</h3>
      {job.receiptColumns ? (
        <>
          {byProgram(s.unreachedByProgram, job.unreachedByProgram)}
          {byDistrict(s.unreachedByDistrict, job.unreachedByDistrict)}
        </>
      ) : (
        <Notice>{s.noReceiptColumns}</Notice>
      )}
      {byProgram(s.byProgram, job.eligibleByProgram)}
      {byDistrict(s.byDistrict, job.eligibleByDistrict)}

      <h3>{s.downloads}</h3>
      <ul className="link-list">
        <li>
          <a href={`${base}/results.xlsx?only=${only}`} download>
            {s.resultsXlsx}
          </a>
        </li>
        <li>
          <a href={`${base}/results.csv?only=${only}`} download>
            {s.resultsCsv}
          </a>
        </li>
        {job.rowsBad > 0 && (
          <li>
            <a href={`${base}/errors.csv`} download>
              {s.errorsCsv}
            </a>
          </li>
        )}
      </ul>

      <h3>{s.worklistTitle}</h3>
      <p>{s.worklistLead}</p>
      <SelectField
        id="outreach-only"
        label={s.show}
        value={only}
        options={[
          { value: 'eligible', label: s.showEligible },
          ...(job.receiptColumns ? [{ value: 'unreached', label: s.showUnreached }] : []),
        ]}
        onChange={(v) => setOnly(v === 'unreached' ? 'unreached' : 'eligible')}
      />
      <DataTable
        caption={only === 'unreached' ? s.showUnreached : s.resultsCaption}
        rows={rows}
        rowKey={(r) => String(r.row)}
        empty={s.none}
        columns={[
          {
            key: 'pick',
            header: s.pick,
            cell: (r) =>
              r.caseId ? (
                s.hasCase
              ) : (
                <input
                  type="checkbox"
                  className="big-radio"
                  aria-label={fill(s.pickRow, { row: r.row, name: r.reference ?? '' })}
                  checked={chosen.has(r.row)}
                  onChange={(e) => toggle(r.row, e.target.checked)}
                />
              ),
          },
          { key: 'row', header: s.row, rowHeader: true, cell: (r) => r.row },
          { key: 'name', header: s.name, cell: (r) => r.reference ?? '' },
          { key: 'district', header: s.district, cell: (r) => districtName(r.district) },
          {
            key: 'likely',
            header: s.likely,
            cell: (r) =>
              r.programs
                .filter((p) => p.status === 'eligible')
                .map(
                  (p) =>
                    `${l(p.name)}${p.receives === true ? ` (${s.receiving})` : p.receives === false ? ` (${s.notReceiving})` : ''}`,
                )
                .join(', ') || s.none,
          },
        ]}
      />
      <ButtonRow>
        <Button variant="primary" disabled={busy || chosen.size === 0} onClick={() => void makeCases()}>
          {fill(s.makeCases, { n: chosen.size })}
        </Button>
      </ButtonRow>
      {made.length > 0 && (
        <section aria-live="polite" aria-labelledby="outreach-made">
          <h3 id="outreach-made">{s.madeTitle}</h3>
          <ul>
            {made.map((m) => (
              <li key={m.row}>
                {fill(s.rowN, { row: m.row })}:{' '}
                {m.outcome === 'refused' ? (
                  l(m.reason)
                ) : (
                  <>
                    {s.outcomes.split('|')[['created', 'linked', 'already'].indexOf(m.outcome)]}{' '}
                    <a href={href(`/staff/cases/${m.caseId}`)}>{m.caseNumber}</a>
                  </>
                )}
              </li>
            ))}
          </ul>
          <Notice>{s.consentNote}</Notice>
        </section>
      )}
    </>
  );
}
