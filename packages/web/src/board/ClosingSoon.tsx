import { useEffect, useState } from 'react';
import { href } from '../app/router.ts';
import { useStrings } from '../i18n/index.tsx';
import { read } from './board-api.ts';
import { Deadline } from './Deadline.tsx';
import { boardStrings } from './strings.ts';
import type { Notice } from './types.ts';

/** "마감 임박": the notices whose last day is a week away or less, so nobody misses one. */
export function ClosingSoon() {
  const s = useStrings(boardStrings);
  const [items, setItems] = useState<Notice[] | null>(null);
  useEffect(() => {
    void read<{ items: Notice[] }>('/api/notices?state=closing&limit=10').then((r) =>
      setItems(r.ok ? r.value.items : []),
    );
  }, []);
  if (!items) return null;
  return (
    <section aria-labelledby="closing-soon" className="closing-soon">
      <h2 id="closing-soon">{s.closingTitle}</h2>
      {items.length === 0 ? (
        <p>{s.closingEmpty}</p>
      ) : (
        <ul className="notice-list">
          {items.map((n) => (
            <li key={n.id}>
              <a className="notice-title" href={href(`/board/${n.postNumber}`)}>
                {n.title}
              </a>{' '}
              <Deadline notice={n} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
