/**
 * The program's page in the catalog and the API: summary, who qualifies, legal basis, links.
 * Only shared/catalog/about.ts reads this file, so the self-check's bundle leaves it out.
 */
import type { ProgramAbout } from '../../shared/catalog/metadata.ts';

export const about = {
  id: 'senior-welfare-housing',
  summary: {
    ko: '어르신이 싼 임대료로 살면서, 같은 건물의 복지시설에서 건강·돌봄 서비스를 받을 수 있는 공공임대주택입니다.',
    en: 'Cheap public rental homes for older people, with a welfare center in the same building offering health and care services.',
  },
  whoQualifies: {
    ko: [
      '만 {n:senior-welfare-housing.age-min}세 이상이고 집이 없는 분',
      '생계·의료급여 수급자, 차상위 등 형편이 어려운 분이 먼저',
      '그 밖의 분은 영구임대와 비슷한 소득·자산 기준 (공고마다 순위가 다름)',
    ],
    en: [
      'Aged {n:senior-welfare-housing.age-min} or over and owning no home',
      'Livelihood/medical benefit recipients and near-poor households first',
      'Others: income and asset rules similar to permanent rental (ranks differ by notice)',
    ],
  },
  legalBasis: [
    { title: '공공주택 특별법', url: 'https://www.law.go.kr/법령/공공주택특별법' },
    {
      title: '공공주택 특별법 시행규칙 (영구임대 입주자 선정기준)',
      url: 'https://www.law.go.kr/법령/공공주택특별법시행규칙',
    },
  ],
  links: [
    { title: 'LH 청약플러스', url: 'https://apply.lh.or.kr' },
    { title: '마이홈포털', url: 'https://www.myhome.go.kr' },
  ],
} as const satisfies ProgramAbout;
