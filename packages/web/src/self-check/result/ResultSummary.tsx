import { findProgram, type Screening } from '@jibsa/programs';
import { fill, useI18n } from '../../i18n/index.tsx';
import { estimatedAmount } from '../questionnaire/money.ts';
import { agencyInSentence } from './agency-words.ts';
import { isLoan, programCardId } from './ProgramCard.tsx';

/**
 * The one screen a person reads first: what they can get, about how much a month in all, and
 * the first step to take. The cards below hold the detail.
 */
export function ResultSummary({ screening }: { screening: Screening }) {
  const { t, l, k, lang } = useI18n();
  const where = (agency: { ko: string; en: string }) => agencyInSentence(l(agency));
  // A loan is money lent, not given: listed apart, so "받을 수 있어 보이는 제도" counts help that is given.
  const loans = screening.programs.filter((p) => p.status === 'eligible' && isLoan(p.id));
  const eligible = screening.programs.filter((p) => p.status === 'eligible' && !isLoan(p.id));
  const unknown = screening.programs.filter((p) => p.status === 'unknown');
  const monthly = (id: string) => findProgram(id)?.program?.amount?.unit === 'KRW/month';
  // Only money paid every month adds up; a loan limit or a one-off sum would not.
  const total = eligible.reduce((sum, p) => sum + (p.amount !== null && monthly(p.id) ? p.amount : 0), 0);
  const first = eligible.find((p) => p.amount !== null && monthly(p.id)) ?? eligible[0] ?? loans[0];
  const overlapping = overlaps(eligible.filter((p) => p.amount !== null && monthly(p.id)));
  const agency = first ? findProgram(first.id)?.metadata.apply.agency : undefined;
  return (
    <section className="result-summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{t.summaryTitle}</h2>
      {eligible.length > 0 ? (
        <>
          <p className="summary-count">{fill(t.summaryEligible, { n: eligible.length })}</p>
          <ul className="summary-list">
            {eligible.map((p) => (
              <li key={p.id}>
                <a href={`#${programCardId(p.id)}`} onClick={(e) => toCard(e, p.id)}>
                  {k(p.name)}
                </a>
                {p.amount !== null && monthly(p.id) && <> · {estimatedAmount(p.amount, true, lang)}</>}
              </li>
            ))}
          </ul>
          {total > 0 && (
            <p className="summary-total">
              <strong data-total={total}>
                {fill(t.summaryTotal, { amount: estimatedAmount(total, false, lang).replace(/^(약|about) /, '') })}
              </strong>{' '}
              <span className="summary-note">{t.summaryTotalNote}</span>
              {overlapping.length > 0 && (
                <span className="summary-note">
                  {' '}
                  {k(fill(t.summaryOverlap, { programs: overlapping.map((p) => l(p.name)).join(' · ') }))}
                </span>
              )}
            </p>
          )}
        </>
      ) : (
        <p className="summary-count">{t.summaryNone}</p>
      )}
      {loans.length > 0 && (
        <>
          <p className="summary-count">{fill(t.summaryLoans, { n: loans.length })}</p>
          <ul className="summary-list">
            {loans.map((p) => (
              <li key={p.id}>
                <a href={`#${programCardId(p.id)}`} onClick={(e) => toCard(e, p.id)}>
                  {k(p.name)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {unknown.length > 0 && <p>{fill(t.summaryUnknown, { n: unknown.length })}</p>}
      <p className="first-step">
        <strong>{t.firstStep}: </strong>
        {first && agency ? (
          <>
            {k(fill(t.firstStepApply, { agency: where(agency).name, program: l(first.name) }))}
            {where(agency).aside && k(` (${where(agency).aside})`)}
          </>
        ) : (
          t.firstStepConsult
        )}
      </p>
    </section>
  );
}

/** The programs added into the total that one of them says it is cut by or not paid beside. */
function overlaps<P extends { id: string }>(added: readonly P[]): P[] {
  const ids = new Set(added.map((p) => p.id));
  const named = new Set<string>();
  for (const p of added) {
    const others = (findProgram(p.id)?.metadata.overlapsWith ?? []).filter((o) => ids.has(o));
    if (others.length > 0) for (const id of [p.id, ...others]) named.add(id);
  }
  return added.filter((p) => named.has(p.id));
}

/** Opens the program's card at its heading, for keyboard and screen-reader users too. */
function toCard(e: React.MouseEvent, id: string) {
  e.preventDefault();
  const heading = document.getElementById(programCardId(id));
  heading?.closest('article')?.scrollIntoView();
  if (heading) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
}
