/** 청년월세 특별지원 (국토교통부). Plain-language texts are our own words; figures in parameters.ts. */
import type { ProgramMetadata } from '../../shared/catalog/metadata.ts';
import { programResearch, startResearch } from './parameters.ts';

export const metadata = {
  id: 'youth-rent',
  startedOn: {
    date: '2022-08-22',
    // The notice itself was not read; the citation names where it was published, the note what was seen.
    citation: {
      title: '국토교통부 「청년월세 한시 특별지원」 1차 사업 안내 (2022, 복지로 게시)',
      url: 'https://www.bokjiro.go.kr',
    },
    verified: false,
    note: startResearch.note,
  },
  name: { ko: '청년월세 특별지원', en: 'Youth monthly rent support' },
  // "Overlap with 주거급여 or local rent aid is usually not allowed" (parameters.ts, secondary).
  overlapsWith: ['housing-benefit.rent'],
  whatYouGet: {
    ko: '실제로 낸 월세 안에서 한 달 최대 {w:youth-rent.max-monthly}을 받습니다. 예전 차수는 12개월, 2026년 사업은 최대 24개월입니다.',
    en: 'Up to {w:youth-rent.max-monthly} a month, never more than the rent you paid: 12 months in past rounds, up to 24 months in the 2026 round.',
  },
  documents: {
    ko: [
      '신분증',
      '임대차계약서',
      '월세를 낸 기록 (계좌이체 내역)',
      '본인 명의 통장 사본',
      '가족관계증명서 (필요하면)',
      '소득·재산 자료는 대부분 기관이 직접 조회',
    ],
    en: [
      'ID card',
      'Lease contract',
      'Proof of rent paid (bank transfer records)',
      'Copy of a bank book in your name',
      'Family relations certificate (if asked)',
      'Income and property are mostly checked by the office',
    ],
  },
  apply: {
    agency: {
      ko: '국토교통부 (접수: 주소지 행정복지센터·복지로)',
      en: 'Ministry of Land, Infrastructure and Transport (apply via community center or Bokjiro)',
    },
    channels: [
      {
        kind: 'online',
        label: { ko: '복지로 온라인 신청', en: 'Apply online at Bokjiro' },
        url: 'https://www.bokjiro.go.kr',
      },
      { kind: 'visit', label: { ko: '사는 곳 행정복지센터 방문', en: 'Visit your local community center' } },
      {
        kind: 'online',
        label: { ko: '마이홈포털 안내', en: 'Information on MyHome portal' },
        url: 'https://www.myhome.go.kr',
      },
      { kind: 'phone', label: { ko: '보건복지상담센터', en: 'Health & welfare call center' }, phone: '129' },
    ],
  },
  audience: ['youth', 'low-income'],
  helpType: 'rent-support',
  verified: false,
  notes: programResearch.note,
} as const satisfies ProgramMetadata;
