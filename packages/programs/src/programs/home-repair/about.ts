/**
 * The program's page in the catalog and the API: summary, who qualifies, legal basis, links.
 * Only shared/catalog/about.ts reads this file, so the self-check's bundle leaves it out.
 */
import type { ProgramAbout } from '../../shared/catalog/metadata.ts';

export const aboutList = [
  {
    id: 'home-repair.rural-disabled',
    summary: {
      ko: '시골(읍·면)에 사는 장애인의 집을 다니기 편하게 고쳐 줍니다. 문턱을 없애고 손잡이나 경사로를 답니다.',
      en: 'Adapts the homes of disabled people living in rural towns and villages: removing steps, adding rails and ramps.',
    },
    whoQualifies: {
      ko: [
        '읍·면 지역에 사는 등록 장애인 가구',
        '소득이 낮은 가구 (수급자·차상위 등이 우선)',
        '자기 집이거나 집주인이 고치는 데 동의한 집',
      ],
      en: [
        'Registered disabled people living in a town or village (읍·면)',
        'Low-income households (benefit recipients first)',
        'Own home, or the owner agrees to the work',
      ],
    },
    legalBasis: [{ title: '장애인복지법', url: 'https://www.law.go.kr/법령/장애인복지법' }],
    links: [{ title: '복지로', url: 'https://www.bokjiro.go.kr' }],
  },
  {
    id: 'home-repair.low-income-repair',
    summary: {
      ko: '형편이 어려운 집의 낡은 곳(도배, 장판, 보일러, 창호 등)을 고쳐 줍니다. 자기 집에 사는 수급자는 주거급여 수선유지로 고칩니다.',
      en: 'Fixes worn-out parts of low-income homes (wallpaper, floors, boiler, windows). Owner-occupiers on housing benefit use its repair part.',
    },
    whoQualifies: {
      ko: [
        '자기 집에 사는 주거급여 수급자 → 주거급여 수선유지급여 (다른 안내 참고)',
        '그 밖의 저소득 가구 → 지자체·공공기관 집수리 사업 (해마다 공고)',
      ],
      en: [
        'Owner-occupiers on housing benefit → the repair part of housing benefit (see that guide)',
        'Other low-income households → yearly local or public-agency repair schemes',
      ],
    },
    legalBasis: [{ title: '주거기본법', url: 'https://www.law.go.kr/법령/주거기본법' }],
    links: [{ title: '마이홈포털', url: 'https://www.myhome.go.kr' }],
  },
] as const satisfies readonly ProgramAbout[];
