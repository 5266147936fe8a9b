/**
 * The program's page in the catalog and the API: summary, who qualifies, legal basis, links.
 * Only shared/catalog/about.ts reads this file, so the self-check's bundle leaves it out.
 */
import type { ProgramAbout } from '../../shared/catalog/metadata.ts';

export const about = {
  id: 'youth-rent',
  summary: {
    ko: '부모님과 따로 사는 형편이 어려운 청년에게 월세를 한 달 최대 {w:youth-rent.max-monthly}씩 보태 줍니다.',
    en: 'Helps young people who live apart from their parents and have little money: up to {w:youth-rent.max-monthly} a month toward rent.',
  },
  whoQualifies: {
    ko: [
      '만 {n:youth-rent.age-min}~{n:youth-rent.age-max}세, 부모님과 따로 살고 집이 없는 청년',
      '보증금 {w:youth-rent.max-deposit} 이하, 월세가 정해진 금액 이하인 집에 사는 사람',
      '청년 본인 가구 소득이 기준 중위소득 {n:youth-rent.youth-household.income-rate}% 이하, 재산도 기준 이하',
      '부모님 가구(원가구) 소득이 기준 중위소득 {n:youth-rent.origin-household.income-rate}% 이하, 재산도 기준 이하',
      '공공임대에 살거나, 부모·형제 등 가까운 가족 집을 빌린 경우는 안 됩니다',
    ],
    en: [
      'Age {n:youth-rent.age-min}–{n:youth-rent.age-max}, living apart from parents, owning no home',
      'Renting a home with deposit ≤ {w:youth-rent.max-deposit} and rent under the cap',
      'Own household income ≤ {n:youth-rent.youth-household.income-rate} % of standard median income, property under the limit',
      "Parents' household income ≤ {n:youth-rent.origin-household.income-rate} % of median income, property under the limit",
      'Not eligible if living in public rental or renting from close family',
    ],
  },
  legalBasis: [
    { title: '주거기본법 (주거비 지원 근거)', url: 'https://www.law.go.kr/법령/주거기본법' },
    { title: '국토교통부 청년월세 지원사업 안내 (차수별)', url: 'https://www.molit.go.kr' },
  ],
  links: [
    { title: '복지로', url: 'https://www.bokjiro.go.kr' },
    { title: '마이홈포털', url: 'https://www.myhome.go.kr' },
  ],
} as const satisfies ProgramAbout;
