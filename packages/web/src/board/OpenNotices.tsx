import { matchNotice, noticeTerms, type Screening } from '@jibsa/programs';
import { useEffect, useState } from 'react';
import { href } from '../app/router.ts';
import { useI18n, useStrings } from '../i18n/index.tsx';
import type { Answers } from '../self-check/questionnaire/state.ts';
import { read } from './board-api.ts';
import { Deadline } from './Deadline.tsx';
import { noticeApplicant } from './notice-applicant.ts';
import { boardStrings } from './strings.ts';
import type { Fit, Notice } from './types.ts';
import './board.css';

/**
 * On the self-check result: the open 모집공고 that fit the answers. The list of open notices is
 * fetched as anyone would read the board; the matching runs here, so the answers never leave
 * the device. A notice past its last day is not open, so it is not shown. Not printed: the paper
 * result stays within two A4 pages, and the notices change from day to day.
 */
export default function OpenNotices({ screening, answers }: { screening: Screening; answers: Answers }) {
  const s = useStrings(boardStrings);
  const { l, k } = useI18n();
  const [notices, setNotices] = useState<Notice[] | null>(null);
  useEffect(() => {
    void read<{ items: Notice[] }>('/api/notices?state=open').then((r) => setNotices(r.ok ? r.value.items : []));
  }, []);
  if (!notices) return null;
  const who = noticeApplicant(screening, answers);
  const fits = notices
    .filter((n) => n.state !== 'closed' && n.applicationEnd >= screening.date)
    .map((n) => ({ n, fit: matchNotice(noticeTerms(n), who, screening.date) as Fit }))
    .filter((m) => m.fit.fit !== 'no')
    .sort((a, b) => (a.fit.fit === b.fit.fit ? a.n.daysLeft - b.n.daysLeft : a.fit.fit === 'yes' ? -1 : 1));
  return (
    <section className="open-notices no-print" aria-labelledby="open-notices-title">
      <h2 id="open-notices-title">{s.fitsTitle}</h2>
      {fits.length === 0 ? (
        <p>{s.fitsNone}</p>
      ) : (
        <>
          <p>{s.fitsLead}</p>
          <ul className="notice-list">
            {fits.map(({ n, fit }) => (
              <li key={n.id} data-notice-fit={fit.fit}>
                <a className="notice-title" href={href(`/board/${n.postNumber}`)}>
                  {k(n.title)}
                </a>
                <p>
                  <strong>{fit.fit === 'yes' ? s.fitYes : s.fitMaybe}</strong> · {k(n.provider)} ·{' '}
                  {l(n.housingTypeLabel)} · <Deadline notice={n} />
                </p>
                {fit.missing.length > 0 && (
                  <p>
                    {s.toCheck}: {fit.missing.map((m) => l(m)).join(', ')}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={href('/board', { category: 'recruitment' })}>{s.seeAll}</a>
      </p>
    </section>
  );
}
