/** 버팀목 전세자금 (주택도시기금). Plain-language texts are our own words. */
import type { ProgramMetadata } from '../../shared/catalog/metadata.ts';
import { programResearch } from './parameters.ts';

export const metadata = {
  id: 'jeonse-loan',
  name: {
    ko: '버팀목 전세자금 대출 (일반·청년·신혼부부)',
    en: 'Beotimmok jeonse deposit loan (general, youth, newlyweds)',
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
      { kind: 'phone', label: { ko: '주택도시보증공사(HUG) 콜센터', en: 'HUG call center' }, phone: '1566-9009' },
    ],
  },
  audience: ['low-income', 'youth', 'newlyweds'],
  helpType: 'loan',
  verified: false,
  notes: programResearch.note,
} as const satisfies ProgramMetadata;

/** 청년전용 버팀목's own limit: the shared text names only the general and newlywed ones. */
export const youthWhatYouGet = {
  ko: '최대 {w:jeonse-loan.youth.max-loan}까지, 보증금의 일부를 연 2~3%대 이자로 빌립니다.',
  en: 'Up to {w:jeonse-loan.youth.max-loan}, part of the deposit, at a yearly rate in the 2–3 % range.',
} as const;
