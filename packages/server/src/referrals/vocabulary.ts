/**
 * The words of the referral API that the staff web app shows and sends back: statuses, which of
 * them are still open, and the outcomes a completed referral records. Pure data with no imports,
 * exported as `@jibsa/server/referral-vocabulary` so the browser uses this one list and cannot
 * drift from what the server accepts.
 */

/** HL7 SDOH Clinical Care referral task statuses. */
export const REFERRAL_STATUSES = [
  'requested',
  'received',
  'accepted',
  'rejected',
  'in-progress',
  'on-hold',
  'completed',
  'cancelled',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** What each status is called, in Korean and English: the server's messages and the staff screens both say these. */
export const REFERRAL_STATUS_LABEL: Readonly<Record<ReferralStatus, { ko: string; en: string }>> = {
  requested: { ko: '의뢰됨', en: 'Requested' },
  received: { ko: '접수 확인', en: 'Received' },
  accepted: { ko: '수락', en: 'Accepted' },
  rejected: { ko: '거절', en: 'Declined' },
  'in-progress': { ko: '진행 중', en: 'In progress' },
  'on-hold': { ko: '보류', en: 'On hold' },
  completed: { ko: '완료', en: 'Completed' },
  cancelled: { ko: '취소', en: 'Cancelled' },
};

/** Not yet closed: what the open filters list and what withdrawing consent cancels. */
export const OPEN: readonly ReferralStatus[] = ['requested', 'received', 'accepted', 'in-progress', 'on-hold'];

/** The longest reason a hold (보류) may give, in characters: a short line the counselor reads at a glance. */
export const HOLD_REASON_MAX = 200;

/** Outcomes a completed referral records (the closed loop's answer); the API's values are these Korean words. */
export const OUTCOMES = [
  '입주 확정',
  '예비입주자 선정',
  '지원 결정',
  '공사 완료',
  '연계 완료',
  '대상 아님',
  '본인 포기',
  '연락 두절',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Outcomes every service may record: linked on, not eligible, withdrew, lost contact. */
export const COMMON_OUTCOMES: readonly Outcome[] = ['연계 완료', '대상 아님', '본인 포기', '연락 두절'];

/**
 * The outcomes that say a service delivered, by the kind of agency that runs it (the directory's
 * `agency.kind`, which says what its services do): a home (입주 확정, 예비입주자 선정) from those
 * that let homes, works done (공사 완료) from a repair group, support granted (지원 결정) from those
 * that pay or decide benefits. A counseling office links on (연계 완료, one of the common ones).
 * A repair group finishing with '입주 확정' was accepted before and counted as a move-in.
 */
export const OUTCOMES_BY_AGENCY_KIND: Readonly<Record<string, readonly Outcome[]>> = {
  public_housing: ['입주 확정', '예비입주자 선정'],
  housing_management: ['입주 확정'],
  repair: ['공사 완료'],
  local_government: ['지원 결정'],
  emergency: ['지원 결정'],
  finance: ['지원 결정'],
  welfare_center: ['지원 결정'],
  counseling: [],
};

/**
 * The outcomes a referral to a service of an agency of `kind` may end with, in OUTCOMES' order:
 * its kind's own and the common ones. A kind this table does not know (written straight into the
 * database) keeps every outcome rather than none.
 */
export function outcomesForKind(kind: string): Outcome[] {
  const own = Object.hasOwn(OUTCOMES_BY_AGENCY_KIND, kind) ? OUTCOMES_BY_AGENCY_KIND[kind] : undefined;
  if (!own) return [...OUTCOMES];
  return OUTCOMES.filter((o) => own.includes(o) || COMMON_OUTCOMES.includes(o));
}

/**
 * The outcomes that reach what a referral was for: a home, support granted, works done, the
 * household linked on. A waiting-list place is not a home yet, and the common endings that did not
 * deliver (not eligible, withdrew, lost contact) reach nothing. A referral sent for a plan goal that
 * ends with one of these has the case page offer to mark that goal achieved (never on its own).
 */
export const MET_OUTCOMES: readonly Outcome[] = ['입주 확정', '지원 결정', '공사 완료', '연계 완료'];

/** A referral that has ended: its steps and messages stay readable, but its thread takes no more. */
export type ClosedStatus = 'rejected' | 'completed' | 'cancelled';

/**
 * Why a closed referral's message box is gone, said to each side: the server's 409 and the screen
 * say the same words. No grace after the close: the closing step already carries the agency's
 * last word (a decline's reason, an outcome's note), the agency no longer sees the household, and
 * a box that vanished by a clock nobody sees would surprise more than one that closes with the
 * referral. A question after the end is a phone call, or a new referral that names the old one.
 */
export const THREAD_CLOSED: Readonly<
  Record<ClosedStatus, Readonly<Record<'center' | 'partner', { ko: string; en: string }>>>
> = {
  completed: {
    center: {
      ko: '기관이 결과를 알리고 마친 연계라 메시지를 더 보낼 수 없습니다. 이 가구 일을 이어 가려면 새 연계를 보내 주세요.',
      en: 'The agency recorded the outcome and closed this referral, so no more messages can be sent. To carry on, send a new referral.',
    },
    partner: {
      ko: '결과를 알리고 마친 연계라 메시지를 더 보낼 수 없습니다. 더 알릴 것이 있으면 센터에 전화해 주세요.',
      en: 'You recorded the outcome and closed this referral, so no more messages can be sent. Please call the center if there is more to tell.',
    },
  },
  rejected: {
    center: {
      ko: '기관이 거절한 연계라 메시지를 더 보낼 수 없습니다. 다른 곳으로 다시 보내거나 새 연계를 보내 주세요.',
      en: 'The agency declined this referral, so no more messages can be sent. Send it elsewhere or send a new referral.',
    },
    partner: {
      ko: '거절한 연계라 메시지를 더 보낼 수 없습니다. 더 알릴 것이 있으면 센터에 전화해 주세요.',
      en: 'You declined this referral, so no more messages can be sent. Please call the center if there is more to tell.',
    },
  },
  cancelled: {
    center: {
      ko: '취소한 연계라 메시지를 더 보낼 수 없습니다. 다시 이어 가려면 새 연계를 보내 주세요.',
      en: 'This referral was cancelled, so no more messages can be sent. To carry on, send a new referral.',
    },
    partner: {
      ko: '센터가 취소한 연계라 메시지를 보낼 수 없습니다. 센터에 전화로 문의해 주세요.',
      en: 'The center cancelled this referral, so messages can no longer be sent. Please call the center.',
    },
  },
};

/**
 * LH's and 광주도시공사's frequent answer: not a home yet, a place on the waiting list (예비입주자),
 * with a rank when they give one. The referral ends with it (the agency has answered), and the
 * counselor is asked to follow the list (follow-up.ts).
 */
export const WAITLISTED: Outcome = '예비입주자 선정';

/** The largest waiting-list rank accepted: a guard against typos, far above any real list. */
export const WAITLIST_RANK_MAX = 99_999;

/**
 * Each outcome in words a household would use, Korean and English: what the agency picks from,
 * and what lists and statistics show. The Korean is the value itself, but for the waiting list,
 * which says what it means for the household.
 */
export const OUTCOME_LABEL: Readonly<Record<Outcome, { ko: string; en: string }>> = {
  '입주 확정': { ko: '입주 확정', en: 'Move-in confirmed' },
  '예비입주자 선정': {
    ko: '예비입주자 선정 (대기: 빈집이 나면 차례대로 입주)',
    en: 'On the waiting list (moves in when a home frees up, in turn)',
  },
  '지원 결정': { ko: '지원 결정', en: 'Support granted' },
  '공사 완료': { ko: '공사 완료', en: 'Works done' },
  '연계 완료': { ko: '연계 완료', en: 'Linked' },
  '대상 아님': { ko: '대상 아님', en: 'Not eligible' },
  '본인 포기': { ko: '본인 포기', en: 'Withdrew' },
  '연락 두절': { ko: '연락 두절', en: 'Lost contact' },
};

/**
 * An outcome as a list, a timeline or a task shows it, short: '예비입주자 선정 · 대기 3번' with a
 * rank ('· 대기 중' without), the value itself otherwise (English: its label). Values not in
 * OUTCOMES are shown as stored.
 */
export function outcomeWords(outcome: string, rank: number | null | undefined, lang: 'ko' | 'en'): string {
  if (outcome === WAITLISTED) {
    if (lang === 'ko') return rank ? `${WAITLISTED} · 대기 ${rank}번` : `${WAITLISTED} · 대기 중`;
    return rank ? `On the waiting list · no. ${rank}` : 'On the waiting list';
  }
  const label = OUTCOME_LABEL[outcome as Outcome];
  return lang === 'ko' || !label ? outcome : label.en;
}
