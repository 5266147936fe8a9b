import type { Lang } from '../../i18n/index.tsx';

/**
 * A moment as the center's clock shows it (Asia/Seoul), whatever the device's time zone: the
 * timeline, the inbox and the audit log then agree on when something happened.
 */
export const centerTime = (iso: string, lang: Lang, opts: { seconds?: boolean } = {}): string =>
  lang === 'ko'
    ? new Date(iso).toLocaleString('ko-KR', { timeZone: 'Asia/Seoul' })
    : // The day as every English screen writes it (shortDate), then the time on a 24-hour clock.
      new Date(iso).toLocaleString('en-GB', {
        timeZone: 'Asia/Seoul',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        ...(opts.seconds ? { second: '2-digit' } : {}),
      });

/** "2026. 12. 4." in Korean, "4 Dec 2026" in English, on the center's clock (Asia/Seoul). */
export function shortDate(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleDateString(lang === 'ko' ? 'ko-KR' : 'en-GB', {
    timeZone: 'Asia/Seoul',
    year: 'numeric',
    month: lang === 'ko' ? 'numeric' : 'short',
    day: 'numeric',
  });
}

/** "2026년 12월 6일" / "6 December 2026" on the center's clock: the day written out in full, for a line read on its own. */
export function longDate(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleDateString(lang === 'ko' ? 'ko-KR' : 'en-GB', {
    timeZone: 'Asia/Seoul',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
}

/**
 * A calendar day (YYYY-MM-DD: a due date, a screening date) as the screens write days: in Korean as
 * it is, which the center's forms use; in English "10 Dec 2026", not a numeric order a reader must guess.
 */
export function centerDay(day: string, lang: Lang): string {
  return lang === 'ko' ? day : shortDate(`${day}T12:00:00+09:00`, lang);
}
