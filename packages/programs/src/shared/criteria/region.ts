/**
 * Our region enum mapped to the keys official tables use.
 * Beware: 경기도 광주시 is in 경기 (2급지), 광주광역시 is a 광역시 (3급지).
 */

/** 주거급여 급지: 1 서울 · 2 경기·인천 · 3 광역시·세종 · 4 그 외. 창원 is a city of 경상남도, so 4급지. */
export const GRADE_ZONE_BY_REGION = {
  seoul: '1',
  gyeonggi: '2',
  incheon: '2',
  metro: '3',
  sejong: '3',
  changwon: '4',
  other: '4',
} as const;

/** 기본재산액 region from 2024: 1 서울 · 2 경기 · 3 광역시·세종·창원 · 4 그 외 (인천 counts as 광역시). */
export const PROPERTY_REGION_BY_REGION = {
  seoul: '1',
  gyeonggi: '2',
  incheon: '3',
  metro: '3',
  sejong: '3',
  changwon: '3',
  other: '4',
} as const;

/**
 * 기본재산액 city type before 2024: 대도시 (특별시·광역시) · 중소도시 · 농어촌.
 * "other" cannot tell 시 from 군 here, so it takes 중소도시, where most such households live;
 * a 군 household's exemption is then a little too high (a counselor checks the address).
 */
export const CITY_TYPE_BY_REGION = {
  seoul: 'metro',
  gyeonggi: 'city',
  incheon: 'metro',
  metro: 'metro',
  sejong: 'city',
  changwon: 'city',
  other: 'city',
} as const;

/** 수도권 (서울·경기·인천) or not, as 주택도시기금 loan limits are set. 광주 is 수도권 외. */
export const CAPITAL_AREA_BY_REGION = {
  seoul: 'capital',
  gyeonggi: 'capital',
  incheon: 'capital',
  metro: 'non-capital',
  sejong: 'non-capital',
  changwon: 'non-capital',
  other: 'non-capital',
} as const;
