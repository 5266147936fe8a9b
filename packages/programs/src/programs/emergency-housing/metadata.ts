/** 긴급복지 주거지원 (보건복지부, 긴급복지지원법). Plain-language texts are our own words. */
import type { ProgramMetadata } from '../../shared/catalog/metadata.ts';
import { programResearch } from './parameters.ts';

export const metadata = {
  id: 'emergency-housing',
  name: { ko: '긴급복지 주거지원', en: 'Emergency welfare housing support' },
  summary: {
    ko: '갑자기 큰일이 생겨 살 곳이 없거나 집세를 못 낼 때, 잠시 머물 곳이나 집세를 빨리 지원합니다.',
    en: 'When a sudden crisis leaves you without a place to live or unable to pay rent, it quickly gives a temporary place or rent money.',
  },
  whoQualifies: {
    ko: [
      '돈 버는 사람이 세상을 떠나거나 집을 나감, 큰 병·다침, 화재, 가정폭력, 실직, 집에서 쫓겨남 같은 위기가 생긴 가구',
      '소득이 기준 중위소득 {n:emergency-housing.income-rate}% 이하',
      '재산이 기준 이하 (광주 같은 대도시는 2억 4,100만원 이하로 안내됨)',
      '예금 등 금융재산이 기준 이하 (주거지원은 조금 더 높게 인정)',
    ],
    en: [
      'A household hit by a crisis: the main earner died or left, serious illness or injury, fire, domestic violence, job loss, eviction and similar',
      'Income ≤ {n:emergency-housing.income-rate} % of standard median income',
      'Property under the limit (for big cities such as Gwangju, reported as 241 million won)',
      'Savings and other financial assets under the limit (a higher limit for housing support)',
    ],
  },
  whatYouGet: {
    ko: '나라·지자체가 마련한 임시 거처를 쓰게 하거나, 한 달 단위로 집세를 지원합니다. 필요하면 여러 번(최대 12번) 이어서 받을 수 있습니다.',
    en: 'A temporary place to stay, or rent paid month by month; it can be extended up to 12 times if the crisis goes on.',
  },
  documents: {
    ko: [
      '신분증',
      '위기를 보여주는 서류 (진단서, 해고 통지, 화재 확인 등) — 없으면 담당자가 현장 확인',
      '임대차계약서 (집세 지원일 때)',
      '통장 사본',
    ],
    en: [
      'ID card',
      'Papers that show the crisis (medical note, dismissal notice, fire report…) — staff can check in person instead',
      'Lease contract (for rent support)',
      'Copy of bank book',
    ],
  },
  apply: {
    agency: { ko: '구청·행정복지센터', en: 'District office or community centre' },
    channels: [
      {
        kind: 'phone',
        label: { ko: '보건복지상담센터 (24시간)', en: 'Health & welfare call centre (24 h)' },
        phone: '129',
      },
      {
        kind: 'visit',
        label: { ko: '구청 또는 행정복지센터 방문', en: 'Visit the district office or community centre' },
      },
    ],
  },
  legalBasis: [
    { title: '긴급복지지원법 제9조 (긴급지원의 종류 및 내용)', url: 'https://www.law.go.kr/법령/긴급복지지원법' },
    { title: '긴급복지지원법 시행령', url: 'https://www.law.go.kr/법령/긴급복지지원법시행령' },
  ],
  links: [
    { title: '복지로 — 긴급복지지원', url: 'https://www.bokjiro.go.kr' },
    {
      title: '마이홈포털 — 긴급주거지원',
      url: 'https://www.myhome.go.kr/hws/portal/cont/selectEmergencyHousingSupView.do',
    },
  ],
  audience: ['low-income', 'elderly', 'children', 'disabled'],
  helpType: 'emergency',
  verified: false,
  notes: programResearch.note,
} as const satisfies ProgramMetadata;
