import { GWANGJU_DISTRICTS } from '@jibsa/programs';
import { useEffect, useRef, useState } from 'react';
import { href } from '../../app/router.ts';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { Button, ButtonRow, CheckboxField, DataTable, Notice, SelectField } from '../../shared/ui/index.ts';
import { api, type Problem } from '../shell/api.ts';
import { outreachStrings } from './outreach-strings.ts';
import type { OutreachJob, OutreachRow } from './outreach-types.ts';
import { PAGE_SIZE, type ResultFilters, resultsQuery } from './result-query.ts';

type Outcome =
  | { row: number; outcome: 'created' | 'linked' | 'already'; caseId: string; caseNumber: string }
  | { row: number; outcome: 'refused'; reason: { ko: string; en: string } };

/**
 * The worklist: every household of a job's results, a page at a time (the server pages by row
 * number, so page 2,000 of a million rows is as quick as page 1), filtered by program, 구 and
 * 사각지대; chosen households (kept across pages) become cases.
 */
export function OutreachWorklist(props: {
  job: OutreachJob;
  filters: ResultFilters;
  onFilters: (f: ResultFilters) => void;
  onProblem: (p: Problem) => void;
}) {
  const { job, filters } = props;
  const s = useStrings(outreachStrings);
  const { l, k } = useI18n();
  // Where each page seen so far starts: going back is a step down this stack, never a count of rows.
  const [starts, setStarts] = useState<number[]>([0]);
  const [page, setPage] = useState<{ items: OutreachRow[]; nextAfter: number | null } | null>(null);
  const [loading, setLoading] = useState(true);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [made, setMade] = useState<Outcome[]>([]);
  const [busy, setBusy] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  const focusIfLast = useRef(false);
  const after = starts[starts.length - 1] ?? 0;
  const query = resultsQuery(filters, after);

  // biome-ignore lint/correctness/useExhaustiveDependencies: read again when the page changes or cases were made.
  useEffect(() => {
    let live = true;
    setLoading(true);
    void api<{ items: OutreachRow[]; nextAfter: number | null }>(
      'GET',
      `/api/outreach/jobs/${job.id}/results?${query}`,
    ).then((r) => {
      if (!live) return;
      setLoading(false);
      if (!r.ok) return props.onProblem(r.problem);
      setPage(r.value);
      if (focusIfLast.current && r.value.nextAfter === null) status.current?.focus();
      focusIfLast.current = false;
    });
    return () => {
      live = false;
    };
  }, [job.id, query, made]);

  const setFilters = (change: Partial<ResultFilters>) => {
    setStarts([0]);
    props.onFilters({ ...filters, ...change });
  };
  // A pressed button that ends up disabled (on the first or last page) would drop focus to the
  // page: the page's status line takes it instead, and says where the counselor is.
  const turn = (next: number[], first: boolean) => {
    if (loading) return;
    setStarts(next);
    if (first) status.current?.focus();
    else focusIfLast.current = true;
  };
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
  const number = starts.length;
  const items = page?.items ?? [];
  const where =
    loading || !page
      ? s.loading
      : items.length === 0
        ? fill(s.pageEmpty, { page: number })
        : fill(s.pageStatus, {
            page: number,
            first: items[0]?.row ?? 0,
            last: items[items.length - 1]?.row ?? 0,
            n: items.length,
            size: PAGE_SIZE,
          });

  return (
    <>
      <fieldset className="staff-filters">
        <legend>{s.filtersTitle}</legend>
        <SelectField
          id="outreach-program"
          label={s.program}
          value={filters.program}
          placeholder={s.anyProgram}
          options={job.eligibleByProgram.map((p) => ({ value: p.id, label: l(p.name) }))}
          onChange={(v) => setFilters({ program: v })}
        />
        <SelectField
          id="outreach-district"
          label={s.district}
          value={filters.district}
          placeholder={s.anyDistrict}
          options={[
            ...GWANGJU_DISTRICTS.map((d) => ({ value: d.id, label: l(d) })),
            { value: 'none', label: s.noDistrict },
          ]}
          onChange={(v) => setFilters({ district: v })}
        />
        {job.receiptColumns && (
          <CheckboxField
            id="outreach-unreached"
            label={s.onlyUnreached}
            checked={filters.unreached}
            onChange={(v) => setFilters({ unreached: v, newly: false, check: false })}
          />
        )}
        {job.compared && (
          <CheckboxField
            id="outreach-newly"
            label={fill(s.onlyNewly, { date: job.compared.date })}
            checked={filters.newly}
            onChange={(v) => setFilters({ newly: v, unreached: false, check: false })}
          />
        )}
        <CheckboxField
          id="outreach-check"
          label={s.onlyCheck}
          help={s.onlyCheckHelp}
          checked={filters.check}
          onChange={(v) => setFilters({ check: v, unreached: false, newly: false })}
        />
      </fieldset>
      <p ref={status} tabIndex={-1} aria-live="polite" className="hint">
        {where}
      </p>
      <DataTable
        caption={
          filters.newly
            ? s.showNewly
            : filters.unreached
              ? s.showUnreached
              : filters.check
                ? s.showCheck
                : s.resultsCaption
        }
        rows={items}
        rowKey={(r) => String(r.row)}
        empty={page ? s.none : s.loading}
        columns={[
          {
            key: 'pick',
            header: s.pick,
            cell: (r) =>
              r.caseId ? (
                s.hasCase
              ) : (
                // Named by a hidden span, not an aria-label: a list's names are often Korean, and
                // only an element can mark them lang="ko" on the English page (WCAG 3.1.2).
                <>
                  <input
                    type="checkbox"
                    className="big-radio"
                    aria-labelledby={`pick-row-${r.row}`}
                    checked={chosen.has(r.row)}
                    onChange={(e) => toggle(r.row, e.target.checked)}
                  />
                  <span id={`pick-row-${r.row}`} className="visually-hidden">
                    {k(fill(s.pickRow, { row: r.row, name: r.reference ?? '' }))}
                  </span>
                </>
              ),
          },
          { key: 'row', header: s.row, rowHeader: true, cell: (r) => r.row },
          { key: 'name', header: s.name, cell: (r) => k(r.reference ?? '') },
          { key: 'district', header: s.district, cell: (r) => districtName(r.district) },
          {
            key: 'likely',
            header: filters.check ? s.undecided : s.likely,
            cell: (r) =>
              k(
                r.programs
                  .filter((p) => p.status === (filters.check ? 'unknown' : 'eligible'))
                  .map(
                    (p) =>
                      `${l(p.name)}${r.newly?.includes(p.id) ? ` (${s.newlyMark})` : ''}${p.receives === true ? ` (${s.receiving})` : p.receives === false ? ` (${s.notReceiving})` : ''}`,
                  )
                  .join(', ') || s.none,
              ),
          },
        ]}
      />
      <nav aria-label={s.pagesLabel}>
        <ButtonRow>
          <Button disabled={number === 1} onClick={() => turn([0], true)}>
            {s.firstPage}
          </Button>
          <Button disabled={number === 1} onClick={() => turn(starts.slice(0, -1), number === 2)}>
            {s.prevPage}
          </Button>
          <Button
            disabled={page?.nextAfter == null}
            onClick={() => page?.nextAfter != null && turn([...starts, page.nextAfter], false)}
          >
            {s.nextPage}
          </Button>
        </ButtonRow>
      </nav>
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
