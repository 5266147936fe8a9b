import { findProgram, type ProgramScreening } from '@jibsa/programs';
import { fillFigures } from '@jibsa/rules';
import { lazy, type ReactNode, Suspense, useState } from 'react';
import { href } from '../../app/router.ts';
import { ApplyInfo } from '../../catalog/parts/ApplyInfo.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { DirectoryService } from '../../shared/directory/service.ts';
import { LazyDetails } from '../../shared/ui/LazyDetails.tsx';
import { LoadFailure } from '../../shared/ui/LoadFailure.tsx';
import { inputName } from '../questionnaire/fields.ts';
import { estimatedAmount } from '../questionnaire/money.ts';
import { type Answers, isSettled } from '../questionnaire/state.ts';
import { AheadLine } from './AheadLine.tsx';
import { ApplyAt } from './ApplyAt.tsx';
import { dayIn } from './day-words.ts';
import { IncomeParts } from './IncomeParts.tsx';
import { StatusBadge } from './StatusBadge.tsx';

/** A loan (버팀목 전세자금): money lent and paid back, said apart from benefits wherever it is counted. */
export const isLoan = (id: string) => findProgram(id)?.metadata.helpType === 'loan';

const OUTCOME_ICON = { yes: '✓', no: '✕', unknown: '?' } as const;

/** Few open the figures table: fetched when first opened, so a phone does not download it with every question. */
const Figures = lazy(() => import('../../catalog/parts/Figures.tsx').then((m) => ({ default: m.Figures })));

/** The card heading's element id. Dots of a program id (housing-benefit.rent) would read as a class in a #selector: hyphens instead. */
export const programCardId = (programId: string) => `program-${programId.replaceAll('.', '-')}`;

