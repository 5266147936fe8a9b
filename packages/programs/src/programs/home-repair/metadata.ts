/** 주거환경개선·집수리 — several small programs. Plain-language texts are our own words. All unverified. */
import type { ProgramMetadata } from '../../shared/catalog/metadata.ts';
import { metadataResearch } from './parameters.ts';

const CH_VISIT = {
  kind: 'visit',
  label: { ko: '사는 곳 행정복지센터 방문', en: 'Visit your local community center' },
} as const;
const CH_129 = {
  kind: 'phone',
  label: { ko: '보건복지상담센터', en: 'Health & welfare call center' },
  phone: '129',
} as const;

export const metadataList = [
  {
    id: 'home-repair.rural-disabled',
    name: { ko: '농어촌 장애인 주택개조', en: 'Home adaptation for disabled people in rural areas' },
    whatYouGet: {
      ko: '한 집에 정해진 금액(최대 380만원 정도로 안내됨) 안에서 공사를 해 줍니다.',
      en: 'Building work up to a set amount per home (reported as about 3.8 million won).',
    },
    documents: {
      ko: ['신분증', '장애인등록증', '집주인 동의서 (빌린 집이면)'],
      en: ['ID card', 'Disability registration card', "Owner's consent (if rented)"],
    },
    apply: {
      agency: { ko: '시청·군청 (읍·면사무소 접수)', en: 'City or county office (via the town office)' },
      channels: [CH_VISIT, CH_129],
    },
    audience: ['disabled', 'low-income'],
    helpType: 'repair',
    verified: false,
    notes: metadataResearch['home-repair.rural-disabled']?.note,
  },
  {
    id: 'home-repair.low-income-repair',
    name: { ko: '저소득층 집수리 (주거급여 수선유지 외 지원)', en: 'Home repairs for low-income households' },
    whatYouGet: { ko: '사업마다 다릅니다. 공고를 확인하세요.', en: 'Depends on the scheme; check the local notice.' },
    documents: {
      ko: ['신분증', '주민등록등본', '건물 등기부등본 또는 임대차계약서'],
      en: ['ID card', 'Resident registration copy', 'Building register or lease contract'],
    },
    apply: { agency: { ko: '행정복지센터·구청', en: 'Community center or district office' }, channels: [CH_VISIT] },
    audience: ['low-income', 'elderly'],
    helpType: 'repair',
    verified: false,
    notes: metadataResearch['home-repair.low-income-repair']?.note,
  },
] as const satisfies readonly ProgramMetadata[];
