/**
 * The program's page in the catalog and the API: summary, who qualifies, legal basis, links.
 * Only shared/catalog/about.ts reads this file, so the self-check's bundle leaves it out.
 */
import type { ProgramAbout } from '../../shared/catalog/metadata.ts';

export const aboutList = [
  {
    id: 'gwangju-local.gmcc-rental',
    summary: {
      ko: '광주도시공사도 영구임대·국민임대·행복주택·매입임대 같은 공공임대를 모집합니다. 모집 공고는 도시공사 누리집에 올라옵니다.',
      en: "The city's own housing corporation also offers public rental homes; its notices are posted on its website.",
    },
    whoQualifies: {
      ko: ['유형마다 다릅니다. 국가 공공임대와 같은 기준을 주로 씁니다 (공공임대 안내 참고)'],
      en: ['Depends on the type; mostly the same rules as national public rental (see the public-rental guide)'],
    },
    legalBasis: [{ title: '공공주택 특별법', url: 'https://www.law.go.kr/법령/공공주택특별법' }],
    links: [{ title: '광주도시공사', url: 'https://www.gmcc.co.kr' }],
  },
  {
    id: 'gwangju-local.city-housing-programs',
    summary: {
      ko: '광주시와 각 구(동구·서구·남구·북구·광산구)가 해마다 따로 여는 주거지원이 있을 수 있습니다. 시청·구청 공고를 확인하세요.',
      en: 'Gwangju city and its five districts may run their own yearly housing help; check city and district notices.',
    },
    whoQualifies: { ko: ['사업마다 다름 — 확인되지 않음'], en: ['Varies by program — not verified'] },
    legalBasis: [{ title: '광주광역시 조례 (사업별 근거 조례 — 확인되지 않음)', url: 'https://www.elis.go.kr' }],
    links: [{ title: '광주광역시', url: 'https://www.gwangju.go.kr' }],
  },
] as const satisfies readonly ProgramAbout[];
