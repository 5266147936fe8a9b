/** 고령자복지주택 (LH). Plain-language texts are our own words. */
import type { ProgramMetadata } from '../../shared/catalog/metadata.ts';
import { programResearch } from './parameters.ts';

export const metadata = {
  id: 'senior-welfare-housing',
  name: { ko: '고령자복지주택', en: 'Public rental housing with care services for older people' },
  whatYouGet: {
    ko: '문턱 없는 집을 아주 싼 임대료로 빌리고, 1층 복지관에서 식사·건강관리·여가 프로그램을 이용할 수 있습니다.',
    en: 'A step-free flat at very low rent, plus meals, health checks and activities at the welfare center downstairs.',
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
        label: { ko: '행정복지센터 방문 (공고에 따라)', en: 'Community center (depending on the notice)' },
      },
      { kind: 'phone', label: { ko: 'LH·마이홈 상담센터', en: 'LH / MyHome call center' }, phone: '1600-1004' },
    ],
  },
  audience: ['elderly', 'low-income', 'disabled'],
  helpType: 'public-housing',
  verified: false,
  notes: programResearch.note,
} as const satisfies ProgramMetadata;
