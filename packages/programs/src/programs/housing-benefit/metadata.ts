import type { ProgramMetadata } from '../../shared/catalog/metadata.ts';
import { metadataResearch } from './parameters.ts';

const APPLY = {
  agency: {
    ko: '사는 곳 행정복지센터 (조사는 LH가 합니다)',
    en: 'Your local community center (LH does the home survey)',
  },
  channels: [
    { kind: 'visit', label: { ko: '행정복지센터 방문 신청', en: 'Apply in person at the community center' } },
    {
      kind: 'online',
      label: { ko: '복지로 온라인 신청', en: 'Apply online at Bokjiro' },
      url: 'https://www.bokjiro.go.kr',
    },
    { kind: 'phone', label: { ko: '마이홈 상담센터', en: 'MyHome call center' }, phone: '1600-1004' },
  ],
} as const;

export const rentMetadata: ProgramMetadata = {
  id: 'housing-benefit.rent',
  name: { ko: '주거급여 (임차급여)', en: 'Housing benefit (rent support)' },
  whatYouGet: {
    ko: '실제 내는 임차료와 지역·가구원 수별 기준임대료 중 적은 금액을 매달 받습니다. 소득이 생계급여 기준보다 높으면 그 차이의 {n:housing-benefit.self-burden-rate}%는 직접 냅니다.',
    en: 'Every month, the lower of your actual rent and the standard rent for your area and household size. If income is above the livelihood line, you pay {n:housing-benefit.self-burden-rate} % of the difference yourself.',
  },
  documents: {
    ko: [
      '신분증',
      '임대차계약서',
      '통장 사본',
      '소득·재산을 알 수 있는 서류 (행정복지센터에서 안내)',
      '금융정보 제공 동의서',
    ],
    en: [
      'ID card',
      'Lease contract',
      'Copy of bank book',
      'Proof of income and assets (the center will tell you which)',
      'Consent to check financial information',
    ],
  },
  apply: APPLY,
  audience: ['low-income', 'elderly', 'youth', 'non-housing', 'children'],
  helpType: 'rent-support',
  verified: false,
  notes: metadataResearch['housing-benefit.rent']?.note,
};

export const repairMetadata: ProgramMetadata = {
  id: 'housing-benefit.repair',
  name: { ko: '주거급여 (수선유지급여)', en: 'Housing benefit (home repair for owners)' },
  whatYouGet: {
    ko: 'LH가 집 상태를 조사해 경보수(도배·장판 등), 중보수(창호·단열 등), 대보수(지붕·구조 등)를 정합니다. 2024년부터 한도는 590만원·1,095만원·1,601만원이며, 3·5·7년마다 받을 수 있습니다.',
    en: 'LH surveys the house and decides light, medium or major repair. From 2024 the caps are 5.9, 10.95 and 16.01 million won, available every 3, 5 or 7 years.',
  },
  documents: {
    ko: ['신분증', '집 등기부등본 또는 소유를 알 수 있는 서류', '소득·재산을 알 수 있는 서류'],
    en: ['ID card', 'Title deed or proof of ownership', 'Proof of income and assets'],
  },
  apply: APPLY,
  audience: ['low-income', 'elderly', 'disabled'],
  helpType: 'repair',
  verified: false,
};
