/**
 * The program's page in the catalog and the API: summary, who qualifies, legal basis, links.
 * Only shared/catalog/about.ts reads this file, so the self-check's bundle leaves it out.
 */
import type { ProgramAbout } from '../../shared/catalog/metadata.ts';

export const about = {
  id: 'emergency-housing',
  summary: {
    ko: '갑자기 큰일이 생겨 살 곳이 없거나 집세를 못 낼 때, 잠시 머물 곳이나 집세를 빨리 지원합니다.',
    en: 'When a sudden crisis leaves you without a place to live or unable to pay rent, it quickly gives a temporary place or rent money.',
  },
  whoQualifies: {
    ko: [
      '돈 버는 사람이 세상을 떠나거나 집을 나감, 큰 병·다침, 화재, 가정폭력, 실직, 집에서 쫓겨남 같은 위기가 생긴 가구',
      '소득이 기준 중위소득 {n:emergency-housing.income-rate}% 이하',
      '재산이 기준 이하 (광주 같은 대도시는 2억 4,100만원 이하로 안내됨)',
      '예금 등 금융재산이 기준 이하 (주거지원은 조금 더 높게 인정)',
    ],
    en: [
      'A household hit by a crisis: the main earner died or left, serious illness or injury, fire, domestic violence, job loss, eviction and similar',
      'Income ≤ {n:emergency-housing.income-rate} % of standard median income',
      'Property under the limit (for big cities such as Gwangju, reported as 241 million won)',
      'Savings and other financial assets under the limit (a higher limit for housing support)',
    ],
  },
  legalBasis: [
    { title: '긴급복지지원법 제9조 (긴급지원의 종류 및 내용)', url: 'https://www.law.go.kr/법령/긴급복지지원법' },
    { title: '긴급복지지원법 시행령', url: 'https://www.law.go.kr/법령/긴급복지지원법시행령' },
  ],
  links: [
    { title: '복지로 — 긴급복지지원', url: 'https://www.bokjiro.go.kr' },
    {
      title: '마이홈포털 — 긴급주거지원',
      url: 'https://www.myhome.go.kr/hws/portal/cont/selectEmergencyHousingSupView.do',
    },
  ],
} as const satisfies ProgramAbout;
