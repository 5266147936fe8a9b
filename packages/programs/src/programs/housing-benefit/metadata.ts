import type { ProgramMetadata } from '../../shared/catalog/metadata.ts';
import { metadataResearch } from './parameters.ts';

const LAW = { title: '주거급여법', url: 'https://www.law.go.kr/법령/주거급여법' };
const NOTICE = { title: '국토교통부 고시 「주거급여 실시에 관한 고시」', url: 'https://www.molit.go.kr' };
const APPLY = {
  agency: {
    ko: '사는 곳 행정복지센터 (조사는 LH가 합니다)',
    en: 'Your local community centre (LH does the home survey)',
  },
  channels: [
    { kind: 'visit', label: { ko: '행정복지센터 방문 신청', en: 'Apply in person at the community centre' } },
    {
      kind: 'online',
      label: { ko: '복지로 온라인 신청', en: 'Apply online at Bokjiro' },
      url: 'https://www.bokjiro.go.kr',
    },
    { kind: 'phone', label: { ko: '마이홈 상담센터', en: 'MyHome call centre' }, phone: '1600-1004' },
  ],
} as const;
const LINKS = [
  { title: '마이홈포털 — 주거급여', url: 'https://www.myhome.go.kr' },
  { title: '복지로 — 주거급여', url: 'https://www.bokjiro.go.kr' },
];

export const rentMetadata: ProgramMetadata = {
  id: 'housing-benefit.rent',
  name: { ko: '주거급여 (임차급여)', en: 'Housing benefit (rent support)' },
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
      'Proof of income and assets (the centre will tell you which)',
      'Consent to check financial information',
    ],
  },
  apply: APPLY,
  legalBasis: [LAW, NOTICE],
  links: LINKS,
  audience: ['low-income', 'elderly', 'youth', 'non-housing', 'children'],
  helpType: 'rent-support',
  verified: false,
  notes: metadataResearch['housing-benefit.rent']?.note,
};

export const repairMetadata: ProgramMetadata = {
  id: 'housing-benefit.repair',
  name: { ko: '주거급여 (수선유지급여)', en: 'Housing benefit (home repair for owners)' },
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
  whatYouGet: {
    ko: 'LH가 집 상태를 조사해 경보수(도배·장판 등), 중보수(창호·단열 등), 대보수(지붕·구조 등)를 정합니다. 2024년부터 한도는 590만원·1,095만원·1,601만원이며, 3·5·7년마다 받을 수 있습니다.',
    en: 'LH surveys the house and decides light, medium or major repair. From 2024 the caps are 5.9, 10.95 and 16.01 million won, available every 3, 5 or 7 years.',
  },
  documents: {
    ko: ['신분증', '집 등기부등본 또는 소유를 알 수 있는 서류', '소득·재산을 알 수 있는 서류'],
    en: ['ID card', 'Title deed or proof of ownership', 'Proof of income and assets'],
  },
  apply: APPLY,
  legalBasis: [LAW, NOTICE],
  links: LINKS,
  audience: ['low-income', 'elderly', 'disabled'],
  helpType: 'repair',
  verified: false,
};
