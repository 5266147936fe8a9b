import type { Lang } from '../../i18n/index.tsx';

/**
 * A moment as the center's clock shows it (Asia/Seoul), whatever the device's time zone: the
 * timeline, the inbox and the audit log then agree on when something happened.
 */
export const centerTime = (iso: string, lang: Lang): string =>
  new Date(iso).toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB', { timeZone: 'Asia/Seoul' });
