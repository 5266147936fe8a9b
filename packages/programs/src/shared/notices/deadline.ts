/** How near a notice's application period is, on the center's calendar (dates as YYYY-MM-DD, KST). */
export type NoticeState = 'upcoming' | 'open' | 'closing' | 'closed';

/** 마감 임박: the last day is this many days away or fewer. */
export const CLOSING_SOON_DAYS = 7;

const DAY = 86_400_000;
const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);

/**
 * A notice closes itself: after its last day it is `closed`, with no job to run. `daysLeft` is 0 on
 * the last day (apply today) and negative once closed.
 */
export function noticeState(
  period: { readonly start: string | null; readonly end: string },
  today: string,
): { state: NoticeState; daysLeft: number } {
  const daysLeft = dayNumber(period.end) - dayNumber(today);
  if (daysLeft < 0) return { state: 'closed', daysLeft };
  if (period.start && period.start > today) return { state: 'upcoming', daysLeft };
  return { state: daysLeft <= CLOSING_SOON_DAYS ? 'closing' : 'open', daysLeft };
}
