import { useEffect, useState } from 'react';
import { defineStrings, useStrings } from '../../i18n/index.tsx';
import type { CaseDetail } from '../shell/types.ts';

const tocStrings = defineStrings(
  {
    title: '이 사례에서 바로 가기',
    people: '가구원',
    details: '사례 정보',
    screening: '선별 결과',
    whatIf: '만약에',
    notices: '모집공고',
    pathway: '주거상향',
    plan: '서비스 계획',
    tasks: '할 일',
    notes: '상담 메모',
    documents: '서류',
    referrals: '연계',
    status: '상태 바꾸기',
    timeline: '진행 기록',
    countsHint: '숫자: 할 일·서비스 계획·연계는 아직 끝나지 않은 것, 그 밖에는 모두',
    top: '맨 위로',
  },
  {
    title: 'On this page',
    people: 'People',
    details: 'Case details',
    screening: 'Screening',
    whatIf: 'What if',
    notices: 'Notices',
    pathway: 'Housing pathway',
    plan: 'Service plan',
    tasks: 'Tasks',
    notes: 'Notes',
    documents: 'Documents',
    referrals: 'Referrals',
    status: 'Change status',
    timeline: 'Timeline',
    countsHint: 'Numbers: tasks, goals and referrals still open; everything else in all',
    top: 'Back to top',
  },
);

/** Counts the case page learns from panels that load their own lists; undefined until (or unless) they load. */
export interface TocExtras {
  notices?: number;
  pathway?: boolean;
  openReferrals?: number;
}

/** The contents' own heading: it names the nav, and "back to top" returns focus to it. */
const TOC_HEADING_ID = 'h-case-toc';

/**
 * "이 사례에서 바로 가기": the case page is long (people to timeline, thirteen sections), so a list of
 * links near the top leads to each section's heading, with how many open or recorded items it holds.
 * Following a link moves focus to the heading, so keyboard and screen-reader users carry on from there.
 * Panels that load their own data (notices, 주거상향) are listed once they have shown up.
 */
export function CaseToc({ c, extras }: { c: CaseDetail; extras: TocExtras }) {
  const t = useStrings(tocStrings);
  const openTasks = c.tasks.filter((x) => !x.doneAt).length;
  const openGoals = c.plan.filter((g) => !g.done).length;
  const entries: { id: string; label: string; count?: number; shown?: boolean }[] = [
    { id: 'h-people', label: t.people, count: c.people.length },
    { id: 'h-details', label: t.details },
    { id: 'h-screening', label: t.screening },
    { id: 'h-whatif', label: t.whatIf },
    { id: 'h-case-notices', label: t.notices, count: extras.notices, shown: extras.notices !== undefined },
    { id: 'h-pathway', label: t.pathway, shown: extras.pathway === true },
    { id: 'h-plan', label: t.plan, count: openGoals },
    { id: 'h-tasks', label: t.tasks, count: openTasks },
    { id: 'h-notes', label: t.notes, count: c.notes.length },
    { id: 'h-documents', label: t.documents, count: c.documents.length },
    { id: 'h-referrals', label: t.referrals, count: extras.openReferrals },
    { id: 'h-status', label: t.status },
    { id: 'h-timeline', label: t.timeline },
  ];
  return (
    <nav className="case-toc no-print" aria-labelledby={TOC_HEADING_ID} aria-describedby="case-toc-hint">
      <h2 id={TOC_HEADING_ID} tabIndex={-1}>
        {t.title}
      </h2>
      <ul className="case-toc-list">
        {entries
          .filter((e) => e.shown !== false)
          .map((e) => (
            <li key={e.id}>
              <a href={`#${e.id}`} data-toc={e.id} onClick={(ev) => goTo(ev, e.id)}>
                {e.label}
                {e.count ? (
                  <>
                    {' '}
                    <span className="case-toc-count">{e.count}</span>
                  </>
                ) : null}
              </a>
            </li>
          ))}
      </ul>
      <p id="case-toc-hint" className="hint">
        {t.countsHint}
      </p>
    </nav>
  );
}

/**
 * The way back up from deep in the page: a small link fixed to the window's corner, there only once
 * the contents have scrolled out of sight. While it shows, the page keeps room for it below whatever
 * takes focus (scroll-padding), so it never hides a focused field (WCAG 2.4.11).
 */
export function BackToTop() {
  const t = useStrings(tocStrings);
  const [away, setAway] = useState(false);
  useEffect(() => {
    // Measured on scroll (once a frame) rather than by an IntersectionObserver set up at mount: in a
    // full test run the observer once never reported the contents leaving (scrolled 5,000 px past
    // them, still "not away"), and the contents are looked up afresh each time.
    let frame = 0;
    const measure = () => {
      frame = 0;
      const toc = document.getElementById(TOC_HEADING_ID)?.closest('nav');
      setAway(toc ? toc.getBoundingClientRect().bottom < 0 : false);
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, []);
  useEffect(() => {
    document.documentElement.classList.toggle('has-back-to-top', away);
    return () => document.documentElement.classList.remove('has-back-to-top');
  }, [away]);
  return (
    <a className="back-to-top no-print" href={`#${TOC_HEADING_ID}`} hidden={!away} onClick={toTop}>
      <span aria-hidden="true">↑ </span>
      {t.top}
    </a>
  );
}

/** Follows an in-page link without touching the hash route: focus on the heading, scrolled to the top. */
function goTo(e: React.MouseEvent, id: string) {
  e.preventDefault();
  const heading = document.getElementById(id);
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
  heading.scrollIntoView({ block: 'start' });
}

/** Back to the page's top (its title shows again), with focus on the contents to pick the next section. */
function toTop(e: React.MouseEvent) {
  e.preventDefault();
  document.getElementById(TOC_HEADING_ID)?.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}
