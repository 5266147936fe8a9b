import { useEffect, useState } from 'react';
import { href } from '../../app/router.ts';
import { useStrings } from '../../i18n/index.tsx';
import { referralStrings } from '../referrals/referral-strings.ts';
import { api } from './api.ts';

interface Unread {
  count: number;
  referrals: { referralId: string; number: string; count: number; caseId?: string }[];
}

/**
 * The in-app notice count of referral news, read again on every page change. It links to the
 * newest referral with news: the agency's own page for partners, the referral's case for the center.
 */
export function UnreadBadge({ partner }: { partner: boolean }) {
  const r = useStrings(referralStrings);
  const [unread, setUnread] = useState<Unread | null>(null);
  useEffect(() => {
    void api<Unread>('GET', '/api/notifications/unread').then((res) => {
      if (res.ok) setUnread(res.value);
    });
  }, []);
  if (!unread || unread.count === 0) return null;
  const first = unread.referrals[0];
  const target = partner
    ? `/staff/partner/${first?.referralId}`
    : first?.caseId
      ? `/staff/cases/${first.caseId}`
      : '/staff/cases';
  return (
    <a href={href(target)} className="unread-badge">
      {r.notices} <span className="badge">{unread.count}</span>
    </a>
  );
}
