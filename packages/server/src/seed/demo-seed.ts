import { todayIso } from '@jibsa/programs';
import { type Kysely, sql } from 'kysely';
import { hashPassword } from '../auth/password.ts';
import type { Database } from '../db/schema.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.ts';
import { seedDemoBoard } from './demo-board.ts';
import { seedDemoCases } from './demo-cases.ts';
import { seedDemoDirectory } from './demo-directory.ts';
import { makeDemoHousehold } from './demo-households.ts';
import { seedDemoNotices } from './demo-notices.ts';
import { seedDemoPathways } from './demo-pathways.ts';
import { seededRandom } from './random.ts';

export const DEMO_HOUSEHOLDS = 250;
const SEED_KEY = 'demo_seed';

/**
 * Loads demo data once. The marker row is written in the same transaction, so a crash re-seeds
 * cleanly; the transaction first locks app_meta, so two servers starting at the same moment on
 * one empty database seed it once (the second waits, then finds the marker).
 */
export async function seedDemoData(db: Kysely<Database>): Promise<'seeded' | 'already'> {
  const result = await seedPeopleAndCases(db);
  await seedDemoDirectory(db);
  return result;
}

async function seedPeopleAndCases(db: Kysely<Database>): Promise<'seeded' | 'already'> {
  const seeded = async () =>
    (await db.selectFrom('app_meta').select('key').where('key', '=', SEED_KEY).executeTakeFirst()) !== undefined;
  if (await seeded()) return 'already';
  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));
  const rand = seededRandom(20191030);
  const households = Array.from({ length: DEMO_HOUSEHOLDS }, () => makeDemoHousehold(rand));
  return db.transaction().execute(async (trx) => {
    await sql`lock table app_meta in share row exclusive mode`.execute(trx);
    const marker = await trx.selectFrom('app_meta').select('key').where('key', '=', SEED_KEY).executeTakeFirst();
    if (marker) return 'already' as const;
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
    await seedDemoCases(trx, seededRandom(20260302), todayIso());
    await seedDemoPathways(trx, todayIso());
    await seedDemoBoard(trx, seededRandom(20191029));
    await seedDemoNotices(trx, todayIso());
    await trx
      .insertInto('app_meta')
      .values({ key: SEED_KEY, value: JSON.stringify({ at: new Date().toISOString(), households: DEMO_HOUSEHOLDS }) })
      .execute();
    return 'seeded' as const;
  });
}
