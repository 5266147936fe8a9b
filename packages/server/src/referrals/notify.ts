import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Side } from './states.ts';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Who hears about a change on a referral: the other side. The agency side is every account linked
 * to the agency; the center side is the counselor who sent it and the case's assignee. Rows are
 * per person so each has their own unread count. Returns the recipients (for e-mail after commit).
 */
export async function notifyOtherSide(
  db: Db,
  r: { id: string; agency_id: string; case_id: string; created_by: string | null },
  actingSide: Side,
  actorId: string,
  kind: string,
): Promise<string[]> {
  let recipients: string[];
  if (actingSide === 'center') {
    const members = await db
      .selectFrom('agency_member')
      .select('staff_user_id')
      .where('agency_id', '=', r.agency_id)
      .execute();
    recipients = members.map((m) => m.staff_user_id);
  } else {
    const c = await db.selectFrom('case_record').select('assignee_id').where('id', '=', r.case_id).executeTakeFirst();
    recipients = [r.created_by, c?.assignee_id ?? null].filter((x): x is string => x !== null);
  }
  const unique = [...new Set(recipients)].filter((id) => id !== actorId);
  if (unique.length > 0) {
    await db
      .insertInto('notification')
      .values(unique.map((recipient_id) => ({ recipient_id, referral_id: r.id, kind })))
      .execute();
  }
  return unique;
}

/** Opening a referral reads its notifications for that person. */
export async function markRead(db: Db, recipientId: string, referralId: string) {
  await db
    .updateTable('notification')
    .set({ read_at: new Date() })
    .where('recipient_id', '=', recipientId)
    .where('referral_id', '=', referralId)
    .where('read_at', 'is', null)
    .execute();
}
