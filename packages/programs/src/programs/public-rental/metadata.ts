/**
 * 공공임대 — one metadata entry per rental type. Plain-language texts are our own words.
 * verified=false everywhere: official pages could not be read; see SOURCES-other-programs.md.
 */
import type { ProgramMetadata } from '../../shared/catalog/metadata.ts';
import { metadataResearch } from './parameters.ts';

const CH_LH_ONLINE = {
  kind: 'online',
  label: { ko: 'LH 청약플러스 인터넷 신청', en: 'Apply online at LH Cheongyak Plus' },
  url: 'https://apply.lh.or.kr',
} as const;
const CH_LH_PHONE = {
  kind: 'phone',
  label: { ko: 'LH·마이홈 상담센터', en: 'LH / MyHome call center' },
  phone: '1600-1004',
} as const;
const CH_VISIT = {
  kind: 'visit',
  label: { ko: '사는 곳 행정복지센터(주민센터) 방문', en: 'Visit your local community center (행정복지센터)' },
} as const;
const CH_MYHOME = {
  kind: 'online',
  label: { ko: '마이홈포털에서 자격 미리 알아보기', en: 'Check eligibility on MyHome portal' },
  url: 'https://www.myhome.go.kr',
} as const;

const DOCS_COMMON_KO = [
  '신분증',
  '주민등록등본 (세대원 모두 나오게)',
  '가족관계증명서',
  '소득을 알 수 있는 서류 (공고에서 정한 것)',
  '모집공고에서 요구하는 추가 서류',
] as const;
const DOCS_COMMON_EN = [
  'ID card',
  'Resident registration copy showing every household member',
  'Family relations certificate',
  'Proof of income named in the notice',
  'Any extra papers the notice asks for',
] as const;

/**
 * What each 행복주택 variant's card says it gives: the base text speaks of 청년, and read on the
 * 고령자 or 신혼부부 card it told an older reader about young people's terms.
 */
export const happyNewlywedWhatYouGet = {
  ko: '시세의 60~80% 정도 임대료로 입주합니다. 아이가 있으면 더 오래 살 수 있고, 살 수 있는 기간은 입주자 모집 공고에 나옵니다.',
  en: 'Rent of roughly 60–80 % of market; longer stays with children. How long you may stay is in the call for tenants.',
} as const;

export const happyElderlyWhatYouGet = {
  ko: '시세의 60~80% 정도 임대료로 입주합니다. 고령자는 청년·신혼부부보다 오래 살 수 있고 (보통 최장 20년), 기간은 입주자 모집 공고에 나옵니다.',
  en: 'Rent of roughly 60–80 % of market; older people may stay longer than young people (usually up to 20 years). The call for tenants gives the term.',
} as const;

