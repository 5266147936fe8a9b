import { catalog } from '@jibsa/programs';
import { useEffect, useState } from 'react';
import { href, navigate } from '../../app/router.ts';
import { useI18n, useStrings } from '../../i18n/index.tsx';
import {
  Button,
  ButtonRow,
  CheckboxField,
  DataTable,
  labelFor,
  Notice,
  optionsOf,
  Page,
  SelectField,
  TextField,
} from '../../shared/ui/index.ts';
import { NoticeAlerts } from '../board/NoticeAlerts.tsx';
import { referralStrings } from '../referrals/referral-strings.ts';
import { api } from '../shell/api.ts';
import { DISTRICT_LABEL, STATUS_LABEL, staffStrings } from '../shell/strings.ts';
import { type CaseSummary, type Me, STATUSES } from '../shell/types.ts';
import { assigneeStrings } from './assignee-strings.ts';
import { CaseCount, type CaseTotal } from './CaseCount.tsx';
import { CaseElsewhere, type CaseElsewhereFound, elsewhereSaid } from './CaseElsewhere.tsx';

/**
 * 사례 목록 with filters in the address (so a filtered list can be bookmarked and reloaded). Pages
 * follow the server's cursor: "more" appends the next 50, newest first.
 */
export function CaseList({ query, me }: { query: URLSearchParams; me: Me }) {
  const s = useStrings(staffStrings);
  const r = useStrings(referralStrings);
  const a = useStrings(assigneeStrings);
  const { l, lang, k } = useI18n();
  const [q, setQ] = useState(query.get('q') ?? '');
  const [items, setItems] = useState<CaseSummary[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [total, setTotal] = useState<CaseTotal | null>(null);
  const [elsewhere, setElsewhere] = useState<CaseElsewhereFound | null>(null);
  const [error, setError] = useState<string | null>(null);
  const status = query.get('status') ?? '';
  const mine = query.get('mine') === 'true';
  const unassigned = query.get('unassigned') === 'true';
  const overdue = query.get('overdue') === 'true';
  const referral = query.get('referral') ?? '';
  const district = query.get('district') ?? '';
  const program = query.get('program') ?? '';
  const queryText = query.toString();
  const load = async (cursor: string | null) => {
    const params = new URLSearchParams(queryText);
    if (cursor) params.set('cursor', cursor);
    // Emptied while new filters load, so the same count after a change is still announced (and an
    // earlier search's "in another 구" does not stay beside a new answer, or a failed one).
    else {
      setTotal(null);
      setElsewhere(null);
    }
    const r = await api<{
      items: CaseSummary[];
      nextCursor: string | null;
      total: CaseTotal | null;
      elsewhere: CaseElsewhereFound | null;
    }>('GET', `/api/cases?${params}`);
    if (!r.ok) return setError(l(r.problem.detail));
    setItems((before) => (cursor ? [...(before ?? []), ...r.value.items] : r.value.items));
    setNext(r.value.nextCursor);
    // The server counts with the first page only; the next pages keep that count.
    if (!cursor) {
      setTotal(r.value.total);
      setElsewhere(r.value.elsewhere);
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: load reads queryText and l, listed here
  useEffect(() => {
    void load(null);
  }, [queryText, l]);
  const go = (change: Record<string, string | undefined>) =>
    navigate('/staff/cases', {
      q: q || undefined,
      status: status || undefined,
      mine: mine ? 'true' : undefined,
      unassigned: unassigned ? 'true' : undefined,
      overdue: overdue ? 'true' : undefined,
      referral: referral || undefined,
      district: district || undefined,
      program: program || undefined,
      ...change,
    });
  return (
    <Page title={s.casesTitle}>
      <NoticeAlerts />
      <form
        className="staff-filters no-print"
        onSubmit={(e) => {
          e.preventDefault();
          go({});
        }}
      >
        <TextField id="case-search" label={s.search} value={q} onChange={setQ} maxLength={50} />
        <SelectField
          id="case-status"
          label={s.status}
          value={status}
          placeholder={s.anyStatus}
          options={STATUSES.map((v) => ({ value: v, label: STATUS_LABEL[lang][v] }))}
          onChange={(v) => go({ status: v || undefined })}
        />
        {!me.district && (
          <SelectField
            id="case-district"
            label={s.district}
            value={district}
            placeholder={lang === 'ko' ? '모든 구' : 'All districts'}
            options={optionsOf(DISTRICT_LABEL, l)}
            onChange={(v) => go({ district: v || undefined })}
          />
        )}
        <SelectField
          id="case-program"
          label={lang === 'ko' ? '받을 수 있는 제도 (마지막 선별)' : 'Eligible program (last screening)'}
          value={program}
          placeholder={lang === 'ko' ? '모든 제도' : 'All programs'}
          options={catalog.map((c) => ({ value: c.id, label: l(c.metadata.name) }))}
          onChange={(v) => go({ program: v || undefined })}
        />
        <CheckboxField
          id="case-mine"
          label={s.onlyMine}
          checked={mine}
          onChange={(v) => go({ mine: v ? 'true' : undefined })}
        />
        <CheckboxField
          id="case-unassigned"
          label={a.onlyUnassigned}
          checked={unassigned}
          onChange={(v) => go({ unassigned: v ? 'true' : undefined })}
        />
        <CheckboxField
          id="case-overdue"
          label={s.onlyOverdue}
          checked={overdue}
          onChange={(v) => go({ overdue: v ? 'true' : undefined })}
        />
        <SelectField
          id="case-referral"
          label={r.referrals}
          value={referral}
          placeholder={lang === 'ko' ? '모두' : 'All'}
          options={[
            { value: 'waiting', label: lang === 'ko' ? '기관 회신 대기' : 'Waiting for the agency' },
            { value: 'overdue', label: lang === 'ko' ? '회신 기한 지남' : 'Answer overdue' },
            { value: 'open', label: lang === 'ko' ? '진행 중인 연계' : 'Open referrals' },
            {
              value: 'declined',
              label: lang === 'ko' ? '기관이 거절함 (아직 다른 곳에 보내지 않음)' : 'Declined, not yet sent elsewhere',
            },
          ]}
          onChange={(v) => go({ referral: v || undefined })}
        />
        <ButtonRow>
          <Button type="submit" variant="primary">
            {s.searchButton}
          </Button>
        </ButtonRow>
      </form>
      {error && <Notice tone="warn">{error}</Notice>}
      <CaseCount
        total={total}
        note={elsewhere ? elsewhereSaid(elsewhere, labelFor(DISTRICT_LABEL, elsewhere.district, l), lang) : undefined}
      />
      {elsewhere && <CaseElsewhere found={elsewhere} />}
      {/* The notice stands in for "no cases match" (a search by a whole number finds one case or none). */}
      {items && !(elsewhere && items.length === 0) && (
        <DataTable
          caption={s.casesCaption}
          rows={items}
          rowKey={(c) => c.id}
          empty={s.noCases}
          columns={[
            {
              key: 'number',
              header: s.caseNumber,
              rowHeader: true,
              cell: (c) => <a href={href(`/staff/cases/${c.id}`)}>{c.number}</a>,
            },
            { key: 'head', header: s.head, cell: (c) => k(c.headName) },
            {
              key: 'district',
              header: s.district,
              cell: (c) => labelFor(DISTRICT_LABEL, c.district, l),
            },
            {
              key: 'assignee',
              header: a.assignee,
              cell: (c) => (c.assigneeName ? k(c.assigneeName) : a.none),
            },
            {
              key: 'status',
              header: s.status,
              cell: (c) =>
                `${STATUS_LABEL[lang][c.status]}${c.overdueTasks > 0 ? ` · ${s.overdue} ${c.overdueTasks}` : ''}${
                  c.openReferrals > 0 ? ` · ${r.referrals} ${c.openReferrals}` : ''
                }${c.overdueReferrals > 0 ? ` · ${r.referrals} ${r.overdue} ${c.overdueReferrals}` : ''}`,
            },
          ]}
        />
      )}
      {next && (
        <ButtonRow className="no-print">
          <Button onClick={() => load(next)}>{lang === 'ko' ? '다음 50건 더 보기' : 'Show 50 more'}</Button>
        </ButtonRow>
      )}
    </Page>
  );
}
