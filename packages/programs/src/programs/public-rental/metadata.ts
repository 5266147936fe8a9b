/**
 * 공공임대 — one metadata entry per rental type. Plain-language texts are our own words.
 * verified=false everywhere: official pages could not be read; see SOURCES-other-programs.md.
 */
import type { ProgramMetadata } from '../../shared/catalog/metadata.ts';
import { metadataResearch } from './parameters.ts';

const LAW_ACT = { title: '공공주택 특별법', url: 'https://www.law.go.kr/법령/공공주택특별법' } as const;
const LAW_RULE = {
  title: '공공주택 특별법 시행규칙 (별표 3·4·5·5의2 입주자 선정기준)',
  url: 'https://www.law.go.kr/법령/공공주택특별법시행규칙',
} as const;
const LINK_LH = { title: 'LH 청약플러스 (모집공고·신청)', url: 'https://apply.lh.or.kr' } as const;
const LINK_MYHOME = { title: '마이홈포털 (공공임대 자가진단·안내)', url: 'https://www.myhome.go.kr' } as const;
const LINK_GMCC = { title: '광주도시공사 (광주 지역 임대 공고)', url: 'https://www.gmcc.co.kr' } as const;

const CH_LH_ONLINE = {
  kind: 'online',
  label: { ko: 'LH 청약플러스 인터넷 신청', en: 'Apply online at LH Cheongyak Plus' },
  url: 'https://apply.lh.or.kr',
} as const;
const CH_LH_PHONE = {
  kind: 'phone',
  label: { ko: 'LH·마이홈 상담센터', en: 'LH / MyHome call centre' },
  phone: '1600-1004',
} as const;
const CH_VISIT = {
  kind: 'visit',
  label: { ko: '사는 곳 행정복지센터(주민센터) 방문', en: 'Visit your local community centre (행정복지센터)' },
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

export const metadataList = [
  {
    id: 'public-rental.permanent',
    name: { ko: '영구임대주택', en: 'Permanent public rental housing' },
    summary: {
      ko: '형편이 가장 어려운 가구가 아주 싼 임대료로 오래 살 수 있는 공공 아파트입니다.',
      en: 'Public flats with very low rent for the households that have the least, where you can stay for a long time.',
    },
    whoQualifies: {
      ko: [
        '집이 없는 가구 (세대원 모두 무주택)',
        '생계급여·의료급여 받는 분, 한부모가족, 국가유공자 등 정해진 대상',
        '그 밖의 가구는 소득이 도시근로자 평균의 50% 이하 (1인 70%, 2인 60%)',
        '재산과 자동차가 공고에서 정한 금액 이하',
      ],
      en: [
        'No one in the household owns a home',
        'People on livelihood or medical benefit, single-parent families, veterans and other listed groups',
        'Others: income at or below 50 % of urban-worker income (70 % for 1 person, 60 % for 2)',
        'Assets and car value under the limits in the notice',
      ],
    },
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
        en: 'LH and Gwangju Metropolitan City Corporation; applications via community centres',
      },
      channels: [CH_VISIT, CH_LH_ONLINE, CH_LH_PHONE],
    },
    legalBasis: [LAW_ACT, LAW_RULE],
    links: [LINK_LH, LINK_MYHOME, LINK_GMCC],
    audience: ['low-income', 'elderly', 'disabled'],
    helpType: 'public-housing',
    verified: false,
    notes: metadataResearch['public-rental.permanent']?.note,
  },
  {
    id: 'public-rental.national',
    name: { ko: '국민임대주택', en: 'National rental housing' },
    summary: {
      ko: '소득이 낮은 가구가 시세보다 싸게 오래(최대 30년) 살 수 있는 공공 아파트입니다.',
      en: 'Public flats for lower-income households, cheaper than market, for up to 30 years.',
    },
    whoQualifies: {
      ko: [
        '세대원 모두 집이 없는 가구',
        '소득이 도시근로자 평균의 70% 이하 (1인 90%, 2인 80%)',
        '총자산과 자동차가 공고 금액 이하',
        '작은 집(50㎡ 미만)은 소득 50% 이하 가구가 먼저',
      ],
      en: [
        'No one in the household owns a home',
        'Income at or below 70 % of urban-worker income (90 % for 1 person, 80 % for 2)',
        'Total assets and car under the notice limits',
        'Small flats (under 50 ㎡) go first to households at or below 50 %',
      ],
    },
    whatYouGet: {
      ko: '시세보다 싼 보증금과 월세로 입주합니다. 2년마다 계약을 다시 합니다.',
      en: 'A flat with below-market deposit and rent; the lease is renewed every 2 years.',
    },
    documents: { ko: [...DOCS_COMMON_KO], en: [...DOCS_COMMON_EN] },
    apply: {
      agency: { ko: 'LH·광주도시공사', en: 'LH and Gwangju Metropolitan City Corporation' },
      channels: [CH_LH_ONLINE, CH_LH_PHONE, CH_MYHOME],
    },
    legalBasis: [LAW_ACT, LAW_RULE],
    links: [LINK_LH, LINK_MYHOME, LINK_GMCC],
    audience: ['low-income', 'newlyweds', 'elderly', 'disabled'],
    helpType: 'public-housing',
    verified: false,
  },
  {
    id: 'public-rental.happy',
    name: { ko: '행복주택 (청년·신혼부부·고령자)', en: 'Happy Housing (youth, newlyweds, older people)' },
    summary: {
      ko: '청년, 신혼부부, 어르신이 시세보다 싸게 살 수 있는 공공 임대주택입니다.',
      en: 'Public rental homes, cheaper than market, for young people, newlyweds and older people.',
    },
    whoQualifies: {
      ko: [
        '청년: 만 {n:public-rental.happy.youth.age-min}~{n:public-rental.happy.youth.age-max}세, 집이 없음, 소득 100% 이하 (1인 120%, 2인 110%)',
        '신혼부부·한부모: 집 없는 세대, 소득 100% 이하 (2인 110%), 맞벌이는 더 높게 인정',
        '고령자: 만 {n:public-rental.happy.elderly.age-min}세 이상, 집 없는 세대, 소득 100% 이하 (1인 120%, 2인 110%)',
        '자산·자동차가 계층별 공고 금액 이하',
      ],
      en: [
        'Youth: age {n:public-rental.happy.youth.age-min}–{n:public-rental.happy.youth.age-max}, no home, income ≤ 100 % (120 % for 1 person, 110 % for 2)',
        'Newlyweds / single parents: homeless household, income ≤ 100 % (110 % for 2); higher limit if both spouses earn',
        'Older people: {n:public-rental.happy.elderly.age-min} or over, homeless household, income ≤ 100 % (120 % for 1, 110 % for 2)',
        'Assets and car under the limits for your group',
      ],
    },
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
    legalBasis: [LAW_ACT, LAW_RULE],
    links: [LINK_LH, LINK_MYHOME, LINK_GMCC],
    audience: ['youth', 'newlyweds', 'elderly'],
    helpType: 'public-housing',
    verified: false,
    notes: metadataResearch['public-rental.happy']?.note,
  },
  {
    id: 'public-rental.integrated',
    name: { ko: '통합공공임대주택', en: 'Integrated public rental housing' },
    summary: {
      ko: '영구·국민·행복주택을 하나로 합친 새 공공임대입니다. 소득에 따라 임대료가 달라집니다.',
      en: 'A newer type that merges the older rental types; rent depends on your income.',
    },
    whoQualifies: {
      ko: [
        '세대원 모두 집이 없는 가구',
        '소득이 기준 중위소득 150% 이하 (1인 170%, 2인 160%)',
        '총자산·자동차가 공고 금액 이하',
      ],
      en: [
        'No one in the household owns a home',
        'Income ≤ 150 % of standard median income (170 % for 1 person, 160 % for 2)',
        'Total assets and car under the notice limits',
      ],
    },
    whatYouGet: {
      ko: '소득 구간에 따라 시세의 35~90% 정도 임대료로 최대 30년 살 수 있습니다.',
      en: 'Rent of about 35–90 % of market by income band, for up to 30 years.',
    },
    documents: { ko: [...DOCS_COMMON_KO], en: [...DOCS_COMMON_EN] },
    apply: { agency: { ko: 'LH', en: 'LH' }, channels: [CH_LH_ONLINE, CH_LH_PHONE] },
    legalBasis: [LAW_ACT, LAW_RULE],
    links: [LINK_LH, LINK_MYHOME],
    audience: ['low-income', 'youth', 'newlyweds', 'elderly'],
    helpType: 'public-housing',
    verified: false,
    notes: metadataResearch['public-rental.integrated']?.note,
  },
  {
    id: 'public-rental.purchase',
    name: { ko: '매입임대주택', en: 'Purchased rental housing (매입임대)' },
    summary: {
      ko: 'LH나 도시공사가 동네의 빌라·다가구 집을 사서 싸게 빌려주는 집입니다. 지금 사는 동네 가까이에서 구할 수 있습니다.',
      en: 'Homes in ordinary neighbourhoods bought by LH or the city corporation and rented out cheaply.',
    },
    whoQualifies: {
      ko: [
        '일반: 생계·의료급여 수급자, 한부모가족 등이 1순위, 그 다음 소득이 낮은 가구',
        '청년: 만 19~39세 미혼 무주택 (본인 소득 또는 본인+부모 소득을 순위별로 봄)',
        '신혼부부·다자녀·고령자 유형이 따로 있습니다',
        '자산·자동차는 국민임대 기준을 주로 씁니다',
      ],
      en: [
        'General type: livelihood/medical benefit recipients and single-parent families first, then low-income households',
        "Youth type: unmarried, no home, age 19–39 (rank depends on own income or own + parents')",
        'Separate types for newlyweds, families with many children and older people',
        'Asset and car limits usually follow the national-rental rule',
      ],
    },
    whatYouGet: {
      ko: '시세의 30~50% 정도 임대료로 살 수 있습니다. 2년마다 계약을 다시 합니다.',
      en: 'Rent of about 30–50 % of market; lease renewed every 2 years.',
    },
    documents: { ko: [...DOCS_COMMON_KO], en: [...DOCS_COMMON_EN] },
    apply: {
      agency: {
        ko: 'LH·광주도시공사 (행정복지센터 접수 유형 있음)',
        en: 'LH and Gwangju Metropolitan City Corporation (some types via community centres)',
      },
      channels: [CH_LH_ONLINE, CH_VISIT, CH_LH_PHONE],
    },
    legalBasis: [
      LAW_ACT,
      {
        title: '국토교통부 훈령 「기존주택 매입임대주택 업무처리지침」',
        url: 'https://www.law.go.kr/행정규칙/기존주택매입임대주택업무처리지침',
      },
    ],
    links: [LINK_LH, LINK_MYHOME, LINK_GMCC],
    audience: ['low-income', 'youth', 'newlyweds', 'elderly', 'children'],
    helpType: 'public-housing',
    verified: false,
    notes: metadataResearch['public-rental.purchase']?.note,
  },
  {
    id: 'public-rental.jeonse',
    name: { ko: '전세임대주택', en: 'Jeonse-lease public rental (전세임대)' },
    summary: {
      ko: '내가 살 집을 직접 찾으면 LH가 집주인과 전세 계약을 맺고, 나는 싼 이자만 내고 사는 방식입니다.',
      en: 'You find a home yourself; LH signs the jeonse lease with the owner and you pay only low interest on it.',
    },
    whoQualifies: {
      ko: [
        '일반: 수급자·한부모 등 우선, 그 다음 소득이 낮은 무주택 가구',
        '청년·신혼부부 유형이 따로 있습니다',
        '자산·자동차 기준이 공고에 나옵니다',
      ],
      en: [
        'General type: benefit recipients and single parents first, then low-income homeless households',
        'Separate youth and newlywed types',
        'Asset and car limits are in the notice',
      ],
    },
    whatYouGet: {
      ko: '지역별 한도 안에서 전세금을 LH가 대신 내주고, 나는 보증금 일부와 낮은 이자(월세 형태)를 냅니다.',
      en: 'LH pays the jeonse deposit up to a regional cap; you pay a small deposit and low monthly interest.',
    },
    documents: { ko: [...DOCS_COMMON_KO], en: [...DOCS_COMMON_EN] },
    apply: {
      agency: { ko: 'LH (유형에 따라 행정복지센터 접수)', en: 'LH (some types via community centres)' },
      channels: [CH_LH_ONLINE, CH_VISIT, CH_LH_PHONE],
    },
    legalBasis: [
      LAW_ACT,
      {
        title: '국토교통부 훈령 「기존주택 전세임대 업무처리지침」',
        url: 'https://www.law.go.kr/행정규칙/기존주택전세임대업무처리지침',
      },
    ],
    links: [LINK_LH, LINK_MYHOME],
    audience: ['low-income', 'youth', 'newlyweds'],
    helpType: 'public-housing',
    verified: false,
    notes: metadataResearch['public-rental.jeonse']?.note,
  },
] as const satisfies readonly ProgramMetadata[];
