import { useEffect, useState } from 'react';
import { href } from '../../app/router.ts';
import { api } from './api.ts';

/** My unread referral notices, counted and grouped by referral, newest first (GET /api/notifications/unread). */
export interface Unread {
  count: number;
  referrals: { referralId: string; number: string; count: number; caseId?: string }[];
}

const CHANGED = 'jibsa:unread-changed';

/**
 * Says a referral with news was just opened (which reads its news): the header's count was asked
 * when the page came, before the opening, and would go on counting what has been read.
 */
export function unreadChanged() {
  window.dispatchEvent(new Event(CHANGED));
}

/** The unread notices, asked when the component mounts and after each `unreadChanged` (null until they come, or if refused). */
export function useUnread(): Unread | null {
  const [unread, setUnread] = useState<Unread | null>(null);
  useEffect(() => {
    const ask = () => {
      void api<Unread>('GET', '/api/notifications/unread').then((res) => {
        if (res.ok) setUnread(res.value);
      });
    };
    ask();
    window.addEventListener(CHANGED, ask);
    return () => window.removeEventListener(CHANGED, ask);
  }, []);
  return unread;
}

/**
 * Where a referral's news is read (a link): the agency's page of it, or the case it was sent for
 * with that referral named, so the case page opens it. The case alone read nothing.
 */
export function newsTarget(x: Unread['referrals'][number], partner: boolean): string {
  if (partner) return href(`/staff/partner/${x.referralId}`);
  return x.caseId ? href(`/staff/cases/${x.caseId}`, { referral: x.referralId }) : href('/staff/cases');
}
