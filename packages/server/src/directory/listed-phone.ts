import type { Kysely } from 'kysely';
import type { Database, District } from '../db/schema.ts';

export interface ListedPhone {
  phone: string;
  /** Demo data (a 000 exchange, seed/demo-center.ts): screens say so. */
  fictional: boolean;
}

/**
 * An organisation's number from the directory: an agency record in use, named as the organisation
 * (e.g. a center that lists itself), with a phone. Null when there is none: no number is made up.
 */
export async function listedPhone(db: Kysely<Database>, organization: string | null): Promise<ListedPhone | null> {
  if (!organization) return null;
  const row = await db
    .selectFrom('agency')
    .select(['phone', 'fictional_contacts'])
    .where((eb) => eb.or([eb('name', '=', organization), eb('alternate_name', '=', organization)]))
    .where('phone', 'is not', null)
    .where('active', '=', true)
    .executeTakeFirst();
  return row?.phone ? { phone: row.phone, fictional: row.fictional_contacts } : null;
}

/**
 * The center a request from `district` goes to, and its listed number: the 소속 of that 구's
 * counselors (else of the administrators, for a request with no 구). Null when none is listed, so a
 * receipt says no number rather than a wrong one.
 */
export async function centerFor(
  db: Kysely<Database>,
  district: District | null,
): Promise<({ name: string } & ListedPhone) | null> {
  const staff = await db
    .selectFrom('staff_user')
    .select(['organization', 'role'])
    .where('disabled_at', 'is', null)
    .where('organization', 'is not', null)
    .where((eb) =>
      eb.or([
        eb('role', '=', 'admin'),
        ...(district ? [eb('role', '=', 'counselor').and('district', '=', district)] : []),
      ]),
    )
    .orderBy('created_at')
    .execute();
  const theirs = staff.find((s) => s.role === 'counselor') ?? staff.find((s) => s.role === 'admin');
  const name = theirs?.organization ?? null;
  const listed = await listedPhone(db, name);
  return name && listed ? { name, ...listed } : null;
}
