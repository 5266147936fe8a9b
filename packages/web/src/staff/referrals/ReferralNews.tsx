import { fill, useStrings } from '../../i18n/index.tsx';
import { DataTable, Page } from '../../shared/ui/index.ts';
import { newsTarget, useUnread } from '../shell/unread.ts';
import { referralStrings } from './referral-strings.ts';

/**
 * 새 연계 소식: each referral with unread news and how many, newest first, each leading to where it
 * is read (opening the referral there reads its news).
 */
export function ReferralNews({ partner }: { partner: boolean }) {
  const r = useStrings(referralStrings);
  const unread = useUnread();
  return (
    <Page title={r.notices} lead={partner ? r.newsLeadPartner : r.newsLead}>
      {unread && (
        <DataTable
          caption={r.notices}
          rows={unread.referrals}
          rowKey={(x) => x.referralId}
          empty={r.newsEmpty}
          columns={[
            {
              key: 'number',
              header: r.newsReferral,
              rowHeader: true,
              cell: (x) => (
                <a href={newsTarget(x, partner)} translate="no">
                  {x.number}
                </a>
              ),
            },
            { key: 'count', header: r.newsCount, cell: (x) => fill(r.newsItems, { n: x.count }) },
          ]}
        />
      )}
    </Page>
  );
}
