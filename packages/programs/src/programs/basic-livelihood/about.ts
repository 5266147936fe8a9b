/**
 * The program's page in the catalog and the API: summary, who qualifies, legal basis, links.
 * Only shared/catalog/about.ts reads this file, so the self-check's bundle leaves it out.
 */
import type { ProgramAbout } from '../../shared/catalog/metadata.ts';
import { FAMILY_NOTE } from './metadata.ts';

const LAW = { title: '국민기초생활 보장법', url: 'https://www.law.go.kr/법령/국민기초생활보장법' };
const MEDIAN = {
  title: '보건복지부 고시 「기준 중위소득 및 생계·의료급여 선정기준과 최저보장수준」',
  url: 'https://www.mohw.go.kr',
};
const LINKS = [{ title: '복지로 — 기초생활보장', url: 'https://www.bokjiro.go.kr' }];

export const livelihoodAbout = {
  id: 'basic-livelihood.livelihood',
  summary: {
    ko: '생활비가 모자란 가구에 매달 생활비를 드립니다.',
    en: 'A monthly living allowance for households that cannot cover basic costs.',
  },
  whoQualifies: {
    ko: [
      '가구의 소득인정액이 기준 중위소득의 {n:basic-livelihood.selection-rate.livelihood}% 이하 ({s:basic-livelihood.selection-rate.livelihood}년부터)',
      FAMILY_NOTE.ko,
    ],
    en: [
      'Recognized income at or below {n:basic-livelihood.selection-rate.livelihood} % of the standard median income (from {s:basic-livelihood.selection-rate.livelihood})',
      FAMILY_NOTE.en,
    ],
  },
  legalBasis: [LAW, MEDIAN],
  links: LINKS,
} as const satisfies ProgramAbout;

export const medicalAbout = {
  id: 'basic-livelihood.medical',
  summary: { ko: '병원비 부담을 크게 줄여 줍니다.', en: 'Greatly lowers what you pay for medical care.' },
  whoQualifies: {
    ko: ['가구의 소득인정액이 기준 중위소득의 {n:basic-livelihood.selection-rate.medical}% 이하', FAMILY_NOTE.ko],
    en: [
      'Recognized income at or below {n:basic-livelihood.selection-rate.medical} % of the standard median income',
      FAMILY_NOTE.en,
    ],
  },
  legalBasis: [LAW, MEDIAN, { title: '의료급여법', url: 'https://www.law.go.kr/법령/의료급여법' }],
  links: LINKS,
} as const satisfies ProgramAbout;

export const educationAbout = {
  id: 'basic-livelihood.education',
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
  legalBasis: [LAW, MEDIAN],
  links: [...LINKS, { title: '교육비 원클릭 신청', url: 'https://oneclick.moe.go.kr' }],
} as const satisfies ProgramAbout;
