/**
 * The program's page in the catalog and the API: summary, who qualifies, legal basis, links.
 * Only shared/catalog/about.ts reads this file, so the self-check's bundle leaves it out.
 */
import type { ProgramAbout } from '../../shared/catalog/metadata.ts';

export const about = {
  id: 'vulnerable-housing',
  summary: {
    ko: '쪽방, 고시원, 여인숙, 비닐하우스, 노숙인 시설처럼 집이 아닌 곳에 사는 분이 싼 공공임대로 옮길 수 있게 돕습니다.',
    en: 'Helps people living in places that are not real homes — tiny rooms, gosiwon, inns, vinyl greenhouses, shelters — move into cheap public rental.',
  },
  whoQualifies: {
    ko: [
      '쪽방·고시원·여인숙·비닐하우스·컨테이너·노숙인 시설 등 집이 아닌 곳에서 3개월 넘게 산 분',
      '소득이 도시근로자 평균의 {n:vulnerable-housing.income-rate}% 이하, 자산도 기준 이하 (수급자는 보통 우선)',
      '아이를 키우는데 최저주거기준에 못 미치는 집(반지하 등)에 사는 가구도 대상',
      '법무부가 추천한 범죄피해자 등도 대상',
    ],
    en: [
      'Lived 3 months or more in a non-home place: jjokbang, gosiwon, inn, vinyl greenhouse, container, homeless facility, etc.',
      'Income ≤ {n:vulnerable-housing.income-rate} % of urban-worker income and assets under the limit (benefit recipients usually first)',
      'Families with children living below the minimum housing standard (e.g. semi-basement) also qualify',
      'Crime victims referred by the Ministry of Justice also qualify',
    ],
  },
  legalBasis: [
    {
      title: '국토교통부 훈령 「주거취약계층 주거지원 업무처리지침」',
      url: 'https://www.law.go.kr/행정규칙/주거취약계층주거지원업무처리지침',
    },
    { title: '주거기본법', url: 'https://www.law.go.kr/법령/주거기본법' },
  ],
  links: [
    { title: '마이홈포털', url: 'https://www.myhome.go.kr' },
    { title: '주택도시기금 — 주거취약계층 이주지원 버팀목', url: 'https://nhuf.molit.go.kr' },
  ],
} as const satisfies ProgramAbout;