/** One program on the result page: amount or benefit, reasons, what to check, documents, how to apply, figures. */
export function ProgramCard({ p, answers, household, date, applyAt, district, ahead }: CardProps) {
  const { t, l, k, lang } = useI18n();
  const entry = findProgram(p.id);
  const meta = entry?.metadata;
  const unit = entry?.program?.amount?.unit;
  if (p.status === 'ineligible') return <IneligibleCard p={p} household={household} date={date} ahead={ahead} />;
  // Folded to its heading and what it gives; the rest opens on demand (and always on paper).
  // With the amount in its place, `whatYouGet` is not shown: a limit it states comes as the caution.
  const headline =
    p.amount !== null ? (
      <>
        <p className="amount">
          <span className="amount-label">{p.amountLabel ? l(p.amountLabel) : t.estimated}</span>{' '}
          {/* "월 임차급여 (예상) 월 약 …": a label that already says 월 is not followed by a second. */}
          <strong data-amount={p.amount}>
            {estimatedAmount(
              p.amount,
              unit === 'KRW/month' && !(lang === 'ko' && p.amountLabel?.ko.startsWith('월')),
              lang,
            )}
          </strong>
        </p>
        {meta?.caution && <p className="notice caution">{k(meta.caution)}</p>}
      </>
    ) : (
      entry && (
        <p className="benefit">
          <strong>{t.whatYouGet}: </strong>
          {/* catalogTexts' fill, without the lines the card never shows (self-check bundle) */}
          {k(entry.program ? fillFigures(entry.metadata.whatYouGet, entry.program, date) : entry.metadata.whatYouGet)}
        </p>
      )
    );
  return (
    <CardShell p={p} className={`program-card status-${p.status}`} headline={headline} foldable ahead={ahead}>
      {p.unavailable && <p className="notice">{l(p.unavailable)}</p>}
      {p.reasons.length > 0 && <Reasons p={p} same={ahead !== undefined && !ahead.result} />}
      <IncomeParts programId={p.id} household={household} date={date} bounded={wordsBound(p)} />
      {p.missing.length > 0 && (
        <section className="to-check">
          <h4>
            <span aria-hidden="true">? </span>
            {t.toCheck}
          </h4>
          <p>{t.toCheckLead}</p>
          <ul className="plain-list">
            {p.missing.map((m) => (
              <li key={m.path}>
                {inputName(m.path, answers, lang, m.label)}
                {!isSettled(answers, m.path) && m.path !== 'members' && (
                  <>
                    {' '}
                    <a className="no-print" href={href('/check', { q: m.path })}>
                      {t.answerNow}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {meta && (
        <>
          <section>
            <h4>{t.documents}</h4>
            <ul>
              {meta.documents[lang].map((d) => (
                <li key={d}>{k(d)}</li>
              ))}
            </ul>
          </section>
          <section>
            <h4>{t.howToApply}</h4>
            <ApplyInfo apply={meta.apply} />
          </section>
        </>
      )}
      <ApplyAt services={applyAt ?? []} {...(district ? { district } : {})} />
      {p.parameters.length > 0 && (
        <LazyDetails summary={t.figures}>
          {() => (
            <LoadFailure>
              <Suspense fallback={<p>{t.loading}</p>}>
                <Figures
                  rows={p.parameters.map((r) => ({ ...r, dims: entry?.program?.parameters.get(r.id)?.dimensions }))}
                  caption={`${l(p.name)} — ${t.figures}`}
                />
              </Suspense>
            </LoadFailure>
          )}
        </LazyDetails>
      )}
      <CardLinks p={p} consult />
    </CardShell>
  );
}

/**
 * Whether a reason words an income by one of its bounds: the labels of those variables end so
 * (programs' recognized-income.ts and income.ts, "가구 소득인정액 (가장 적게 잡아도)").
 */
export const wordsBound = (p: ProgramScreening) => p.reasons.some((r) => /\(가장 (적게|많게) 잡아도\)/.test(r.text.ko));

/** `same`: these answers were screened on the day of the next figures too, with the same result. */
function Reasons({ p, same = false }: { p: ProgramScreening; same?: boolean }) {
  const { t, k, lang } = useI18n();
  return (
    <section className="reasons">
      <h4>{t.reasons}</h4>
      <ul className="plain-list">
        {p.reasons.map((r) => {
          const o = r.outcome === true ? 'yes' : r.outcome === false ? 'no' : 'unknown';
          const word = { yes: t.reasonYes, no: t.reasonNo, unknown: t.reasonUnknown }[o];
          return (
            <li key={r.id} className={`reason reason-${o}`}>
              <span aria-hidden="true" className="reason-icon">
                {OUTCOME_ICON[o]}
              </span>
              <span className="visually-hidden">{word}: </span>
              {k(r.text)}
              {/* ※ is not spoken at every screen reader's punctuation level: words stand in for it. */}
              {r.weak && (
                <>
                  <span aria-hidden="true"> ※</span>
                  <span className="visually-hidden"> {t.weakMark}</span>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {p.figuresNote && <p className="figures-note">{k(p.figuresNote)}</p>}
      {p.nextFiguresOn && (
        <p className="next-figures">
          {(same ? t.nextFiguresSame : t.nextFigures).replace('{date}', dayIn(p.nextFiguresOn, lang))}
        </p>
      )}
    </section>
  );
}

/** Programs that do not apply stay short: name, status, and the reasons (with 소득인정액's parts) folded away. */
function IneligibleCard({ p, household, date, ahead }: Omit<CardProps, 'answers'>) {
  const { t } = useI18n();
  return (
    <CardShell p={p} className="program-card status-ineligible compact" ahead={ahead}>
      {p.reasons.length > 0 && (
        <LazyDetails summary={t.whyNot}>
          {() => (
            <>
              <Reasons p={p} same={ahead !== undefined && !ahead.result} />
              <IncomeParts programId={p.id} household={household} date={date} bounded={wordsBound(p)} />
            </>
          )}
        </LazyDetails>
      )}
      <CardLinks p={p} />
    </CardShell>
  );
}

/** A card's links: the program's page and, where it may apply, asking a counselor about it. */
function CardLinks({ p, consult = false }: { p: ProgramScreening; consult?: boolean }) {
  const { t, l } = useI18n();
  return (
    <p className="card-links no-print">
      <a href={href(`/programs/${p.id}`)}>
        {t.programPage}
        <span className="visually-hidden">: {l(p.name)}</span>
      </a>
      {consult && (
        <a className="button small" href={href('/consult', { program: p.id })}>
          {t.askCounselor}
          <span className="visually-hidden">: {l(p.name)}</span>
        </a>
      )}
    </p>
  );
}

interface CardProps {
  p: ProgramScreening;
  answers: Answers;
  /** The household as screened, for the 소득인정액 parts. */
  household: unknown;
  date: string;
  /** Gwangju services that deliver this program (in the household's 구 when known). */
  applyAt?: readonly DirectoryService[];
  district?: string | undefined;
  /**
   * The day this program's newer figures take effect, screened ahead (resultsAhead), with its
   * result then when it differs from today's.
   */
  ahead?: { readonly date: string; readonly result?: ProgramScreening } | undefined;
}

/**
 * The card itself and its heading (the name and status badge), shared by full and compact cards.
 * A foldable card shows its headline and a "자세히 보기" button (aria-expanded) that opens the rest;
 * the folded part stays in the page so print (print.css) and find-in-page still have it.
 */
function CardShell({
  p,
  className,
  children,
  headline,
  foldable = false,
  ahead,
}: {
  p: ProgramScreening;
  className: string;
  children: ReactNode;
  headline?: ReactNode;
  foldable?: boolean;
  ahead?: CardProps['ahead'];
}) {
  const { t, l, k } = useI18n();
  const [open, setOpen] = useState(false);
  const headingId = programCardId(p.id);
  const bodyId = `${headingId}-details`;
  return (
    <article
      className={className}
      aria-labelledby={headingId}
      data-program-id={p.id}
      data-status={p.status}
      data-open={foldable ? open : undefined}
    >
      <header className="card-header">
        <h3 id={headingId} className="card-title">
          {k(p.name)}
        </h3>
        <StatusBadge status={p.status} loan={isLoan(p.id)} />
      </header>
      {headline}
      {ahead?.result && <AheadLine now={p} later={ahead.result} date={ahead.date} />}
      {p.figuresYear !== undefined && (
        <p className="notice figures-year">{t.figuresYear.replace('{year}', String(p.figuresYear))}</p>
      )}
      {foldable ? (
        <>
          <button
            type="button"
            className="secondary small card-toggle no-print"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true">{open ? '▲ ' : '▼ '}</span>
            {open ? t.foldCard : t.unfoldCard}
            <span className="visually-hidden">: {l(p.name)}</span>
          </button>
          <div id={bodyId} className={open ? 'card-body' : 'card-body folded'}>
            {children}
          </div>
        </>
      ) : (
        children
      )}
    </article>
  );
}
