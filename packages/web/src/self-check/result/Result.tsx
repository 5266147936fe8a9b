import { findProgram, isGwangjuDistrict, type Screening } from '@jibsa/programs';
import { lazy, Suspense, startTransition, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { href } from '../../app/router.ts';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { servicesFor, useDirectory } from '../../shared/directory/use-directory.ts';
import { PlainWords } from '../../shared/plain-words/PlainWords.tsx';
import { plainWordsStrings } from '../../shared/plain-words/strings.ts';
import { PageHeading } from '../../shared/ui/PageHeading.tsx';
import { knownFieldsOnly } from '../questionnaire/fields.ts';
import { type Answers, toHousehold } from '../questionnaire/state.ts';
import { resultsAhead } from './ahead.ts';
import { ProgramCard } from './ProgramCard.tsx';
import { ResultSummary } from './ResultSummary.tsx';
import { STATUS_ICON, type Status } from './StatusBadge.tsx';

const GROUPS: readonly Status[] = ['eligible', 'unknown', 'ineligible'];
/** Open 모집공고 that fit the answers: its own chunk, so the result shows first and the check stays small. */
// A part fetched later that is gone (a new version put up while the page was open) is left out.
const OpenNotices = lazy(() => import('../../board/OpenNotices.tsx').catch(() => ({ default: () => null })));

/** Cards in the first frame: the top of the result shows at once, the rest follows a frame later. */
const FIRST_FRAME_CARDS = 3;

function markFrame(name: string, measure: string) {
  performance.mark(name);
  if (performance.getEntriesByName('jibsa:answer', 'mark').length) {
    performance.measure(measure, 'jibsa:answer', name);
  }
}

/**
 * Renders the result progressively and marks, for the latency budget (< 100 ms), the first frame
 * with the result ("jibsa:answer-to-result") and the frame with every card ("jibsa:answer-to-complete").
 */
function useProgressive(screening: Screening): boolean {
  const [complete, setComplete] = useState(false);
  useLayoutEffect(() => {
    const id = requestAnimationFrame(() => markFrame('jibsa:result', 'jibsa:answer-to-result'));
    return () => cancelAnimationFrame(id);
  }, []);
  useEffect(() => {
    if (complete) {
      const id = requestAnimationFrame(() => {
        markFrame('jibsa:result-complete', 'jibsa:answer-to-complete');
        performance.clearMarks('jibsa:answer');
      });
      return () => cancelAnimationFrame(id);
    }
    const id = requestAnimationFrame(() => startTransition(() => setComplete(true)));
    return () => cancelAnimationFrame(id);
  }, [complete]);
  return complete || screening.programs.length <= FIRST_FRAME_CARDS;
}

/** For a program whose next figures start on the day screened ahead: its result then, if it differs. */
function aheadFor(ahead: ReturnType<typeof resultsAhead>, p: { id: string; nextFiguresOn?: string }) {
  if (!ahead || p.nextFiguresOn !== ahead.date) return undefined;
  const result = ahead.changed.get(p.id);
  return result ? { date: ahead.date, result } : { date: ahead.date };
}

export function Result({ screening, answers, pending }: { screening: Screening; answers: Answers; pending: boolean }) {
  const { t, l, k } = useI18n();
  const w = useStrings(plainWordsStrings);
  const [copied, setCopied] = useState(false);
  const complete = useProgressive(screening);
  // The household as screened, for each card's 소득인정액 parts.
  const household = useMemo(() => knownFieldsOnly(toHousehold(answers)), [answers]);
  // The same answers on the day newer figures start (1 January): what would then change.
  const ahead = useMemo(() => resultsAhead(screening, household), [screening, household]);
  const directory = useDirectory();
  const district = isGwangjuDistrict(answers.household.gwangjuDistrict) ? answers.household.gwangjuDistrict : undefined;
  let budget = complete ? Number.POSITIVE_INFINITY : FIRST_FRAME_CARDS;
  const groupTitle = { eligible: t.groupEligible, unknown: t.groupUnknown, ineligible: t.groupIneligible };
  const groupLead = { eligible: t.groupEligibleLead, unknown: t.groupUnknownLead, ineligible: t.groupIneligibleLead };
  const shown = screening.programs.filter((p) => p.status !== 'ineligible').map((p) => p.id);
  const shareUrl = `${location.origin}${location.pathname}${href('/programs', { ids: shown.join(',') })}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shareUrl);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <div className="result" data-complete={complete || undefined}>
      <PageHeading title={t.resultTitle} />
      <p className="as-of">{fill(t.asOf, { date: screening.date })}</p>
      {/* The version code is for counselors: on paper, not in the words on screen. */}
      <p className="rules-version print-only">{fill(t.rulesVersion, { version: screening.rulesVersion })}</p>
      <p className="disclaimer">{t.disclaimer}</p>
      {pending && (
        <p className="notice no-print">
          {t.notDone} <a href="#/check">{t.continueCheck}</a>
        </p>
      )}
      <ResultSummary screening={screening} />
      {/* The check asks nobody's nationality: most programs are for citizens, foreigners only in set cases.
          On screen: paper is taken to the office, which asks, and keeps to four pages for eleven programs. */}
      <p className="disclaimer foreign-note no-print">{t.foreignNote}</p>
      <nav className="result-jump no-print" aria-label={t.resultTitle}>
        <ul className="jump-list">
          {GROUPS.map((g) => (
            <li key={g}>
              <a className="jump-link" href={`#group-${g}`} onClick={(e) => jump(e, `group-${g}`)}>
                <span aria-hidden="true">{STATUS_ICON[g]} </span>
                {groupTitle[g]} ({screening.programs.filter((p) => p.status === g).length})
              </a>
            </li>
          ))}
          {/* Straight to 상담 신청, which is otherwise many Tabs below. */}
          <li>
            {/* biome-ignore lint/a11y/useValidAnchor: a real in-page link; the handler only keeps the route in the address */}
            <a className="jump-link" href="#result-actions" onClick={(e) => jump(e, 'result-actions')}>
              {t.jumpConsult}
            </a>
          </li>
        </ul>
      </nav>
      {GROUPS.map((g) => {
        const list = screening.programs.filter((p) => p.status === g);
        const visible = list.slice(0, Math.max(0, budget));
        budget -= visible.length;
        return (
          <section
            key={g}
            id={`group-${g}`}
            className={`group group-${g}`}
            aria-labelledby={`group-${g}-title`}
            tabIndex={-1}
          >
            <h2 id={`group-${g}-title`}>
              <span aria-hidden="true" className={`group-icon icon-${g}`}>
                {STATUS_ICON[g]}
              </span>{' '}
              {groupTitle[g]}
            </h2>
            <p className={list.length ? 'group-lead' : 'group-lead group-empty'}>
              {list.length ? groupLead[g] : t.groupEmpty}
            </p>
            {visible.map((p) => (
              <ProgramCard
                key={p.id}
                p={p}
                answers={answers}
                household={household}
                date={screening.date}
                applyAt={servicesFor(directory, p.id, district)}
                district={district}
                ahead={aheadFor(ahead, p)}
              />
            ))}
          </section>
        );
      })}
      {/* The reasons say "소득인정액", "기준 중위소득 …%": what those are, once, under every card. */}
      {/* On screen only: paper keeps to its four pages for eleven programs, and has the counselor. */}
      {complete && (
        <div className="no-print">
          <PlainWords
            korean={screening.programs.flatMap((p) => [p.summary.ko, ...p.reasons.map((r) => r.text.ko)])}
            program={medianReader(screening)}
            date={screening.date}
            lead={w.plainWordsResultLead}
          />
        </div>
      )}
      <Suspense fallback={null}>
        <OpenNotices screening={screening} answers={answers} />
      </Suspense>
      <section id="result-actions" className="result-actions no-print" aria-labelledby="actions-title" tabIndex={-1}>
        <h2 id="actions-title">{t.actions}</h2>
        <p>{t.askCounselorLead}</p>
        <p className="button-row">
          <a className="button primary" href="#/consult">
            {t.askCounselor}
          </a>
          <button type="button" className="secondary" onClick={() => window.print()}>
            <span aria-hidden="true">🖶 </span>
            {t.print}
          </button>
          <a className="button secondary" href="#/check/answers">
            {t.editAnswers}
          </a>
        </p>
        {shown.length > 0 && (
          <div className="share">
            <h3>{t.share}</h3>
            <p>{t.shareLead}</p>
            <p className="share-link">
              <a href={shareUrl}>
                {k(
                  screening.programs
                    .filter((p) => shown.includes(p.id))
                    .map((p) => l(p.name))
                    .join(', '),
                )}
              </a>
            </p>
            <button type="button" className="secondary small" onClick={copy}>
              {t.copy}
            </button>
            <span role="status" className="copied">
              {copied ? t.copied : ''}
            </span>
          </div>
        )}
      </section>
    </div>
  );
}

/** A screened program that reads 기준 중위소득, for its 1인 figure on the day screened. */
function medianReader(screening: Screening) {
  for (const p of screening.programs) {
    const program = findProgram(p.id)?.program;
    if (program?.parameters.has('basic-livelihood.median-income')) return program;
  }
  return undefined;
}

function jump(e: React.MouseEvent, id: string) {
  e.preventDefault();
  const el = document.getElementById(id);
  el?.scrollIntoView();
  el?.focus({ preventScroll: true });
}
