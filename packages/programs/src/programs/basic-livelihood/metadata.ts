import type { ProgramMetadata } from '../../shared/catalog/metadata.ts';

const LAW = { title: '국민기초생활 보장법', url: 'https://www.law.go.kr/법령/국민기초생활보장법' };
const MEDIAN = {
  title: '보건복지부 고시 「기준 중위소득 및 생계·의료급여 선정기준과 최저보장수준」',
  url: 'https://www.mohw.go.kr',
};
const APPLY = {
  agency: { ko: '사는 곳 행정복지센터', en: 'Your local community centre' },
  channels: [
    { kind: 'visit', label: { ko: '행정복지센터 방문 신청', en: 'Apply in person at the community centre' } },
    {
      kind: 'online',
      label: { ko: '복지로 온라인 신청', en: 'Apply online at Bokjiro' },
      url: 'https://www.bokjiro.go.kr',
    },
    { kind: 'phone', label: { ko: '보건복지상담센터', en: 'Health & welfare call centre' }, phone: '129' },
  ],
} as const;
const DOCS = {
  ko: [
    '신분증',
    '사회보장급여 신청서 (센터에 있음)',
    '소득·재산을 알 수 있는 서류',
    '금융정보 제공 동의서',
    '통장 사본',
  ],
  en: [
    'ID card',
    'Benefit application form (at the centre)',
    'Proof of income and assets',
    'Consent to check financial information',
    'Copy of bank book',
  ],
};
const LINKS = [{ title: '복지로 — 기초생활보장', url: 'https://www.bokjiro.go.kr' }];
const FAMILY_NOTE_KO = '부모·자녀 등 부양의무자의 소득이 많으면 받지 못할 수 있습니다. 센터에서 확인해 드립니다.';
const FAMILY_NOTE_EN = 'High income of parents or children may still rule it out; the centre will check this.';

export const livelihoodMetadata: ProgramMetadata = {
  id: 'basic-livelihood.livelihood',
  name: { ko: '생계급여', en: 'Livelihood benefit' },
  summary: {
    ko: '생활비가 모자란 가구에 매달 생활비를 드립니다.',
    en: 'A monthly living allowance for households that cannot cover basic costs.',
  },
  whoQualifies: {
    ko: [
      '가구의 소득인정액이 기준 중위소득의 {n:basic-livelihood.selection-rate.livelihood}% 이하 ({s:basic-livelihood.selection-rate.livelihood}년부터)',
      FAMILY_NOTE_KO,
    ],
    en: [
      'Recognized income at or below {n:basic-livelihood.selection-rate.livelihood} % of the standard median income (from {s:basic-livelihood.selection-rate.livelihood})',
      FAMILY_NOTE_EN,
    ],
  },
  whatYouGet: {
    ko: '기준 금액에서 가구의 소득인정액을 뺀 만큼을 매달 받습니다.',
    en: 'Each month, the threshold minus your recognized income.',
  },
  documents: DOCS,
  apply: APPLY,
  legalBasis: [LAW, MEDIAN],
  links: LINKS,
  audience: ['low-income'],
  helpType: 'income-support',
  verified: false,
};

export const medicalMetadata: ProgramMetadata = {
  id: 'basic-livelihood.medical',
  name: { ko: '의료급여', en: 'Medical benefit' },
  summary: { ko: '병원비 부담을 크게 줄여 줍니다.', en: 'Greatly lowers what you pay for medical care.' },
  whoQualifies: {
    ko: ['가구의 소득인정액이 기준 중위소득의 {n:basic-livelihood.selection-rate.medical}% 이하', FAMILY_NOTE_KO],
    en: [
      'Recognized income at or below {n:basic-livelihood.selection-rate.medical} % of the standard median income',
      FAMILY_NOTE_EN,
    ],
  },
  whatYouGet: {
    ko: '병원·약국 비용의 대부분을 나라가 냅니다.',
    en: 'The state pays most hospital and pharmacy costs.',
  },
  documents: DOCS,
  apply: APPLY,
  legalBasis: [LAW, MEDIAN, { title: '의료급여법', url: 'https://www.law.go.kr/법령/의료급여법' }],
  links: LINKS,
  audience: ['low-income', 'elderly', 'disabled'],
  helpType: 'income-support',
  verified: false,
};

export const educationMetadata: ProgramMetadata = {
  id: 'basic-livelihood.education',
  name: { ko: '교육급여', en: 'Education benefit' },
  summary: {
    ko: '초·중·고 학생이 있는 가구에 교육비를 지원합니다.',
    en: 'Help with school costs for households with school-age children.',
  },
  whoQualifies: {
    ko: [
      '초·중·고등학생 자녀가 있는 가구',
      '가구의 소득인정액이 기준 중위소득의 {n:basic-livelihood.selection-rate.education}% 이하',
    ],
    en: [
      'Households with a primary, middle or high school student',
      'Recognized income at or below {n:basic-livelihood.selection-rate.education} % of the standard median income',
    ],
  },
  whatYouGet: {
    ko: '학용품비·부교재비 등 교육활동지원비를 해마다 받습니다.',
    en: 'A yearly allowance for school supplies and materials.',
  },
  documents: DOCS,
  apply: APPLY,
  legalBasis: [LAW, MEDIAN],
  links: [...LINKS, { title: '교육비 원클릭 신청', url: 'https://oneclick.moe.go.kr' }],
  audience: ['children', 'low-income'],
  helpType: 'income-support',
  verified: false,
};
