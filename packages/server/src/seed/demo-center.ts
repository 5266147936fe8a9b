import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { agencyRow } from '../directory/rows.ts';
import { onceUnder } from './once.ts';

/**
 * The demo center in its own directory, with a made-up number: an agency that closes a referral is
 * told to call the center, and the number comes from the directory record named as the counselors'
 * 소속 (referrals/center-contact.ts). Without it the demo's partners were sent to call a center whose
 * number nobody had. The 3000 line of the unassigned 000 exchange is clear of the other demo
 * agencies' numbers (seed/demo-directory.ts). It offers no service: the center refers, it is not
 * referred to.
 */
export const DEMO_CENTER = {
  slug: 'gwangju-housing-welfare-center',
  name: '광주주거복지센터',
  kind: 'counseling',
  description:
    '주거 상담과 사례관리를 하고, 가구를 알맞은 기관에 연계합니다. 연계받은 기관이 센터에 물을 때 이 번호로 전화합니다 (가상 연락처).',
  phone: '062-000-3000',
  email: 'gwangju-housing-welfare-center@example.org',
  address: '광주광역시 (가상 주소)',
  fictionalContacts: true,
} as const;

const CENTER_KEY = 'demo_center';

/**
 * Lists the demo center once, with its own marker so a database seeded before it existed gets it on
 * its next start, and one the administrator has since edited or switched off keeps their choice.
 */
export async function seedDemoCenter(db: Kysely<Database>): Promise<'seeded' | 'already'> {
  return onceUnder(db, CENTER_KEY, async (trx) => {
    const listed = await trx.selectFrom('agency').select('id').where('slug', '=', DEMO_CENTER.slug).executeTakeFirst();
    if (!listed) await trx.insertInto('agency').values(agencyRow(DEMO_CENTER)).execute();
  });
}
