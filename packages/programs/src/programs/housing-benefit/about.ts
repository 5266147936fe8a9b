/**
 * The program's page in the catalog and the API: summary, who qualifies, legal basis, links.
 * Only shared/catalog/about.ts reads this file, so the self-check's bundle leaves it out.
 */
import type { ProgramAbout } from '../../shared/catalog/metadata.ts';

const LAW = { title: '주거급여법', url: 'https://www.law.go.kr/법령/주거급여법' };
const NOTICE = { title: '국토교통부 고시 「주거급여 실시에 관한 고시」', url: 'https://www.molit.go.kr' };
const LINKS = [
  { title: '마이홈포털 — 주거급여', url: 'https://www.myhome.go.kr' },
  { title: '복지로 — 주거급여', url: 'https://www.bokjiro.go.kr' },
];

export const rentAbout = {
  id: 'housing-benefit.rent',
  summary: {
    ko: '소득과 재산이 적은 가구가 내는 월세·전세 비용 일부를 나라가 매달 대신 내 줍니다.',
    en: 'Each month the state pays part of the rent for households with low income and few assets.',
  },
  whoQualifies: {
    ko: [
      '월세나 전세로 사는 가구 (고시원·쪽방 포함)',
      '가구의 소득인정액이 기준 중위소득의 {n:housing-benefit.selection-rate}% 이하 ({y:housing-benefit.selection-rate}년)',
      '부모·자녀의 소득은 따지지 않습니다 (부양의무자 기준 없음)',
    ],
    en: [
      'Households that pay rent or jeonse (including gosiwon and jjokbang rooms)',
      'Recognized income at or below {n:housing-benefit.selection-rate} % of the standard median income ({y:housing-benefit.selection-rate})',
      "Parents' or children's income is not checked (no family-support rule)",
    ],
  },
  legalBasis: [LAW, NOTICE],
  links: LINKS,
} as const satisfies ProgramAbout;

export const repairAbout = {
  id: 'housing-benefit.repair',
  summary: {
    ko: '소득이 적은 가구가 자기 집에 살 때, 낡은 집을 고치는 공사를 나라가 해 줍니다.',
    en: 'For low-income households living in their own home, the state repairs the worn parts of the house.',
  },
  whoQualifies: {
    ko: [
      '자기 집에 사는 가구',
      '가구의 소득인정액이 기준 중위소득의 {n:housing-benefit.selection-rate}% 이하 ({y:housing-benefit.selection-rate}년)',
    ],
    en: [
      'Households living in a home they own',
      'Recognized income at or below {n:housing-benefit.selection-rate} % of the standard median income ({y:housing-benefit.selection-rate})',
    ],
  },
  legalBasis: [LAW, NOTICE],
  links: LINKS,
} as const satisfies ProgramAbout;
