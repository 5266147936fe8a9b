import { useI18n } from '../../i18n/index.tsx';

export type Status = 'eligible' | 'ineligible' | 'unknown';

export const STATUS_ICON: Record<Status, string> = { eligible: '✓', unknown: '?', ineligible: '✕' };

/** Status in words with an icon: colour is never the only signal. A loan one may take is "빌릴 수 있어요", not "받을 수 있어요". */
export function StatusBadge({ status, loan = false }: { status: Status; loan?: boolean }) {
  const { t } = useI18n();
  const word = {
    eligible: loan ? t.loanEligible : t.groupEligible,
    unknown: t.groupUnknown,
    ineligible: t.groupIneligible,
  }[status];
  return (
    <span className={`badge badge-${status}`}>
      <span aria-hidden="true">{STATUS_ICON[status]} </span>
      {word}
    </span>
  );
}
