import { todayIso } from '@jibsa/programs';
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/password.ts';
import type { Database } from '../db/schema.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.ts';
import { seedDemoBoard } from './demo-board.ts';
import { seedDemoCases } from './demo-cases.ts';
import { seedDemoCenter } from './demo-center.ts';
import { DEMO_AGENCIES, seedDemoDirectory } from './demo-directory.ts';
import { makeDemoHousehold } from './demo-households.ts';
import { seedDemoNotices } from './demo-notices.ts';
import { seedDemoPathways } from './demo-pathways.ts';
import { onceUnder } from './once.ts';
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
  await seedDemoCenter(db);
  if (result === 'already') await addMissingDemoAccounts(db);
  return result;
}

/** A demo account as a staff_user row, with its password already hashed. */
const accountRow = (a: (typeof DEMO_ACCOUNTS)[number], passwordHash: string) => ({
  username: a.username,
  display_name: a.displayName,
  role: a.role,
  district: a.district,
  organization: a.organization,
  password_hash: passwordHash,
});

/**
 * A database seeded by an older version lacks demo log-ins added since (a partner per 구청 …),
 * yet the start banner prints them all: the missing ones are added, with their agency link.
 * Accounts that exist are left as the admin keeps them.
 */
async function addMissingDemoAccounts(db: Kysely<Database>) {
  const have = new Set((await db.selectFrom('staff_user').select('username').execute()).map((r) => r.username));
  const missing = DEMO_ACCOUNTS.filter((a) => !have.has(a.username));
  if (missing.length === 0) return;
  const hashes = await Promise.all(missing.map(() => hashPassword(DEMO_PASSWORD)));
  await db.transaction().execute(async (trx) => {
    const added = await trx
      .insertInto('staff_user')
      .values(missing.map((a, i) => accountRow(a, hashes[i] as string)))
      .onConflict((oc) => oc.column('username').doNothing())
      .returning(['id', 'username'])
      .execute();
    for (const a of DEMO_AGENCIES) {
      const link = added.filter((u) => a.members.includes(u.username));
      if (link.length === 0) continue;
      const agency = await trx.selectFrom('agency').select('id').where('slug', '=', a.slug).executeTakeFirst();
      if (!agency) continue;
      await trx
        .insertInto('agency_member')
        .values(link.map((u) => ({ staff_user_id: u.id, agency_id: agency.id })))
        .execute();
    }
  });
}

async function seedPeopleAndCases(db: Kysely<Database>): Promise<'seeded' | 'already'> {
  const seeded = async () =>
    (await db.selectFrom('app_meta').select('key').where('key', '=', SEED_KEY).executeTakeFirst()) !== undefined;
  if (await seeded()) return 'already';
  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));
  const rand = seededRandom(20191030);
  const households = Array.from({ length: DEMO_HOUSEHOLDS }, () => makeDemoHousehold(rand));
  return onceUnder(
    db,
    SEED_KEY,
    async (trx) => {
      await trx
        .insertInto('staff_user')
        .values(DEMO_ACCOUNTS.map((a, i) => accountRow(a, hashes[i] as string)))
        .execute();
      await trx
        .insertInto('household')
        .values(
          households.map((h) => ({ district: h.district, alias: h.alias, household: JSON.stringify(h.household) })),
        )
        .execute();
      await seedDemoCases(trx, seededRandom(20260302), todayIso());
      await seedDemoPathways(trx, todayIso());
      await seedDemoBoard(trx, seededRandom(20191029));
      await seedDemoNotices(trx, todayIso());
    },
    { households: DEMO_HOUSEHOLDS },
  );
}
