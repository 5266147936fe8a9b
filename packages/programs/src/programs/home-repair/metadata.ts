/** 주거환경개선·집수리 — several small programs. Plain-language texts are our own words. All unverified. */
import type { ProgramMetadata } from '../../shared/catalog/metadata.ts';
import { metadataResearch } from './parameters.ts';

const CH_VISIT = {
  kind: 'visit',
  label: { ko: '사는 곳 행정복지센터 방문', en: 'Visit your local community centre' },
} as const;
const CH_129 = {
  kind: 'phone',
  label: { ko: '보건복지상담센터', en: 'Health & welfare call centre' },
  phone: '129',
} as const;

export const metadataList = [
  {
    id: 'home-repair.rural-disabled',
    name: { ko: '농어촌 장애인 주택개조', en: 'Home adaptation for disabled people in rural areas' },
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
    legalBasis: [{ title: '장애인복지법', url: 'https://www.law.go.kr/법령/장애인복지법' }],
    links: [{ title: '복지로', url: 'https://www.bokjiro.go.kr' }],
    audience: ['disabled', 'low-income'],
    helpType: 'repair',
    verified: false,
    notes: metadataResearch['home-repair.rural-disabled']?.note,
  },
  {
    id: 'home-repair.low-income-repair',
    name: { ko: '저소득층 집수리 (주거급여 수선유지 외 지원)', en: 'Home repairs for low-income households' },
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
    whatYouGet: { ko: '사업마다 다릅니다. 공고를 확인하세요.', en: 'Depends on the scheme; check the local notice.' },
    documents: {
      ko: ['신분증', '주민등록등본', '건물 등기부등본 또는 임대차계약서'],
      en: ['ID card', 'Resident registration copy', 'Building register or lease contract'],
    },
    apply: { agency: { ko: '행정복지센터·구청', en: 'Community centre or district office' }, channels: [CH_VISIT] },
    legalBasis: [{ title: '주거기본법', url: 'https://www.law.go.kr/법령/주거기본법' }],
    links: [{ title: '마이홈포털', url: 'https://www.myhome.go.kr' }],
    audience: ['low-income', 'elderly'],
    helpType: 'repair',
    verified: false,
    notes: metadataResearch['home-repair.low-income-repair']?.note,
  },
] as const satisfies readonly ProgramMetadata[];
