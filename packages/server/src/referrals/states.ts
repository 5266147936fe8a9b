import { shortReason } from '../http/short-reason.ts';
import {
  HOLD_REASON_MAX,
  OPEN,
  OUTCOME_LABEL,
  OUTCOMES,
  type Outcome,
  REFERRAL_STATUS_LABEL,
  REFERRAL_STATUSES,
  type ReferralStatus,
  WAITLISTED,
} from './vocabulary.ts';

/**
 * The referral's life, after the Task statuses of HL7's SDOH Clinical Care referral workflow
 * (requested → received → accepted | rejected → in-progress → completed | cancelled, on-hold in
 * between). Which side may make each move is part of the rule: the partner agency answers and
 * works the referral, the center (the requester) may only cancel it. Pure, so it is tested alone.
 */
export { OPEN, OUTCOMES, type Outcome, REFERRAL_STATUSES };

export type Side = 'center' | 'partner';

export const TERMINAL: ReadonlySet<ReferralStatus> = new Set(['rejected', 'completed', 'cancelled']);
/** Waiting for the agency's answer: what the due date is about. */
export const AWAITING_ANSWER: readonly ReferralStatus[] = ['requested', 'received'];

const MOVES: Record<ReferralStatus, Partial<Record<ReferralStatus, Side>>> = {
  requested: { received: 'partner', cancelled: 'center' },
  received: { accepted: 'partner', rejected: 'partner', cancelled: 'center' },
  accepted: { 'in-progress': 'partner', 'on-hold': 'partner', cancelled: 'center' },
  'in-progress': { completed: 'partner', 'on-hold': 'partner', cancelled: 'center' },
  // Resuming (보류 풀기) goes back to where it was held from (checked with held_from below). A hold
  // may also end the referral with its outcome ('본인 포기', '연락 두절', '대상 아님' …) without a
  // resume first. Not a decline: a held referral was accepted, and after that it ends with an outcome.
  'on-hold': { accepted: 'partner', 'in-progress': 'partner', completed: 'partner', cancelled: 'center' },
  rejected: {},
  completed: {},
  cancelled: {},
};

export interface Move {
  to: ReferralStatus;
  reason?: string | null;
  outcome?: string | null;
  /** The household's place on the waiting list, with the outcome WAITLISTED only. */
  waitlistRank?: number | null;
}

export type MoveCheck =
  | { ok: true }
  | { ok: false; kind: 'illegal' | 'side' | 'field'; path?: string; ko: string; en: string };

const isResume = (to: ReferralStatus) => to === 'accepted' || to === 'in-progress';

/**
 * Where a held referral goes when the agency lifts the hold: back to where it was held from. A hold
 * whose origin was not kept (written straight into the database) resumes to 진행 중, so it is never
 * stuck with no way back but a cancel.
 */
export function resumesTo(heldFrom: ReferralStatus | null): ReferralStatus {
  return heldFrom === 'accepted' || heldFrom === 'in-progress' ? heldFrom : 'in-progress';
}

/**
 * Whether `side` may move a referral in `from` (held from `heldFrom`) to `move.to`, and with what.
 * `outcomes`: those its service may end with (outcomesForKind of its agency's kind); all by default.
 */
export function checkMove(
  from: ReferralStatus,
  heldFrom: ReferralStatus | null,
  side: Side,
  move: Move,
  outcomes: readonly Outcome[] = OUTCOMES,
): MoveCheck {
  const who = MOVES[from][move.to];
  if (!who || (from === 'on-hold' && isResume(move.to) && move.to !== resumesTo(heldFrom))) {
    return {
      ok: false,
      kind: 'illegal',
      ko: `'${REFERRAL_STATUS_LABEL[from].ko}' 상태에서 '${REFERRAL_STATUS_LABEL[move.to].ko}'(으)로 바꿀 수 없습니다.`,
      en: `A referral cannot go from ${from} to ${move.to}.`,
    };
  }
  if (who !== side) {
    return {
      ok: false,
      kind: 'side',
      ko: who === 'center' ? '의뢰한 센터만 할 수 있습니다.' : '의뢰받은 기관만 할 수 있습니다.',
      en: who === 'center' ? 'Only the referring center may do this.' : 'Only the receiving agency may do this.',
    };
  }
  if (move.to === 'rejected' && !move.reason?.trim()) {
    return { ok: false, kind: 'field', path: 'reason', ko: '거절 사유를 적어 주세요.', en: 'give a reason.' };
  }
  if (move.to === 'on-hold') {
    // The counselor sees only the status otherwise, and cannot tell the household why nothing moves.
    const hold = shortReason(move.reason, HOLD_REASON_MAX, {
      missing: {
        ko: '보류하는 까닭을 짧게 적어 주세요 (예: 서류 보완을 기다림).',
        en: 'give a short reason for the hold (e.g. waiting for documents).',
      },
      tooLong: (length) => ({
        ko: `보류 사유는 ${HOLD_REASON_MAX}자 안으로 적어 주세요 (지금 ${length}자).`,
        en: `keep the reason for the hold to ${HOLD_REASON_MAX} characters (now ${length}).`,
      }),
    });
    if (!hold.ok) return { ok: false, kind: 'field', path: 'reason', ko: hold.ko, en: hold.en };
  }
  if (move.to === 'completed' && !OUTCOMES.includes(move.outcome as Outcome)) {
    return {
      ok: false,
      kind: 'field',
      path: 'outcome',
      ko: `결과를 골라 주세요 (${OUTCOMES.join(', ')}).`,
      en: `choose an outcome (${OUTCOMES.join(', ')}).`,
    };
  }
  if (move.to === 'completed' && !outcomes.includes(move.outcome as Outcome)) {
    // A repair group cannot report a move-in: what it did not do would be counted as done.
    const outcome = move.outcome as Outcome;
    return {
      ok: false,
      kind: 'field',
      path: 'outcome',
      ko: `'${outcome}'은(는) 이 기관이 알릴 수 있는 결과가 아닙니다. 다음 가운데서 골라 주세요: ${outcomes.join(', ')}.`,
      en: `'${OUTCOME_LABEL[outcome].en}' (${outcome}) is not an outcome this agency can report; choose one of: ${outcomes.map((o) => `${OUTCOME_LABEL[o].en} (${o})`).join(', ')}.`,
    };
  }
  if (move.waitlistRank != null && !(move.to === 'completed' && move.outcome === WAITLISTED)) {
    return {
      ok: false,
      kind: 'field',
      path: 'waitlistRank',
      ko: `대기 순번은 결과가 '${WAITLISTED}'일 때만 적습니다.`,
      en: `a waiting-list rank goes only with the outcome '${WAITLISTED}' (on the waiting list).`,
    };
  }
  return { ok: true };
}

/** The moves open to a side now: the buttons a screen shows. */
export function movesFor(
  from: ReferralStatus,
  heldFrom: ReferralStatus | null,
  side: Side,
  outcomes: readonly Outcome[] = OUTCOMES,
): ReferralStatus[] {
  return REFERRAL_STATUSES.filter((to) => {
    const r = checkMove(from, heldFrom, side, { to, reason: 'x', outcome: outcomes[0] ?? OUTCOMES[0] }, outcomes);
    return r.ok;
  });
}
