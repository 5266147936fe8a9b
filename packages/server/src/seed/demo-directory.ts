import { GWANGJU_DISTRICT_IDS, GWANGJU_DISTRICTS } from '@jibsa/programs';
import type { Kysely, Transaction } from 'kysely';
import type { Database, District, OpeningHours } from '../db/schema.ts';
import { agencyRow, serviceRow } from '../directory/rows.ts';
import { insertDemoReferrals } from './demo-referrals.ts';
import { onceUnder } from './once.ts';

/**
 * The Gwangju directory the demo starts with: real kinds of agencies, made-up contacts. Every
 * phone number uses the unassigned 000 exchange and every address says 가상, so nobody calls or
 * visits a real office from demo data; `fictional_contacts` makes screens say so too.
 */
interface DemoService {
  slug: string;
  name: string;
  description: string;
  programIds: string[];
  districts?: District[];
  documents: string[];
  hours?: OpeningHours[];
  hoursNote?: string;
  responseDays?: number;
}

interface DemoAgency {
  slug: string;
  name: string;
  alternateName?: string;
  kind: string;
  description: string;
  website?: string;
  /** Demo partner accounts (seed/demo-accounts.ts) that work for this agency. */
  members: string[];
  services: DemoService[];
}

const WEEKDAYS: OpeningHours[] = [{ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '09:00', closes: '18:00' }];
const ALL = [...GWANGJU_DISTRICT_IDS];
const ID_DOCS = ['신분증', '주민등록등본'];
const INCOME_DOCS = ['소득·재산 신고서', '임대차계약서 사본', '통장 사본'];

const districtOffices: DemoAgency[] = GWANGJU_DISTRICTS.map((d, i) => ({
  slug: `gu-${d.id}`,
  name: `광주광역시 ${d.ko}청 · 행정복지센터`,
  alternateName: `${d.ko}청`,
  kind: 'local_government',
  description: `${d.ko} 주민의 기초생활보장·주거급여 신청과 긴급복지 상담을 받는 구청 복지 부서와 동 행정복지센터.`,
  members: [`partner.${d.id}`],
  services: [
    {
      slug: `gu-${d.id}-benefits`,
      name: `${d.ko} 기초생활보장·주거급여 신청`,
      description:
        '주거급여(임차·수선), 생계·의료·교육급여 신청을 받고 조사합니다. 주소지 행정복지센터에서 접수합니다.',
      programIds: [
        'housing-benefit.rent',
        'housing-benefit.repair',
        'basic-livelihood.livelihood',
        'basic-livelihood.medical',
        'basic-livelihood.education',
      ],
      districts: [d.id],
      documents: [...ID_DOCS, ...INCOME_DOCS, '사회보장급여 신청서'],
      responseDays: 5 + (i % 2),
    },
    {
      slug: `gu-${d.id}-emergency`,
      name: `${d.ko} 긴급복지 창구 (주거지원)`,
      description:
        '갑작스러운 위기로 살 곳이 위태로운 가구에 임시 거처와 주거비를 긴급 지원합니다. 먼저 돕고 나중에 조사합니다.',
      programIds: ['emergency-housing'],
      districts: [d.id],
      documents: ['신분증', '위기 상황을 보여 주는 서류 (퇴거 통보서 등, 있으면)'],
      responseDays: 2,
    },
  ],
}));

