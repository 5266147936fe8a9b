/**
 * The program's page in the catalog and the API: summary, who qualifies, legal basis, links.
 * Only shared/catalog/about.ts reads this file, so the self-check's bundle leaves it out.
 */
import type { ProgramAbout } from '../../shared/catalog/metadata.ts';

const LAW_ACT = { title: '공공주택 특별법', url: 'https://www.law.go.kr/법령/공공주택특별법' } as const;
const LAW_RULE = {
  title: '공공주택 특별법 시행규칙 (별표 3·4·5·5의2 입주자 선정기준)',
  url: 'https://www.law.go.kr/법령/공공주택특별법시행규칙',
} as const;
const LINK_LH = { title: 'LH 청약플러스 (모집공고·신청)', url: 'https://apply.lh.or.kr' } as const;
const LINK_MYHOME = { title: '마이홈포털 (공공임대 자가진단·안내)', url: 'https://www.myhome.go.kr' } as const;
const LINK_GMCC = { title: '광주도시공사 (광주 지역 임대 공고)', url: 'https://www.gmcc.co.kr' } as const;

export const aboutList = [
  {
    id: 'public-rental.permanent',
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
    legalBasis: [LAW_ACT, LAW_RULE],
    links: [LINK_LH, LINK_MYHOME, LINK_GMCC],
  },
  {
    id: 'public-rental.national',
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
    legalBasis: [LAW_ACT, LAW_RULE],
    links: [LINK_LH, LINK_MYHOME, LINK_GMCC],
  },
  {
    id: 'public-rental.happy',
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
    legalBasis: [LAW_ACT, LAW_RULE],
    links: [LINK_LH, LINK_MYHOME, LINK_GMCC],
  },
  {
    id: 'public-rental.integrated',
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
    legalBasis: [LAW_ACT, LAW_RULE],
    links: [LINK_LH, LINK_MYHOME],
  },
  {
    id: 'public-rental.purchase',
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
    legalBasis: [
      LAW_ACT,
      {
        title: '국토교통부 훈령 「기존주택 매입임대주택 업무처리지침」',
        url: 'https://www.law.go.kr/행정규칙/기존주택매입임대주택업무처리지침',
      },
    ],
    links: [LINK_LH, LINK_MYHOME, LINK_GMCC],
  },
  {
    id: 'public-rental.jeonse',
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
    legalBasis: [
      LAW_ACT,
      {
        title: '국토교통부 훈령 「기존주택 전세임대 업무처리지침」',
        url: 'https://www.law.go.kr/행정규칙/기존주택전세임대업무처리지침',
      },
    ],
    links: [LINK_LH, LINK_MYHOME],
  },
] as const satisfies readonly ProgramAbout[];
