import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';

/**
 * The audit entries of one action on one subject, oldest first: what the tests read to prove a read,
 * a write or a refusal was written down. A `subject` with % is a LIKE pattern (e.g. any method on a route).
 */
export function auditEntries(db: Kysely<Database>, action: string, subject: string) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', action)
    .where('subject_id', subject.includes('%') ? 'like' : '=', subject)
    .orderBy('at')
    .execute();
}
