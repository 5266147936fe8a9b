import { href } from '../../app/router.ts';
import { useStrings } from '../../i18n/index.tsx';
import { referralStrings } from '../referrals/referral-strings.ts';
import { type Unread, useUnread } from './unread.ts';

/**
 * The in-app notice count of referral news, read again on every page change. It leads to the list
 * of referrals with news (ReferralNews): it led to the newest one alone, so a count of 34 showed one.
 */
export function UnreadBadge({ current = false }: { current?: boolean }) {
  const r = useStrings(referralStrings);
  const unread: Unread | null = useUnread();
  if (!unread || unread.count === 0) return null;
  return (
    <a href={href('/staff/news')} className="unread-badge" aria-current={current ? 'page' : undefined}>
      {r.notices} <span className="badge">{unread.count}</span>
    </a>
  );
}
