import type { ProgramMetadata } from '../../shared/catalog/metadata.ts';

const APPLY = {
  agency: { ko: '사는 곳 행정복지센터', en: 'Your local community center' },
  channels: [
    { kind: 'visit', label: { ko: '행정복지센터 방문 신청', en: 'Apply in person at the community center' } },
    {
      kind: 'online',
      label: { ko: '복지로 온라인 신청', en: 'Apply online at Bokjiro' },
      url: 'https://www.bokjiro.go.kr',
    },
    { kind: 'phone', label: { ko: '보건복지상담센터', en: 'Health & welfare call center' }, phone: '129' },
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
    'Benefit application form (at the center)',
    'Proof of income and assets',
    'Consent to check financial information',
    'Copy of bank book',
  ],
};

/**
 * 부양의무자 기준 is not encoded (programs.ts): a household the rules find eligible may still be
 * turned down for a parent's or child's income. Said in `whatYouGet` (the program's page, and a
 * result without an amount) and as the `caution` of a result that shows its amount.
 */
export const FAMILY_NOTE = {
  ko: '부모·자녀 등 부양의무자의 소득이 많으면 받지 못할 수 있습니다. 센터에서 확인해 드립니다.',
  en: 'High income of parents or children may still rule it out; the center will check this.',
} as const;

export const livelihoodMetadata: ProgramMetadata = {
  id: 'basic-livelihood.livelihood',
  name: { ko: '생계급여', en: 'Livelihood benefit' },
  whatYouGet: {
    ko: `기준 금액에서 가구의 소득인정액을 뺀 만큼을 매달 받습니다. ${FAMILY_NOTE.ko}`,
    en: `Each month, the threshold minus your recognized income. ${FAMILY_NOTE.en}`,
  },
  documents: DOCS,
  apply: APPLY,
  audience: ['low-income'],
  helpType: 'income-support',
  verified: false,
  caution: FAMILY_NOTE,
};

export const medicalMetadata: ProgramMetadata = {
  id: 'basic-livelihood.medical',
  name: { ko: '의료급여', en: 'Medical benefit' },
  whatYouGet: {
    ko: `병원·약국 비용의 대부분을 나라가 냅니다. ${FAMILY_NOTE.ko}`,
    en: `The state pays most hospital and pharmacy costs. ${FAMILY_NOTE.en}`,
  },
  documents: DOCS,
  apply: APPLY,
  audience: ['low-income', 'elderly', 'disabled'],
  helpType: 'income-support',
  verified: false,
  caution: FAMILY_NOTE,
};

export const educationMetadata: ProgramMetadata = {
  id: 'basic-livelihood.education',
  name: { ko: '교육급여', en: 'Education benefit' },
  whatYouGet: {
    ko: '학용품비·부교재비 등 교육활동지원비를 해마다 받습니다.',
    en: 'A yearly allowance for school supplies and materials.',
  },
  documents: DOCS,
  apply: APPLY,
  audience: ['children', 'low-income'],
  helpType: 'income-support',
  verified: false,
};
