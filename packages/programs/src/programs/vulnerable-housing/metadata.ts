/** 주거취약계층 주거지원 + 아동주거빈곤가구 우선 지원 + 비정상거처 이사비. Plain-language texts are our own words. */
import type { ProgramMetadata } from '../../shared/catalog/metadata.ts';
import { programResearch } from './parameters.ts';

export const metadata = {
  id: 'vulnerable-housing',
  name: {
    ko: '주거취약계층 주거지원 (쪽방·고시원 등에서 공공임대로 이사)',
    en: 'Housing support for people in non-housing (move from jjokbang, gosiwon, etc. to public rental)',
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
      'Certificate of living in non-housing (issued by the community center)',
      'Income and asset papers',
      'Family relations certificate for families with children',
    ],
  },
  apply: {
    agency: {
      ko: '행정복지센터 접수 → 구청 → LH·광주도시공사',
      en: 'Community center → district office → LH or Gwangju Metropolitan City Corporation',
    },
    channels: [
      { kind: 'visit', label: { ko: '사는 곳 행정복지센터 방문', en: 'Visit your local community center' } },
      { kind: 'phone', label: { ko: 'LH·마이홈 상담센터', en: 'LH / MyHome call center' }, phone: '1600-1004' },
      {
        kind: 'online',
        label: { ko: '마이홈포털 안내', en: 'Information on MyHome portal' },
        url: 'https://www.myhome.go.kr',
      },
    ],
  },
  audience: ['non-housing', 'low-income', 'children', 'elderly', 'disabled'],
  helpType: 'relocation',
  verified: false,
  notes: programResearch.note,
} as const satisfies ProgramMetadata;
