/** 주거취약계층 주거지원 + 아동주거빈곤가구 우선 지원 + 비정상거처 이사비. Plain-language texts are our own words. */
import type { ProgramMetadata } from '../../shared/catalog/metadata.ts';
import { programResearch } from './parameters.ts';

export const metadata = {
  id: 'vulnerable-housing',
  name: {
    ko: '주거취약계층 주거지원 (쪽방·고시원 등에서 공공임대로 이사)',
    en: 'Housing support for people in non-housing (move from jjokbang, gosiwon, etc. to public rental)',
  },
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
  whatYouGet: {
    ko: '매입임대·전세임대·국민임대에 보증금 50만원 정도로 들어갈 수 있습니다. 이사할 때 이사비와 생활용품 값을 한 번 (최대 {w:vulnerable-housing.relocation-allowance} 정도) 받을 수 있습니다.',
    en: 'A place in purchased, jeonse or national rental with a deposit of about 500,000 won; a one-off allowance for moving and basic goods (about {w:vulnerable-housing.relocation-allowance} at most).',
  },
  documents: {
    ko: [
      '신분증',
      '주민등록등본',
      '비정상거처 거주 확인서 (행정복지센터에서 발급)',
      '소득·재산 확인 서류',
      '아동 가구는 가족관계증명서',
    ],
    en: [
      'ID card',
      'Resident registration copy',
      'Certificate of living in non-housing (issued by the community centre)',
      'Income and asset papers',
      'Family relations certificate for families with children',
    ],
  },
  apply: {
    agency: {
      ko: '행정복지센터 접수 → 구청 → LH·광주도시공사',
      en: 'Community centre → district office → LH or Gwangju Metropolitan City Corporation',
    },
    channels: [
      { kind: 'visit', label: { ko: '사는 곳 행정복지센터 방문', en: 'Visit your local community centre' } },
      { kind: 'phone', label: { ko: 'LH·마이홈 상담센터', en: 'LH / MyHome call centre' }, phone: '1600-1004' },
      {
        kind: 'online',
        label: { ko: '마이홈포털 안내', en: 'Information on MyHome portal' },
        url: 'https://www.myhome.go.kr',
      },
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
  audience: ['non-housing', 'low-income', 'children', 'elderly', 'disabled'],
  helpType: 'relocation',
  verified: false,
  notes: programResearch.note,
} as const satisfies ProgramMetadata;
