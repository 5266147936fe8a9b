import { findProgram, type ProgramScreening } from '@jibsa/programs';
import { fill, useI18n } from '../../i18n/index.tsx';
import { estimatedAmount } from '../questionnaire/money.ts';
import { dayIn } from './day-words.ts';

/**
 * What changes for this household on the day newer figures take effect (resultsAhead): that it may
 * then qualify (with the estimate), may no longer, or gets another amount. Shown unfolded, under
 * the heading: someone told "no" today may be told "apply in January".
 */
export function AheadLine({ now, later, date }: { now: ProgramScreening; later: ProgramScreening; date: string }) {
  const { t, lang } = useI18n();
  const day = dayIn(date, lang);
  const perMonth = findProgram(later.id)?.program?.amount?.unit === 'KRW/month';
  const amount = later.amount === null ? null : estimatedAmount(later.amount, perMonth, lang);
  const text =
    later.status === now.status
      ? amount === null
        ? null
        : fill(t.aheadAmount, { date: day, amount })
      : later.status === 'eligible'
        ? amount === null
          ? fill(t.aheadEligible, { date: day })
          : fill(t.aheadEligibleAmount, { date: day, amount })
        : later.status === 'ineligible'
          ? fill(t.aheadIneligible, { date: day })
          : fill(t.aheadUnknown, { date: day });
  if (text === null) return null;
  return (
    <p className="notice notice-info ahead" data-ahead-status={later.status}>
      <span aria-hidden="true">📅 </span>
      {text}
    </p>
  );
}
