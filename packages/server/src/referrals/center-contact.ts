import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { listedPhone } from '../directory/listed-phone.ts';

/** Whom at the center a partner agency asks about a referral: who sent it, and a number if one is on record. */
export interface CenterContact {
  /** Null when the sender's account is closed: the organisation's number is then the one to call. */
  name: string | null;
  organization: string | null;
  phone: string | null;
  /** The number is demo data (a 000 exchange, seed/demo-directory.ts): screens say so. */
  fictional: boolean;
}

/**
 * The counselor who sent the referral, and their organisation's phone from the directory (an agency
 * record named as the account's 소속, e.g. a center that lists itself, while the record is in use).
 * Nothing is made up: with no such record the phone is null and the agency is told whom to ask by
 * name; a sender whose account is closed is not named (they are no longer there to ask), and with
 * neither a sender nor a number there is no contact at all. Only asked for an ended referral.
 */
export async function centerContact(db: Kysely<Database>, createdBy: string | null): Promise<CenterContact | null> {
  if (!createdBy) return null;
  const sender = await db
    .selectFrom('staff_user')
    .select(['display_name', 'organization', 'disabled_at'])
    .where('id', '=', createdBy)
    .executeTakeFirst();
  if (!sender) return null;
  const org = sender.organization;
  const listed = await listedPhone(db, org);
  if (sender.disabled_at !== null && !listed) return null;
  return {
    name: sender.disabled_at === null ? sender.display_name : null,
    organization: org,
    phone: listed?.phone ?? null,
    fictional: listed?.fictional ?? false,
  };
}
