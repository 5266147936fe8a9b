import { useEffect, useState } from 'react';
import { api } from './api.ts';

/** My unread referral notices, counted and grouped by referral, newest first (GET /api/notifications/unread). */
export interface Unread {
  count: number;
  referrals: { referralId: string; number: string; count: number; caseId?: string }[];
}

/** The unread notices, asked once when the component mounts (null until they come, or if refused). */
export function useUnread(): Unread | null {
  const [unread, setUnread] = useState<Unread | null>(null);
  useEffect(() => {
    void api<Unread>('GET', '/api/notifications/unread').then((res) => {
      if (res.ok) setUnread(res.value);
    });
  }, []);
  return unread;
}

/** Where a referral's news is read: the agency's page of it, or the case it was sent for. */
export function newsTarget(x: Unread['referrals'][number], partner: boolean): string {
  if (partner) return `/staff/partner/${x.referralId}`;
  return x.caseId ? `/staff/cases/${x.caseId}` : '/staff/cases';
}
