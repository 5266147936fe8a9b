import { useEffect, useState } from 'react';
import { navigate } from '../../app/router.ts';
import { useI18n, useStrings } from '../../i18n/index.tsx';
import { Button, ButtonRow, DataTable, Notice, Page, SelectField, TextField } from '../../shared/ui/index.ts';
import { api } from '../shell/api.ts';
import type { AuditEntry } from '../shell/types.ts';
import { adminStrings, OUTCOME_LABEL, OUTCOMES } from './admin-strings.ts';

const FILTERS = ['actor', 'action', 'subject', 'from', 'to', 'outcome'] as const;
type Filter = Record<(typeof FILTERS)[number], string>;
const time = (iso: string) => new Date(iso).toLocaleString('sv-SE', { timeZone: 'Asia/Seoul' });

/** 감사 기록 (admins): filters in the address, pages by cursor, and the same filter as a CSV file. */
export function AuditLog({ query }: { query: URLSearchParams }) {
  const a = useStrings(adminStrings);
  const { l, lang } = useI18n();
  const initial = Object.fromEntries(FILTERS.map((k) => [k, query.get(k) ?? ''])) as Filter;
  const [f, setF] = useState<Filter>(initial);
  const [items, setItems] = useState<AuditEntry[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const active = new URLSearchParams(FILTERS.flatMap((k) => (initial[k] ? [[k, initial[k]]] : [])));
  const activeText = active.toString();
  const load = async (cursor: string | null) => {
    const params = new URLSearchParams(activeText);
    if (cursor) params.set('cursor', cursor);
    const r = await api<{ items: AuditEntry[]; nextCursor: string | null }>('GET', `/api/admin/audit?${params}`);
    if (!r.ok) {
      setError([l(r.problem.detail), ...r.problem.errors.map((e) => l(e))].join(' '));
      return;
    }
    setError(null);
    setItems((old) => (cursor && old ? [...old, ...r.value.items] : r.value.items));
    setNext(r.value.nextCursor);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the filter in the address changes
  useEffect(() => {
    void load(null);
  }, [activeText]);
  const set = (k: keyof Filter) => (v: string) => setF({ ...f, [k]: v });
  return (
    <Page title={a.auditTitle} lead={a.auditLead}>
      <form
        className="staff-filters no-print"
        onSubmit={(e) => {
          e.preventDefault();
          navigate('/staff/audit', Object.fromEntries(FILTERS.map((k) => [k, f[k] || undefined])));
        }}
      >
        <TextField id="audit-actor" label={a.actor} value={f.actor} onChange={set('actor')} maxLength={40} />
        <TextField id="audit-action" label={a.action} value={f.action} onChange={set('action')} maxLength={60} />
        <TextField id="audit-subject" label={a.subject} value={f.subject} onChange={set('subject')} maxLength={100} />
        <TextField id="audit-from" label={a.from} type="date" value={f.from} onChange={set('from')} />
        <TextField id="audit-to" label={a.to} type="date" value={f.to} onChange={set('to')} />
        <SelectField
          id="audit-outcome"
          label={a.outcome}
          value={f.outcome}
          placeholder={a.anyOutcome}
          options={OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABEL[lang][o] }))}
          onChange={set('outcome')}
        />
        <ButtonRow>
          <Button type="submit" variant="primary">
            {a.filter}
          </Button>
          <a className="button secondary" href={`/api/admin/audit.csv?${activeText}`} download>
            {a.downloadCsv}
          </a>
        </ButtonRow>
      </form>
      {error && <Notice tone="warn">{error}</Notice>}
      {items && (
        <DataTable
          caption={a.auditTitle}
          rows={items}
          rowKey={(x) => x.id}
          empty={a.noEntries}
          columns={[
            { key: 'at', header: a.at, rowHeader: true, cell: (x) => time(x.at) },
            { key: 'actor', header: a.username, cell: (x) => x.actorUsername ?? '-' },
            { key: 'action', header: a.action.replace(/ \(.*\)$/, ''), cell: (x) => x.action },
            { key: 'subject', header: a.subject, cell: (x) => x.caseNumber ?? `${x.subjectType} ${x.subjectId}` },
            { key: 'reason', header: a.reason, cell: (x) => x.reason ?? '' },
            {
              key: 'outcome',
              header: a.outcome,
              cell: (x) => (OUTCOME_LABEL[lang] as Record<string, string>)[x.outcome] ?? x.outcome,
            },
          ]}
        />
      )}
      {next && (
        <ButtonRow className="no-print">
          <Button onClick={() => void load(next)}>{a.more}</Button>
        </ButtonRow>
      )}
    </Page>
  );
}
