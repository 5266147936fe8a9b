import { reasonText, storedReasonWords, subjectIdWords } from '@jibsa/server/audit-reasons';
import { AUDIT_OUTCOMES, actionWords, subjectTypeWords } from '@jibsa/server/audit-vocabulary';
import { useEffect, useState } from 'react';
import { href, navigate } from '../../app/router.ts';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { centerTime } from '../../shared/ui/center-time.ts';
import {
  Button,
  ButtonRow,
  DataTable,
  labelFor,
  Notice,
  optionsOf,
  Page,
  SelectField,
  TextField,
} from '../../shared/ui/index.ts';
import { api } from '../shell/api.ts';
import type { AuditEntry } from '../shell/types.ts';
import { adminStrings } from './admin-strings.ts';
import { actionChoices } from './audit-words.ts';

const FILTERS = ['actor', 'action', 'subject', 'from', 'to', 'outcome'] as const;
type Filter = Record<(typeof FILTERS)[number], string>;
/**
 * To the second, on the center's clock: in Korean as ISO ("2026-12-07 21:53:48", sorted as read),
 * in English as English screens write a day ("7 Dec 2026, 21:53:48").
 */
const time = (iso: string, lang: 'ko' | 'en') =>
  lang === 'ko'
    ? new Date(iso).toLocaleString('sv-SE', { timeZone: 'Asia/Seoul' })
    : centerTime(iso, lang, { seconds: true });

/**
 * What was done, in words, with the stored code under them for whoever supports the system; a code
 * with no words (an old row's) is shown as it is.
 */
function ActionCell({ code, lang }: { code: string; lang: 'ko' | 'en' }) {
  const words = actionWords(code);
  if (!words) return <span translate="no">{code}</span>;
  return (
    <>
      {words[lang]}
      <span className="code-aside" translate="no">
        {code}
      </span>
    </>
  );
}

/**
 * What a row is about: a case by its number, an account by its username, anything else by the name
 * the server found for it (or words for a fixed subject such as a setting), with its id under it for
 * support; a subject with no name (gone, or outside the viewer's scope) shows its id as before.
 */
function SubjectCell({ x, lang }: { x: AuditEntry; lang: 'ko' | 'en' }) {
  const { k } = useI18n();
  const type = subjectTypeWords(x.subjectType)?.[lang] ?? x.subjectType;
  if (x.subjects > 1) return <ManySubjects x={x} type={type} />;
  if (x.caseNumber) return <>{x.caseNumber}</>;
  const fixed = subjectIdWords(x.subjectType, x.subjectId)?.[lang];
  const name = x.subjectUsername ?? x.subjectLabel ?? fixed;
  if (!name) return <>{`${type} ${x.subjectId}`}</>;
  return (
    <>
      {k(`${type} ${name}`)}
      {name !== x.subjectId && (
        <span className="code-aside" translate="no">
          {x.subjectId}
        </span>
      )}
    </>
  );
}

/**
 * The subjects one request read (a list view's cases), as one entry: how many, the first case
 * numbers, and a link to every row it wrote.
 */
function ManySubjects({ x, type }: { x: AuditEntry; type: string }) {
  const a = useStrings(adminStrings);
  const { k } = useI18n();
  const rest = x.subjects - x.caseNumbers.length;
  return (
    <>
      {k(fill(a.subjectCount, { type, n: x.subjects.toLocaleString('en') }))}
      {x.caseNumbers.length > 0 && (
        <span className="code-aside" translate="no">
          {x.caseNumbers.join(', ')}
          {rest > 0 && fill(a.andMore, { n: rest.toLocaleString('en') })}
        </span>
      )}
      {x.requestId && (
        <a className="code-aside" href={href('/staff/audit', { request: x.requestId })}>
          {fill(a.everySubject, { n: x.subjects.toLocaleString('en') })}
        </a>
      )}
    </>
  );
}

/** A reason an older version stored as codes or JSON is shown in words; any other as it was stored. */
function reasonOf(x: AuditEntry) {
  const words = storedReasonWords(x.action, x.reason);
  return words ? reasonText(words) : (x.reason ?? '');
}

/**
 * 감사 기록 (admins): filters in the address, pages by cursor, and the same filter as a CSV file. The
 * rows one request wrote are one entry (a list view's 40 cases), unless the address asks for that
 * request's rows.
 */
export function AuditLog({ query }: { query: URLSearchParams }) {
  const a = useStrings(adminStrings);
  const { l, lang, k } = useI18n();
  const initial = Object.fromEntries(FILTERS.map((k) => [k, query.get(k) ?? ''])) as Filter;
  const [f, setF] = useState<Filter>(initial);
  const [items, setItems] = useState<AuditEntry[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const request = query.get('request') ?? '';
  const active = new URLSearchParams(FILTERS.flatMap((k) => (initial[k] ? [[k, initial[k]]] : [])));
  if (request) active.set('request', request);
  const activeText = active.toString();
  const load = async (cursor: string | null) => {
    const params = new URLSearchParams(activeText);
    if (!request) params.set('group', 'request');
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
  const actions = actionChoices(lang, (area) => fill(a.wholeArea, { area }), f.action);
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
        <SelectField
          id="audit-action"
          label={a.action}
          value={f.action}
          placeholder={a.anyAction}
          options={actions.options}
          groups={actions.groups}
          onChange={set('action')}
        />
        <TextField id="audit-subject" label={a.subject} value={f.subject} onChange={set('subject')} maxLength={100} />
        <TextField id="audit-from" label={a.from} type="date" value={f.from} onChange={set('from')} />
        <TextField id="audit-to" label={a.to} type="date" value={f.to} onChange={set('to')} />
        <SelectField
          id="audit-outcome"
          label={a.outcome}
          value={f.outcome}
          placeholder={a.anyOutcome}
          options={optionsOf(AUDIT_OUTCOMES, l)}
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
      {request && (
        <Notice tone="info">
          {a.oneRequest} <a href={href('/staff/audit')}>{a.backToAll}</a>
        </Notice>
      )}
      {error && <Notice tone="warn">{error}</Notice>}
      {items && (
        <DataTable
          caption={a.auditTitle}
          rows={items}
          rowKey={(x) => x.id}
          empty={a.noEntries}
          columns={[
            { key: 'at', header: a.at, rowHeader: true, cell: (x) => time(x.at, lang) },
            { key: 'actor', header: a.username, className: 'keep-whole', cell: (x) => x.actorUsername ?? '-' },
            { key: 'action', header: a.action, cell: (x) => <ActionCell code={x.action} lang={lang} /> },
            {
              key: 'subject',
              header: a.subject,
              cell: (x) => <SubjectCell x={x} lang={lang} />,
            },
            { key: 'reason', header: a.reason, cell: (x) => k(reasonOf(x)) },
            {
              key: 'outcome',
              header: a.outcome,
              className: 'keep-whole',
              cell: (x) => labelFor(AUDIT_OUTCOMES, x.outcome, l),
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
