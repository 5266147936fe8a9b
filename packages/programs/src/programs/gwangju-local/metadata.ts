/**
 * 광주광역시 자체 주거지원 — NOTHING could be verified from a readable source in this research pass.
 * This file only points people to the right local doors; it makes no claim about amounts or rules.
 * Do not show figures for Gwangju-only programs until someone reads gwangju.go.kr / gmcc.co.kr directly.
 */

import type { ProgramMetadata } from '../../shared/catalog/metadata.ts';
import { metadataResearch } from './parameters.ts';

export const metadataList = [
  {
    id: 'gwangju-local.gmcc-rental',
    name: { ko: '광주도시공사 임대주택', en: 'Gwangju Metropolitan City Corporation rental housing' },
    whatYouGet: {
      ko: '광주 안의 공공임대주택에 입주할 기회.',
      en: 'A chance to move into public rental housing in Gwangju.',
    },
    documents: { ko: ['모집공고에서 정한 서류'], en: ['Papers named in the notice'] },
    apply: {
      agency: { ko: '광주도시공사', en: 'Gwangju Metropolitan City Corporation' },
      channels: [
        {
          kind: 'online',
          label: { ko: '광주도시공사 누리집 공고', en: 'Notices on the corporation website' },
          url: 'https://www.gmcc.co.kr',
        },
      ],
    },
    audience: ['low-income', 'youth', 'newlyweds', 'elderly'],
    helpType: 'public-housing',
    verified: false,
    notes: metadataResearch['gwangju-local.gmcc-rental']?.note,
  },
  {
    id: 'gwangju-local.city-housing-programs',
    name: {
      ko: '광주광역시 자체 주거지원 (청년 월세·집수리 등)',
      en: "Gwangju city's own housing programs (youth rent, repairs, etc.)",
    },
    whatYouGet: { ko: '사업마다 다름 — 확인되지 않음', en: 'Varies by program — not verified' },
    documents: { ko: ['공고에서 정한 서류'], en: ['Papers named in the notice'] },
    apply: {
      agency: { ko: '광주광역시청·구청·행정복지센터', en: 'Gwangju City Hall, district offices, community centers' },
      channels: [
        {
          kind: 'online',
          label: { ko: '광주광역시 누리집 공고', en: 'Notices on the Gwangju city website' },
          url: 'https://www.gwangju.go.kr',
        },
        { kind: 'visit', label: { ko: '사는 곳 행정복지센터 방문', en: 'Visit your local community center' } },
      ],
    },
    audience: ['youth', 'low-income', 'elderly'],
    helpType: 'rent-support',
    verified: false,
    notes: metadataResearch['gwangju-local.city-housing-programs']?.note,
  },
] as const satisfies readonly ProgramMetadata[];
