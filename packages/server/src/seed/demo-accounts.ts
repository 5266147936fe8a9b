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
  {
    username: 'partner.gwangsan',
    displayName: '광산구청 담당',
    role: 'partner',
    district: 'gwangsan',
    organization: '광산구청',
  },
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
];
