import { GWANGJU_DISTRICTS as DISTRICTS } from '@jibsa/programs';
import type { District, StaffRole } from '../db/schema.ts';

/** Every demo account shares this password; it is printed at start. Demo only. */
export const DEMO_PASSWORD = 'jibsa-demo';
export const DEMO_HOUSEHOLDS = 250;

export interface DemoAccount {
  username: string;
  displayName: string;
  role: StaffRole;
  district: District | null;
  organization: string | null;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'admin', displayName: '센터 관리자', role: 'admin', district: null, organization: '광주주거복지센터' },
  { username: 'city', displayName: '광주시 주택정책 담당', role: 'city', district: null, organization: '광주광역시' },
  ...DISTRICTS.map((d) => ({
    username: `counselor.${d.id}`,
    displayName: `${d.ko} 상담사`,
    role: 'counselor' as const,
    district: d.id,
    organization: '광주주거복지센터',
  })),
  {
    username: 'partner.lh',
    displayName: 'LH 광주전남 담당',
    role: 'partner',
    district: null,
    organization: 'LH 한국토지주택공사',
  },
  {
    username: 'partner.gmcc',
    displayName: '광주도시공사 담당',
    role: 'partner',
    district: null,
    organization: '광주도시공사',
  },
  // One log-in per 구청 (each its own agency, each seeing only referrals to it).
  ...DISTRICTS.map((d) => ({
    username: `partner.${d.id}`,
    displayName: `${d.ko}청 담당`,
    role: 'partner' as const,
    district: d.id,
    organization: `${d.ko}청`,
  })),
  {
    username: 'partner.khmc',
    displayName: '주택관리공단 담당',
    role: 'partner',
    district: null,
    organization: '주택관리공단',
  },
  {
    username: 'partner.repair',
    displayName: '집수리 단체 담당',
    role: 'partner',
    district: null,
    organization: '광주 집수리 협동조합 (가상)',
  },
  {
    username: 'partner.jjokbang',
    displayName: '쪽방상담소 담당',
    role: 'partner',
    district: null,
    organization: '광주 쪽방상담소 (가상)',
  },
  {
    username: 'partner.hug',
    displayName: 'HUG 광주 담당',
    role: 'partner',
    district: null,
    organization: '주택도시보증공사',
  },
];
