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

/** Outcomes a completed referral records (the closed loop's answer); the API's values are these Korean words. */
export const OUTCOMES = [
  '입주 확정',
  '지원 결정',
  '공사 완료',
  '연계 완료',
  '대상 아님',
  '본인 포기',
  '연락 두절',
] as const;
export type Outcome = (typeof OUTCOMES)[number];
