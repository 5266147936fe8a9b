import { useI18n, useStrings } from '../../i18n/index.tsx';
import { Button, Notice } from '../../shared/ui/index.ts';
import { ReferralThread } from './ReferralThread.tsx';
import {
  OPEN_STATUSES,
  outcomeWords,
  REFERRAL_STATUS_LABEL,
  type Referral,
  referralStrings,
  threadClosedNote,
} from './referral-strings.ts';

/** The id of the open referral's heading: focus goes there when a news link opens it. */
export const OPEN_REFERRAL_HEADING = 'referral-open';

/** One referral opened on the case page: what the agency said, the thread, and the center's one move (cancel). */
export function ReferralDetail({
  open,
  stale,
  busy,
  onSend,
  onCancel,
}: {
  open: Referral;
  /** Said when the agency had moved the referral first. */
  stale: string | null;
  busy: boolean;
  onSend: (body: string) => Promise<boolean>;
  onCancel: () => void;
}) {
  const r = useStrings(referralStrings);
  const { lang, k } = useI18n();
  return (
    <div className="referral-detail">
      <h3 id={OPEN_REFERRAL_HEADING} tabIndex={-1}>
        {open.number} · {k(open.agency.name)} · {REFERRAL_STATUS_LABEL[open.status][lang]}
      </h3>
      {stale && (
        <div role="status">
          <Notice tone="warn">{stale}</Notice>
        </div>
      )}
      <p>{k(open.message)}</p>
      {open.goal && (
        <p className="referral-goal">
          {r.goalOf}: {k(open.goal)}
        </p>
      )}
      {open.status === 'on-hold' && open.holdReason && (
        <Notice>
          {r.heldBecause}: {k(open.holdReason)}
        </Notice>
      )}
      {open.rejectReason && (
        <Notice tone="warn">
          {r.reason}: {k(open.rejectReason)}
        </Notice>
      )}
      {open.outcomeNote && (
        <p className="outcome-note">
          <strong>{r.outcomeNoteFrom}</strong>
          {open.outcome ? ` (${outcomeWords(open.outcome, open.waitlistRank, lang)})` : ''}: {k(open.outcomeNote)}
        </p>
      )}
      <ReferralThread
        idPrefix={`ref-${open.id}`}
        steps={open.steps ?? []}
        messages={open.messages ?? []}
        closedNote={threadClosedNote(open.status, 'center', lang)}
        onSend={OPEN_STATUSES.includes(open.status) ? onSend : undefined}
      />
      {open.moves.includes('cancelled') && (
        <Button aria-disabled={busy} onClick={onCancel}>
          {r.cancel}
        </Button>
      )}
    </div>
  );
}