export const DEMO_AGENCIES: readonly DemoAgency[] = [
  {
    slug: 'lh-gwangju',
    name: 'LH 한국토지주택공사 광주전남지역본부',
    alternateName: 'LH 광주전남',
    kind: 'public_housing',
    description:
      '영구·국민·행복·통합공공임대, 매입임대와 전세임대, 주거취약계층 주거지원을 공급하는 공기업의 지역본부.',
    website: 'https://www.lh.or.kr',
    members: ['partner.lh'],
    services: [
      {
        slug: 'lh-gwangju-public-rental',
        name: '공공임대주택 입주 상담·신청',
        description: '영구임대, 국민임대, 행복주택, 통합공공임대의 모집 공고와 신청, 입주 자격 확인을 돕습니다.',
        programIds: [
          'public-rental.permanent',
          'public-rental.national',
          'public-rental.happy-youth',
          'public-rental.happy-newlywed',
          'public-rental.happy-elderly',
          'public-rental.integrated',
          'senior-welfare-housing',
        ],
        documents: [...ID_DOCS, '가족관계증명서', '소득·재산 확인 서류'],
      },
      {
        slug: 'lh-gwangju-purchase-jeonse',
        name: '매입임대·전세임대',
        description: '기존 주택을 사들이거나 전세로 얻어 시세보다 싸게 빌려줍니다. 수급자·차상위 가구가 먼저입니다.',
        programIds: ['public-rental.purchase', 'public-rental.jeonse'],
        documents: [...ID_DOCS, '수급자 증명서 (해당하면)', '임대차계약서 사본'],
        responseDays: 10,
      },
      {
        slug: 'lh-gwangju-vulnerable',
        name: '주거취약계층 주거지원 (쪽방·고시원·비닐하우스에서 공공임대로)',
        description: '3개월 넘게 비주택에 살아온 가구가 매입·전세임대로 옮기도록 돕습니다. 보증금 50만원 수준.',
        programIds: ['vulnerable-housing'],
        documents: [...ID_DOCS, '비주택 거주 확인서 (상담소·행정복지센터 발급)'],
      },
    ],
  },
  {
    slug: 'gmcc',
    name: '광주도시공사',
    alternateName: '광주도시공사 임대사업',
    kind: 'public_housing',
    description: '광주광역시가 세운 공기업: 시 소유 공공임대주택의 공급과 관리.',
    website: 'https://www.gmcc.co.kr',
    members: ['partner.gmcc'],
    services: [
      {
        slug: 'gmcc-rental',
        name: '광주도시공사 공공임대 입주',
        description: '광주도시공사가 짓고 관리하는 영구·국민임대 단지의 입주자 모집과 예비입주자 관리.',
        programIds: ['gwangju-local.gmcc-rental', 'public-rental.permanent', 'public-rental.national'],
        documents: [...ID_DOCS, '소득·재산 확인 서류'],
      },
    ],
  },
  {
    slug: 'khmc-gwangju',
    name: '주택관리공단 광주전남지사',
    kind: 'housing_management',
    description: 'LH 영구임대 단지를 관리하는 공기업: 입주 안내, 재계약, 관리비와 생활 상담.',
    members: ['partner.khmc'],
    services: [
      {
        slug: 'khmc-permanent-care',
        name: '영구임대 단지 입주·생활 지원',
        description: '영구임대 단지 입주 절차 안내, 관리비 체납 상담, 주거복지사 방문.',
        programIds: ['public-rental.permanent'],
        documents: ['신분증', '입주 통보서'],
      },
    ],
  },
  {
    slug: 'repair-coop',
    name: '광주 집수리 협동조합 (가상)',
    kind: 'repair',
    description: '저소득 가구의 도배·장판·단열·보일러·안전손잡이 공사를 하는 지역 단체 (이름도 가상).',
    members: ['partner.repair'],
    services: [
      {
        slug: 'repair-coop-low-income',
        name: '저소득층 집수리',
        description: '수급자·차상위 자가 가구와 장애인 가구의 집을 고칩니다. 공사 전 방문 진단을 합니다.',
        programIds: ['home-repair.low-income-repair', 'home-repair.rural-disabled', 'housing-benefit.repair'],
        documents: ['신분증', '건물 등기부등본 또는 임대인 동의서', '수급자·차상위 증명서'],
        responseDays: 10,
      },
    ],
  },
  {
    slug: 'jjokbang-center',
    name: '광주 쪽방상담소 (가상)',
    kind: 'counseling',
    description: '쪽방·여인숙·고시원에 사는 분들의 생활 상담, 주거상향 동행, 긴급 물품 지원 (이름도 가상).',
    members: ['partner.jjokbang'],
    services: [
      {
        slug: 'jjokbang-moving-up',
        name: '주거상향 동행 상담',
        description: '공공임대 신청서 작성, 집 보러 가기, 이사와 정착까지 함께합니다.',
        programIds: ['vulnerable-housing', 'emergency-housing'],
        districts: ['dong', 'buk'],
        documents: ['신분증 (없으면 발급을 돕습니다)'],
        hours: [
          { days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '09:00', closes: '18:00' },
          { days: ['SA'], opens: '10:00', closes: '14:00' },
        ],
        hoursNote: '토요일 오전은 방문 상담만',
      },
    ],
  },
  {
    slug: 'hug-gwangju',
    name: '주택도시보증공사 광주전남 상담창구 (가상 연락처)',
    kind: 'finance',
    description: '주택도시기금 버팀목 전세자금 등 기금 대출 상담.',
    members: ['partner.hug'],
    services: [
      {
        slug: 'hug-gwangju-jeonse-loan',
        name: '버팀목 전세자금 대출 상담',
        description: '일반·청년·신혼 버팀목 전세자금 대출 자격과 서류를 안내합니다. 대출 심사는 수탁은행이 합니다.',
        programIds: ['jeonse-loan.general', 'jeonse-loan.youth', 'jeonse-loan.newlywed'],
        documents: [...ID_DOCS, '임대차계약서', '소득 증빙'],
      },
    ],
  },
  {
    slug: 'gwangju-city-housing',
    name: '광주광역시 주택정책과 청년·주거 지원 창구',
    kind: 'local_government',
    description: '청년월세 지원과 광주시 자체 주거 지원사업의 신청 창구.',
    members: [],
    services: [
      {
        slug: 'city-youth-rent',
        name: '청년월세 지원 신청',
        description: '부모와 따로 사는 무주택 청년의 월세를 매달 지원합니다.',
        programIds: ['youth-rent', 'gwangju-local.city-housing-programs'],
        documents: [...ID_DOCS, '임대차계약서', '월세 이체 내역'],
      },
    ],
  },
  ...districtOffices,
];

