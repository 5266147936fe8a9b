import { findProgram, type ProgramScreening } from '@jibsa/programs';
import type { ReactNode } from 'react';
import { href } from '../../app/router.ts';
import { ApplyInfo } from '../../catalog/parts/ApplyInfo.tsx';
import { Figures } from '../../catalog/parts/Figures.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { LazyDetails } from '../../shared/ui/LazyDetails.tsx';
import { inputName } from '../questionnaire/fields.ts';
import { estimatedAmount } from '../questionnaire/money.ts';
import { type Answers, isSettled } from '../questionnaire/state.ts';
import { StatusBadge } from './StatusBadge.tsx';

const OUTCOME_ICON = { yes: '✓', no: '✕', unknown: '?' } as const;

/** One program on the result page: amount or benefit, reasons, what to check, documents, how to apply, figures. */
export function ProgramCard({ p, answers }: { p: ProgramScreening; answers: Answers }) {
  const { t, l, lang } = useI18n();
  const entry = findProgram(p.id);
  const meta = entry?.metadata;
  const unit = entry?.program?.amount?.unit;
  if (p.status === 'ineligible') return <IneligibleCard p={p} />;
  return (
    <CardShell p={p} className={`program-card status-${p.status}`}>
      {p.amount !== null ? (
        <p className="amount">
          <span className="amount-label">{p.amountLabel ? l(p.amountLabel) : t.estimated}</span>{' '}
          <strong data-amount={p.amount}>{estimatedAmount(p.amount, unit === 'KRW/month', lang)}</strong>
        </p>
      ) : (
        meta && (
          <p className="benefit">
            <strong>{t.whatYouGet}: </strong>
            {l(meta.whatYouGet)}
          </p>
        )
      )}
      {p.unavailable && <p className="notice">{l(p.unavailable)}</p>}
      {p.reasons.length > 0 && <Reasons p={p} />}
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
                <li key={d}>{d}</li>
              ))}
            </ul>
          </section>
          <section>
            <h4>{t.howToApply}</h4>
            <ApplyInfo apply={meta.apply} />
          </section>
        </>
      )}
      {p.parameters.length > 0 && (
        <LazyDetails summary={t.figures}>
          {() => (
            <Figures
              rows={p.parameters.map((r) => ({ ...r, dims: entry?.program?.parameters.get(r.id)?.dimensions }))}
              caption={`${l(p.name)} — ${t.figures}`}
            />
          )}
        </LazyDetails>
      )}
      <p className="card-links no-print">
        <a href={href(`/programs/${p.id}`)}>
          {t.programPage}
          <span className="visually-hidden">: {l(p.name)}</span>
        </a>
        <a className="button small" href={href('/consult', { program: p.id })}>
          {t.askCounselor}
          <span className="visually-hidden">: {l(p.name)}</span>
        </a>
      </p>
    </CardShell>
  );
}

function Reasons({ p }: { p: ProgramScreening }) {
  const { t, l } = useI18n();
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
              {l(r.text)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Programs that do not apply stay short: name, status, and the reasons folded away. */
function IneligibleCard({ p }: { p: ProgramScreening }) {
  const { t, l } = useI18n();
  return (
    <CardShell p={p} className="program-card status-ineligible compact">
      {p.reasons.length > 0 && <LazyDetails summary={t.whyNot}>{() => <Reasons p={p} />}</LazyDetails>}
      <p className="card-links no-print">
        <a href={href(`/programs/${p.id}`)}>
          {t.programPage}
          <span className="visually-hidden">: {l(p.name)}</span>
        </a>
      </p>
    </CardShell>
  );
}

/** The card itself and its heading (the name and status badge), shared by full and compact cards. */
function CardShell({ p, className, children }: { p: ProgramScreening; className: string; children: ReactNode }) {
  const { l } = useI18n();
  const headingId = `program-${p.id}`;
  return (
    <article className={className} aria-labelledby={headingId} data-program-id={p.id} data-status={p.status}>
      <header className="card-header">
        <h3 id={headingId} className="card-title">
          {l(p.name)}
        </h3>
        <StatusBadge status={p.status} />
      </header>
      {children}
    </article>
  );
}
