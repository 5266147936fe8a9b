/** 버팀목 전세자금 (주택도시기금). Plain-language texts are our own words. */
import type { ProgramMetadata } from '../../shared/catalog/metadata.ts';
import { programResearch } from './parameters.ts';

export const metadata = {
  id: 'jeonse-loan',
  name: {
    ko: '버팀목 전세자금 대출 (일반·청년·신혼부부)',
    en: 'Beotimmok jeonse deposit loan (general, youth, newlyweds)',
  },
  summary: {
    ko: '집 없는 가구가 전세 보증금을 낮은 이자로 빌릴 수 있는 나라 대출입니다.',
    en: 'A government loan at low interest to help households without a home pay a jeonse deposit.',
  },
  whoQualifies: {
    ko: [
      '세대주이고 세대원 모두 집이 없음 (청년은 예비 세대주도 가능)',
      '부부 합산 연소득: 일반 {w:jeonse-loan.general.income-limit} 이하, 신혼부부 전용 {w:jeonse-loan.newlywed.income-limit} 이하 (2025년 안내 기준)',
      '순자산이 기준 이하 ({s:jeonse-loan.net-asset-limit}년 {w:jeonse-loan.net-asset-limit})',
      '청년 전용은 만 {n:jeonse-loan.youth.age-min}~{n:jeonse-loan.youth.age-max}세',
    ],
    en: [
      'Head of household, no one in the household owns a home (youth may be a future head)',
      "Couple's yearly income: general ≤ {w:jeonse-loan.general.income-limit}; newlywed product ≤ {w:jeonse-loan.newlywed.income-limit} (2025 guide)",
      'Net assets under the limit ({w:jeonse-loan.net-asset-limit} in {s:jeonse-loan.net-asset-limit})',
      'Youth product: age {n:jeonse-loan.youth.age-min}–{n:jeonse-loan.youth.age-max}',
    ],
  },
  whatYouGet: {
    ko: '광주(수도권 밖)는 일반 최대 8천만원, 신혼부부 최대 1억 6천만원까지, 보증금의 일부를 연 2~3%대 이자로 빌립니다.',
    en: 'In Gwangju (outside the capital area): up to 80 million won (general) or 160 million won (newlyweds), part of the deposit, at about 2–3.5 % a year.',
  },
  documents: {
    ko: [
      '신분증',
      '주민등록등본',
      '확정일자 받은 임대차계약서',
      '계약금 5% 이상 낸 영수증',
      '소득 서류 (원천징수영수증 등)',
      '혼인관계증명서 (신혼부부)',
    ],
    en: [
      'ID card',
      'Resident registration copy',
      'Lease contract with fixed-date stamp',
      'Receipt for at least 5 % of the deposit paid',
      'Income papers (e.g. withholding statement)',
      'Marriage certificate (newlyweds)',
    ],
  },
  apply: {
    agency: {
      ko: '주택도시기금 (수탁은행: 우리·국민·기업·농협·신한·하나 등)',
      en: 'Housing and Urban Fund via partner banks',
    },
    channels: [
      {
        kind: 'online',
        label: { ko: '기금e든든 / 주택도시기금 누리집', en: 'Apply online via the Housing and Urban Fund site' },
        url: 'https://nhuf.molit.go.kr',
      },
      { kind: 'visit', label: { ko: '수탁은행 지점 방문', en: 'Visit a partner bank branch' } },
      { kind: 'phone', label: { ko: '주택도시보증공사(HUG) 콜센터', en: 'HUG call centre' }, phone: '1566-9009' },
    ],
  },
  legalBasis: [
    { title: '주택도시기금법', url: 'https://www.law.go.kr/법령/주택도시기금법' },
    { title: '주택도시기금 기금운용계획 및 개인상품 운용지침 (국토교통부)', url: 'https://nhuf.molit.go.kr' },
  ],
  links: [{ title: '주택도시기금 — 버팀목전세자금', url: 'https://nhuf.molit.go.kr' }],
  audience: ['low-income', 'youth', 'newlyweds'],
  helpType: 'loan',
  verified: false,
  notes: programResearch.note,
} as const satisfies ProgramMetadata;
