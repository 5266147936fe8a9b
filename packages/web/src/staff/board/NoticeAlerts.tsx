import { useEffect, useState } from 'react';
import { href } from '../../app/router.ts';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
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

/** Alerts grouped by notice, in the order the notices first appear. */
function byNotice(items: readonly Alert[]): [number, Alert[]][] {
  const groups = new Map<number, Alert[]>();
  for (const a of items) {
    const g = groups.get(a.postNumber);
    if (g) g.push(a);
    else groups.set(a.postNumber, [a]);
  }
  return [...groups];
}

/** "A new 모집공고 fits your case": shown to the case's counselor until marked as seen. */
export function NoticeAlerts() {
  const s = useStrings(boardStaffStrings);
  const { k } = useI18n();
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
      {/* One line per notice with its cases, not one per pair: a notice fitting 20 cases was 20 lines above the list. */}
      <ul>
        {byNotice(items).map(([postNumber, group]) => (
          <li key={postNumber}>
            <a href={href(`/board/${postNumber}`)}>{k(group[0]?.noticeTitle ?? '')}</a> →{' '}
            {fill(s.alertsCases, { n: group.length })}:{' '}
            {group.map((a, i) => (
              <span key={a.id}>
                {i > 0 && ', '}
                <a href={href(`/staff/cases/${a.caseId}`)}>{a.caseNumber}</a>
              </span>
            ))}
          </li>
        ))}
      </ul>
      <Button small onClick={seen}>
        {s.alertsSeen}
      </Button>
    </section>
  );
}