export const metadataList = [
  {
    id: 'public-rental.permanent',
    name: { ko: '영구임대주택', en: 'Permanent public rental housing' },
    whatYouGet: {
      ko: '시세보다 훨씬 싼 보증금과 월세로 공공 아파트에 입주합니다. 조건을 지키면 계약을 계속 이어갈 수 있습니다.',
      en: 'A public flat with deposit and rent far below market; the lease can be renewed while you stay eligible.',
    },
    documents: {
      ko: [...DOCS_COMMON_KO, '수급자 증명서 (해당되면)'],
      en: [...DOCS_COMMON_EN, 'Benefit recipient certificate (if any)'],
    },
    apply: {
      agency: {
        ko: 'LH·광주도시공사 (접수: 행정복지센터)',
        en: 'LH and Gwangju Metropolitan City Corporation; applications via community centers',
      },
      channels: [CH_VISIT, CH_LH_ONLINE, CH_LH_PHONE],
    },
    audience: ['low-income', 'elderly', 'disabled'],
    helpType: 'public-housing',
    verified: false,
    notes: metadataResearch['public-rental.permanent']?.note,
  },
  {
    id: 'public-rental.national',
    name: { ko: '국민임대주택', en: 'National rental housing' },
    whatYouGet: {
      ko: '시세보다 싼 보증금과 월세로 입주합니다. 2년마다 계약을 다시 합니다.',
      en: 'A flat with below-market deposit and rent; the lease is renewed every 2 years.',
    },
    documents: { ko: [...DOCS_COMMON_KO], en: [...DOCS_COMMON_EN] },
    apply: {
      agency: { ko: 'LH·광주도시공사', en: 'LH and Gwangju Metropolitan City Corporation' },
      channels: [CH_LH_ONLINE, CH_LH_PHONE, CH_MYHOME],
    },
    audience: ['low-income', 'newlyweds', 'elderly', 'disabled'],
    helpType: 'public-housing',
    verified: false,
  },
  {
    id: 'public-rental.happy',
    name: { ko: '행복주택 (청년·신혼부부·고령자)', en: 'Happy Housing (youth, newlyweds, older people)' },
    whatYouGet: {
      ko: '시세의 60~80% 정도 임대료로 입주합니다. 청년은 보통 6년, 아이가 있으면 더 오래 살 수 있습니다.',
      en: 'Rent of roughly 60–80 % of market; youth usually up to 6 years, longer with children.',
    },
    documents: {
      ko: [...DOCS_COMMON_KO, '혼인관계증명서 (신혼부부)'],
      en: [...DOCS_COMMON_EN, 'Marriage certificate (newlyweds)'],
    },
    apply: {
      agency: { ko: 'LH·광주도시공사', en: 'LH and Gwangju Metropolitan City Corporation' },
      channels: [CH_LH_ONLINE, CH_LH_PHONE],
    },
    audience: ['youth', 'newlyweds', 'elderly'],
    helpType: 'public-housing',
    verified: false,
    notes: metadataResearch['public-rental.happy']?.note,
  },
  {
    id: 'public-rental.integrated',
    name: { ko: '통합공공임대주택', en: 'Integrated public rental housing' },
    whatYouGet: {
      ko: '소득 구간에 따라 시세의 35~90% 정도 임대료로 최대 30년 살 수 있습니다.',
      en: 'Rent of about 35–90 % of market by income band, for up to 30 years.',
    },
    documents: { ko: [...DOCS_COMMON_KO], en: [...DOCS_COMMON_EN] },
    apply: { agency: { ko: 'LH', en: 'LH' }, channels: [CH_LH_ONLINE, CH_LH_PHONE] },
    audience: ['low-income', 'youth', 'newlyweds', 'elderly'],
    helpType: 'public-housing',
    verified: false,
    notes: metadataResearch['public-rental.integrated']?.note,
  },
  {
    id: 'public-rental.purchase',
    name: { ko: '매입임대주택', en: 'Purchased rental housing (매입임대)' },
    whatYouGet: {
      ko: '시세의 30~50% 정도 임대료로 살 수 있습니다. 2년마다 계약을 다시 합니다.',
      en: 'Rent of about 30–50 % of market; lease renewed every 2 years.',
    },
    documents: { ko: [...DOCS_COMMON_KO], en: [...DOCS_COMMON_EN] },
    apply: {
      agency: {
        ko: 'LH·광주도시공사 (행정복지센터 접수 유형 있음)',
        en: 'LH and Gwangju Metropolitan City Corporation (some types via community centers)',
      },
      channels: [CH_LH_ONLINE, CH_VISIT, CH_LH_PHONE],
    },
    audience: ['low-income', 'youth', 'newlyweds', 'elderly', 'children'],
    helpType: 'public-housing',
    verified: false,
    notes: metadataResearch['public-rental.purchase']?.note,
  },
  {
    id: 'public-rental.jeonse',
    name: { ko: '전세임대주택', en: 'Jeonse-lease public rental (전세임대)' },
    whatYouGet: {
      ko: '지역별 한도 안에서 전세금을 LH가 대신 내주고, 나는 보증금 일부와 낮은 이자(월세 형태)를 냅니다.',
      en: 'LH pays the jeonse deposit up to a regional cap; you pay a small deposit and low monthly interest.',
    },
    documents: { ko: [...DOCS_COMMON_KO], en: [...DOCS_COMMON_EN] },
    apply: {
      agency: { ko: 'LH (유형에 따라 행정복지센터 접수)', en: 'LH (some types via community centers)' },
      channels: [CH_LH_ONLINE, CH_VISIT, CH_LH_PHONE],
    },
    audience: ['low-income', 'youth', 'newlyweds'],
    helpType: 'public-housing',
    verified: false,
    notes: metadataResearch['public-rental.jeonse']?.note,
  },
] as const satisfies readonly ProgramMetadata[];
