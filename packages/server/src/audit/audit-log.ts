import type { Kysely } from 'kysely';
import type { StaffIdentity } from '../auth/sessions.ts';
import type { Database } from '../db/schema.ts';

/** Every staff read of a household's record is logged: who, when, what, why. */
export async function logAccess(
  db: Kysely<Database>,
  staff: StaffIdentity,
  entry: { action: string; subjectType: string; subjectIds: readonly string[]; reason: string | null },
): Promise<void> {
  if (entry.subjectIds.length === 0) return;
  await db
    .insertInto('audit_log')
    .values(
      entry.subjectIds.map((id) => ({
        actor_id: staff.id,
        action: entry.action,
        subject_type: entry.subjectType,
        subject_id: id,
        reason: entry.reason,
      })),
    )
    .execute();
}
