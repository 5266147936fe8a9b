import { useCallback, useEffect, useState } from 'react';
import { href } from '../../app/router.ts';
import { useI18n, useStrings } from '../../i18n/index.tsx';
import { centerDay } from '../../shared/ui/center-time.ts';
import { Button, DataTable, focusSoon, Notice, Page, SelectField, TextField } from '../../shared/ui/index.ts';
import { api } from '../shell/api.ts';
import { outcomeWords, REFERRAL_STATUS_LABEL, type Referral, referralStrings } from './referral-strings.ts';

/** What the agency asks its inbox for: everything, what still needs work, or what is late. */
type InboxFilter = '' | 'open' | 'overdue';

/**
 * The partner agency's inbox: its own referrals only, newest first. An agency such as LH gets many:
 * pages follow the server's cursor ("more" appends the next 50) and a filter keeps to what still
 * needs work or is past its answer date.
 */
export function PartnerInbox() {
  const r = useStrings(referralStrings);
  const { l, lang, k } = useI18n();
  const [filter, setFilter] = useState<InboxFilter>('');
  /** What is typed in the number box, and what was last asked for (on 찾기, not on every key). */
  const [typed, setTyped] = useState('');
  const [number, setNumber] = useState('');
  const [numberError, setNumberError] = useState<string | undefined>();
  const [items, setItems] = useState<Referral[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(
    async (cursor: string | null) => {
      const params = new URLSearchParams(filter ? { [filter]: 'true' } : {});
      if (number) params.set('number', number);
      if (cursor) params.set('cursor', cursor);
      const res = await api<{ items: Referral[]; nextCursor: string | null }>(
        'GET',
        `/api/partner/referrals?${params}`,
      );
      if (!res.ok) return setError(l(res.problem.detail));
      setError(null);
      setItems((before) => (cursor ? [...(before ?? []), ...res.value.items] : res.value.items));
      setNext(res.value.nextCursor);
    },
    [filter, number, l],
  );
  useEffect(() => {
    void load(null);
  }, [load]);
  return (
    <Page title={r.inboxTitle} lead={r.inboxLead}>
      <form
        className="staff-filters no-print"
        onSubmit={(e) => {
          e.preventDefault();
          const wanted = typed.trim().replace(/\s+/g, '');
          // The server takes only what a referral number is made of (R, digits, dashes).
          if (wanted && !/^[Rr0-9-]{1,20}$/.test(wanted)) {
            setNumberError(
              lang === 'ko'
                ? '연계 번호는 R-2026-000123처럼 적어 주세요 (뒷자리 숫자만 적어도 됩니다).'
                : 'Write a referral number like R-2026-000123 (its last digits are enough).',
            );
            focusSoon('partner-number');
            return;
          }
          setNumberError(undefined);
          setNumber(wanted);
        }}
      >
        <TextField
          id="partner-number"
          label={lang === 'ko' ? '연계 번호로 찾기' : 'Find by referral number'}
          hint={lang === 'ko' ? '예: R-2026-000123 또는 123' : 'e.g. R-2026-000123 or 123'}
          value={typed}
          onChange={setTyped}
          maxLength={20}
          error={numberError}
        />
        <SelectField
          id="partner-filter"
          label={lang === 'ko' ? '보기' : 'Show'}
          value={filter}
          options={[
            { value: '', label: lang === 'ko' ? '모든 연계 의뢰' : 'All referrals' },
            { value: 'open', label: lang === 'ko' ? '아직 끝나지 않은 것' : 'Still open' },
            { value: 'overdue', label: lang === 'ko' ? '회신 기한이 지난 것' : 'Past the answer date' },
          ]}
          onChange={(v) => setFilter(v as InboxFilter)}
        />
        <div className="button-row">
          <Button type="submit" variant="primary">
            {lang === 'ko' ? '찾기' : 'Search'}
          </Button>
        </div>
      </form>
      {error && <Notice tone="warn">{error}</Notice>}
      {items && (
        <DataTable
          caption={r.inboxTitle}
          rows={items}
          rowKey={(x) => x.id}
          empty={
            filter || number
              ? lang === 'ko'
                ? '조건에 맞는 연계 의뢰가 없습니다.'
                : 'No referrals match.'
              : r.inboxEmpty
          }
          columns={[
            {
              key: 'number',
              header: r.referrals,
              rowHeader: true,
              cell: (x) => <a href={href(`/staff/partner/${x.id}`)}>{x.number}</a>,
            },
            { key: 'service', header: r.service, cell: (x) => k(x.service.name) },
            {
              key: 'status',
              header: r.progress,
              cell: (x) =>
                // A finished referral says how it ended ("완료 (입주 확정)"), as the counselor's list does.
                `${REFERRAL_STATUS_LABEL[x.status][lang]}${x.outcome ? ` (${outcomeWords(x.outcome, x.waitlistRank, lang)})` : ''}${x.overdue ? ` · ${r.overdue}` : ''}${x.unread > 0 ? ` · ${r.unread} ${x.unread}` : ''}`,
            },
            { key: 'due', header: r.due, cell: (x) => centerDay(x.dueOn, lang) },
          ]}
        />
      )}
      {next && (
        <div className="button-row no-print">
          <Button onClick={() => load(next)}>{lang === 'ko' ? '다음 50건 더 보기' : 'Show 50 more'}</Button>
        </div>
      )}
    </Page>
  );
}
