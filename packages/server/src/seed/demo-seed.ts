import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/password.ts';
import type { Database, District, StaffRole } from '../db/schema.ts';
import { makeDemoHousehold } from './demo-households.ts';
import { DISTRICTS } from './districts.ts';
import { seededRandom } from './random.ts';

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

const SEED_KEY = 'demo_seed';

/** Loads demo data once. The marker row is written in the same transaction, so a crash re-seeds cleanly. */
export async function seedDemoData(db: Kysely<Database>): Promise<'seeded' | 'already'> {
  const marker = await db.selectFrom('app_meta').select('key').where('key', '=', SEED_KEY).executeTakeFirst();
  if (marker) return 'already';
  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));
  const rand = seededRandom(20191030);
  const households = Array.from({ length: DEMO_HOUSEHOLDS }, () => makeDemoHousehold(rand));
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('staff_user')
      .values(
        DEMO_ACCOUNTS.map((a, i) => ({
          username: a.username,
          display_name: a.displayName,
          role: a.role,
          district: a.district,
          organization: a.organization,
          password_hash: hashes[i] as string,
        })),
      )
      .execute();
    await trx
      .insertInto('household')
      .values(households.map((h) => ({ district: h.district, alias: h.alias, household: JSON.stringify(h.household) })))
      .execute();
    await trx
      .insertInto('app_meta')
      .values({ key: SEED_KEY, value: JSON.stringify({ at: new Date().toISOString(), households: DEMO_HOUSEHOLDS }) })
      .execute();
  });
  return 'seeded';
}
