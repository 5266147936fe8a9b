/** 고령자복지주택 (LH). Plain-language texts are our own words. */
import type { ProgramMetadata } from '../../shared/catalog/metadata.ts';
import { programResearch } from './parameters.ts';

export const metadata = {
  id: 'senior-welfare-housing',
  name: { ko: '고령자복지주택', en: 'Public rental housing with care services for older people' },
  summary: {
    ko: '어르신이 싼 임대료로 살면서, 같은 건물의 복지시설에서 건강·돌봄 서비스를 받을 수 있는 공공임대주택입니다.',
    en: 'Cheap public rental homes for older people, with a welfare centre in the same building offering health and care services.',
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
  whatYouGet: {
    ko: '문턱 없는 집을 아주 싼 임대료로 빌리고, 1층 복지관에서 식사·건강관리·여가 프로그램을 이용할 수 있습니다.',
    en: 'A step-free flat at very low rent, plus meals, health checks and activities at the welfare centre downstairs.',
  },
  documents: {
    ko: ['신분증', '주민등록등본', '가족관계증명서', '수급자 증명서 (해당되면)', '소득·자산 서류 (공고에서 정한 것)'],
    en: [
      'ID card',
      'Resident registration copy',
      'Family relations certificate',
      'Benefit recipient certificate (if any)',
      'Income and asset papers named in the notice',
    ],
  },
  apply: {
    agency: { ko: 'LH (모집공고가 날 때 신청)', en: 'LH (apply when a notice is published)' },
    channels: [
      {
        kind: 'online',
        label: { ko: 'LH 청약플러스 공고 확인·신청', en: 'Notices and applications at LH Cheongyak Plus' },
        url: 'https://apply.lh.or.kr',
      },
      {
        kind: 'visit',
        label: { ko: '행정복지센터 방문 (공고에 따라)', en: 'Community centre (depending on the notice)' },
      },
      { kind: 'phone', label: { ko: 'LH·마이홈 상담센터', en: 'LH / MyHome call centre' }, phone: '1600-1004' },
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
  audience: ['elderly', 'low-income', 'disabled'],
  helpType: 'public-housing',
  verified: false,
  notes: programResearch.note,
} as const satisfies ProgramMetadata;
