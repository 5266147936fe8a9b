/**
 * The field error for a period whose last day comes before its first, said at the last day. A date
 * format cannot say it; every search or export over a period answers it in these same words.
 */
export const LAST_DAY_BEFORE_FIRST = {
  path: 'querystring.to',
  ko: '시작일과 같거나 그 뒤여야 합니다.',
  en: 'must not be before from.',
} as const;
