/**
 * The program's page in the catalog and the API: summary, who qualifies, legal basis, links.
 * Only shared/catalog/about.ts reads this file, so the self-check's bundle leaves it out.
 */
import type { ProgramAbout } from '../../shared/catalog/metadata.ts';

export const about = {
  id: 'jeonse-loan',
  summary: {
    ko: '집 없는 가구가 전세 보증금을 낮은 이자로 빌릴 수 있는 나라 대출입니다.',
    en: 'A government loan at low interest to help households without a home pay a jeonse deposit.',
  },
  whoQualifies: {
    ko: [
      '세대주이고 세대원 모두 집이 없음 (청년은 예비 세대주도 가능)',
      '부부 합산 연소득: 일반 {w:jeonse-loan.general.income-limit} 이하, 신혼부부 전용 {w:jeonse-loan.newlywed.income-limit} 이하 (2025년 안내 기준)',
      '순자산이 기준 이하 ({s:jeonse-loan.net-asset-limit}년 {w:jeonse-loan.net-asset-limit})',
      '청년 전용은 만 {n:jeonse-loan.youth.age-min}~{n:jeonse-loan.youth.age-max}세',
    ],
    en: [
      'Head of household, no one in the household owns a home (youth may be a future head)',
      "Couple's yearly income: general ≤ {w:jeonse-loan.general.income-limit}; newlywed product ≤ {w:jeonse-loan.newlywed.income-limit} (2025 guide)",
      'Net assets under the limit ({w:jeonse-loan.net-asset-limit} in {s:jeonse-loan.net-asset-limit})',
      'Youth product: age {n:jeonse-loan.youth.age-min}–{n:jeonse-loan.youth.age-max}',
    ],
  },
  legalBasis: [
    { title: '주택도시기금법', url: 'https://www.law.go.kr/법령/주택도시기금법' },
    { title: '주택도시기금 기금운용계획 및 개인상품 운용지침 (국토교통부)', url: 'https://nhuf.molit.go.kr' },
  ],
  links: [{ title: '주택도시기금 — 버팀목전세자금', url: 'https://nhuf.molit.go.kr' }],
} as const satisfies ProgramAbout;
