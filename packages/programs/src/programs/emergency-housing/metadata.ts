/** 긴급복지 주거지원 (보건복지부, 긴급복지지원법). Plain-language texts are our own words. */
import type { ProgramMetadata } from '../../shared/catalog/metadata.ts';
import { programResearch } from './parameters.ts';

export const metadata = {
  id: 'emergency-housing',
  name: { ko: '긴급복지 주거지원', en: 'Emergency welfare housing support' },
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
    agency: { ko: '구청·행정복지센터', en: 'District office or community center' },
    channels: [
      {
        kind: 'phone',
        label: { ko: '보건복지상담센터 (24시간)', en: 'Health & welfare call center (24 h)' },
        phone: '129',
      },
      {
        kind: 'visit',
        label: { ko: '구청 또는 행정복지센터 방문', en: 'Visit the district office or community center' },
      },
    ],
  },
  audience: ['low-income', 'elderly', 'children', 'disabled'],
  helpType: 'emergency',
  verified: false,
  notes: programResearch.note,
} as const satisfies ProgramMetadata;
