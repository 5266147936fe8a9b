import { useEffect, useState } from 'react';
import { href } from '../../app/router.ts';
import { useStrings } from '../../i18n/index.tsx';
import { Button } from '../../shared/ui/index.ts';
import { api } from '../shell/api.ts';
import { boardStaffStrings } from './board-strings.ts';

interface Alert {
  id: string;
  caseId: string;
  caseNumber: string;
  noticeTitle: string;
  postNumber: number;
}

/** "A new 모집공고 fits your case": shown to the case's counselor until marked as seen. */
export function NoticeAlerts() {
  const s = useStrings(boardStaffStrings);
  const [items, setItems] = useState<Alert[]>([]);
  useEffect(() => {
    void api<{ items: Alert[] }>('GET', '/api/notices/alerts').then((r) => r.ok && setItems(r.value.items));
  }, []);
  if (items.length === 0) return null;
  const seen = async () => {
    const r = await api('POST', '/api/notices/alerts/seen', { ids: items.map((a) => a.id) });
    if (r.ok) setItems([]);
  };
  return (
    <section className="notice notice-info" aria-labelledby="h-notice-alerts">
      <h2 id="h-notice-alerts">{s.alertsTitle}</h2>
      <ul>
        {items.map((a) => (
          <li key={a.id}>
            <a href={href(`/board/${a.postNumber}`)}>{a.noticeTitle}</a> →{' '}
            <a href={href(`/staff/cases/${a.caseId}`)}>{a.caseNumber}</a>
          </li>
        ))}
      </ul>
      <Button small onClick={seen}>
        {s.alertsSeen}
      </Button>
    </section>
  );
}
