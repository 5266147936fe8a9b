import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { alertCounselors } from '../notices/matching.ts';
import { createNotice, type NoticeInput, noticeRows } from '../notices/store.ts';

const DAY = 86_400_000;
const shift = (today: string, days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

interface DemoNotice {
  title: string;
  body: string;
  fields: (today: string) => NoticeInput;
}

// Fictional 모집공고: complexes, figures and dates are made up, placed around today so the demo
// always has open, 마감 임박, upcoming and closed notices.
const NOTICES: DemoNotice[] = [
  {
    title: '[모집공고] 광산구 수완 국민임대 예비입주자 모집 (가상)',
    body: '무주택 세대구성원을 위한 국민임대주택 예비입주자를 모집합니다 (연습용 가상 공고).\n\n소득과 자산 기준은 공고문을 확인해 주세요.',
    fields: (t) => ({
      provider: 'LH',
      housingType: 'national',
      complex: '수완 가상마을 3단지',
      district: 'gwangsan',
      units: [
        { area: '36㎡', count: 40, deposit: 12_000_000, rent: 150_000 },
        { area: '46㎡', count: 25, deposit: 19_000_000, rent: 210_000 },
      ],
      applicationStart: shift(t, -5),
      applicationEnd: shift(t, 20),
      priorityGroups: ['장애인', '국가유공자', '다자녀가구'],
      limits: { assetCap: 345_000_000 },
      documents: ['주민등록등본', '가족관계증명서', '무주택 서약서'],
      url: 'https://apply.lh.or.kr/',
    }),
  },
  {
    title: '[모집공고] 북구 영구임대 입주자 모집 (가상)',
    body: '생계·의료급여 수급자와 한부모가족 등을 위한 영구임대주택 입주자를 모집합니다 (연습용 가상 공고).',
    fields: (t) => ({
      provider: '광주도시공사',
      housingType: 'permanent',
      complex: '가상 영구임대 1단지',
      district: 'buk',
      units: [{ area: '26㎡', count: 30, deposit: 2_500_000, rent: 45_000 }],
      applicationStart: shift(t, -12),
      applicationEnd: shift(t, 3),
      priorityGroups: ['생계·의료급여 수급자', '한부모가족', '65세 이상 수급자'],
      documents: ['수급자 증명서', '주민등록등본'],
      url: 'https://www.gwangjuhousing.or.kr/',
    }),
  },
  {
    title: '[모집공고] 동구 고령자복지주택 입주자 모집 (가상)',
    body: '만 65세 이상 어르신을 위한 고령자복지주택입니다. 1층에 복지관이 있습니다 (연습용 가상 공고).',
    fields: (t) => ({
      provider: 'LH',
      housingType: 'senior',
      complex: '동구 가상 고령자복지주택',
      district: 'dong',
      units: [{ area: '26㎡', count: 50, deposit: 3_000_000, rent: 60_000 }],
      applicationStart: shift(t, -2),
      applicationEnd: shift(t, 14),
      limits: { minAge: 65, residence: ['dong', 'nam', 'buk'] },
      documents: ['주민등록등본', '신분증'],
      url: 'https://apply.lh.or.kr/',
    }),
  },
  {
    title: '[모집공고] 서구 행복주택 청년·신혼부부·고령자 모집 (가상)',
    body: '청년, 신혼부부, 고령자를 위한 행복주택 입주자를 모집합니다 (연습용 가상 공고).',
    fields: (t) => ({
      provider: 'LH',
      housingType: 'happy',
      complex: '서구 가상 행복주택',
      district: 'seo',
      units: [{ area: '16㎡', count: 60, deposit: 14_000_000, rent: 70_000 }],
      applicationStart: shift(t, -1),
      applicationEnd: shift(t, 30),
      documents: ['주민등록등본', '소득 증빙 서류'],
      url: 'https://apply.lh.or.kr/',
    }),
  },
  {
    title: '[모집공고] 광주 전역 전세임대 입주자 모집 (가상)',
    body: '살고 싶은 집을 찾으면 LH가 집주인과 전세계약을 맺어 다시 빌려 드립니다 (연습용 가상 공고).',
    fields: (t) => ({
      provider: 'LH',
      housingType: 'jeonse',
      applicationStart: shift(t, 10),
      applicationEnd: shift(t, 40),
      documents: ['주민등록등본', '가족관계증명서'],
      url: 'https://apply.lh.or.kr/',
    }),
  },
  {
    title: '[모집공고] 남구 매입임대 입주자 모집 (가상, 마감)',
    body: '기존 주택을 사들여 시세보다 싸게 빌려 드리는 매입임대주택입니다 (연습용 가상 공고).',
    fields: (t) => ({
      provider: 'LH',
      housingType: 'purchase',
      district: 'nam',
      applicationStart: shift(t, -40),
      applicationEnd: shift(t, -10),
      documents: ['주민등록등본'],
      url: 'https://apply.lh.or.kr/',
    }),
  },
];

export const DEMO_NOTICES = NOTICES.length;

/** Six fictional 모집공고 with fields, dated around today; counselors are alerted to cases they fit. */
export async function seedDemoNotices(trx: Transaction<Database>, today: string): Promise<number> {
  const admin = await trx
    .selectFrom('staff_user')
    .select(['id', 'username', 'display_name', 'role', 'district', 'organization'])
    .where('username', '=', 'admin')
    .executeTakeFirstOrThrow();
  const staff = { ...admin, displayName: admin.display_name, mustChangePassword: false };
  for (const n of NOTICES) {
    const made = await createNotice(trx, staff, { title: n.title, body: n.body }, n.fields(today), { source: 'form' });
    const row = await noticeRows(trx).where('n.id', '=', made.id).executeTakeFirstOrThrow();
    if (row.end >= today) await alertCounselors(trx, row);
  }
  return NOTICES.length;
}
