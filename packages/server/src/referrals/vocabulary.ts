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