/** Demo contacts: 000 exchange numbers and example.org addresses, one per agency index. */
const phoneOf = (i: number, j = 0) => `062-000-${String(1000 + i * 10 + j).padStart(4, '0')}`;

export async function insertDirectory(trx: Transaction<Database> | Kysely<Database>) {
  for (const [i, a] of DEMO_AGENCIES.entries()) {
    const agency = await trx
      .insertInto('agency')
      .values(
        agencyRow({
          ...a,
          email: `${a.slug}@example.org`,
          phone: phoneOf(i),
          address: '광주광역시 (가상 주소)',
          notifyEmail: `referrals+${a.slug}@example.org`,
          fictionalContacts: true,
        }),
      )
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [j, s] of a.services.entries()) {
      await trx
        .insertInto('agency_service')
        .values(
          serviceRow(agency.id, {
            ...s,
            districts: s.districts ?? ALL,
            contactName: '연계 담당자 (가상)',
            contactPhone: phoneOf(i, j + 1),
            contactEmail: `${s.slug}@example.org`,
            hours: s.hours ?? WEEKDAYS,
            responseBusinessDays: s.responseDays ?? 7,
          }),
        )
        .execute();
    }
    if (a.members.length > 0) {
      const staff = await trx.selectFrom('staff_user').select('id').where('username', 'in', a.members).execute();
      if (staff.length > 0) {
        await trx
          .insertInto('agency_member')
          .values(staff.map((s) => ({ staff_user_id: s.id, agency_id: agency.id })))
          .execute();
      }
    }
  }
}

const DIRECTORY_KEY = 'demo_directory';

/**
 * Seeds the directory once, apart from the first demo seed so a database seeded before the
 * directory existed gets it on its next start. Same lock-then-check as the demo seed.
 */
export async function seedDemoDirectory(db: Kysely<Database>): Promise<'seeded' | 'already'> {
  return onceUnder(db, DIRECTORY_KEY, async (trx) => {
    await insertDirectory(trx);
    await insertDemoReferrals(trx);
  });
}
