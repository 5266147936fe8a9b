import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { CursorKey } from '../http/cursor.ts';

export interface AuditFilter {
  actor?: string;
  action?: string;
  subject?: string;
  from?: string;
  to?: string;
  outcome?: string;
}

const CASE_NUMBER = /^C-\d{4}-\d{6}$/;
/** Days are the center's days: a filter "from 12월 4일" starts at midnight in Korea, not in UTC. */
const ZONE = 'Asia/Seoul';

/**
 * The audit log filtered as an admin asks, newest first, with the actor's username, and the case
 * number or the account's username beside each row about one. `after` continues a page; no limit
 * reads it all (the CSV export).
 */
export function auditQuery(db: Kysely<Database>, f: AuditFilter, page: { limit?: number; after?: CursorKey }) {
  let q = db
    .selectFrom('audit_log as a')
    .leftJoin('staff_user as u', 'u.id', 'a.actor_id')
    .leftJoin('case_record as c', (j) =>
      j.on((eb) => eb.and([eb('a.subject_type', '=', 'case'), eb(sql`c.id::text`, '=', eb.ref('a.subject_id'))])),
    )
    // An account a row is about, by its username rather than its id (a log-in's subject is already the name typed).
    .leftJoin('staff_user as s', (j) =>
      j.on((eb) => eb.and([eb('a.subject_type', '=', 'staff_user'), eb(sql`s.id::text`, '=', eb.ref('a.subject_id'))])),
    )
    .select([
      sql<string>`a.id::text`.as('id'),
      'a.at',
      sql<string>`a.at::text`.as('at_key'),
      'a.actor_id',
      'u.username',
      'a.action',
      'a.subject_type',
      'a.subject_id',
      'c.number',
      's.username as subject_username',
      'a.reason',
      'a.outcome',
      'a.request_id',
    ])
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc');
  if (f.actor) q = q.where('u.username', '=', f.actor);
  if (f.action)
    q = f.action.endsWith('.') ? q.where('a.action', 'like', `${f.action}%`) : q.where('a.action', '=', f.action);
  if (f.subject) {
    const subject = f.subject.trim();
    // A case by its number; an account by its username too (rows about an account store its id,
    // a log-in or a password change the name itself); anything else by its stored id.
    q = CASE_NUMBER.test(subject)
      ? q.where('a.subject_type', '=', 'case').where('c.number', '=', subject)
      : q.where((eb) =>
          eb.or([
            eb('a.subject_id', '=', subject),
            eb.and([eb('a.subject_type', '=', 'staff_user'), eb('s.username', '=', subject)]),
          ]),
        );
  }
  if (f.from) q = q.where('a.at', '>=', sql<Date>`(${f.from}::date)::timestamp at time zone ${ZONE}`);
  if (f.to) q = q.where('a.at', '<', sql<Date>`(${f.to}::date + 1)::timestamp at time zone ${ZONE}`);
  if (f.outcome) q = q.where('a.outcome', '=', f.outcome);
  const after = page.after;
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb('a.at', '<', sql<Date>`${after.at}::timestamptz`),
        eb.and([eb('a.at', '=', sql<Date>`${after.at}::timestamptz`), eb('a.id', '<', after.id)]),
      ]),
    );
  }
  if (page.limit !== undefined) q = q.limit(page.limit);
  return q;
}

export type AuditRow = Awaited<ReturnType<ReturnType<typeof auditQuery>['execute']>>[number];

/** A row as the API gives it; `subjectLabel` names a subject beyond cases and accounts (audit-subjects.ts). */
export function publicAuditEntry(r: AuditRow, subjectLabel: string | null = null) {
  return {
    id: r.id,
    at: new Date(r.at).toISOString(),
    actorId: r.actor_id,
    actorUsername: r.username,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    caseNumber: r.number,
    subjectUsername: r.subject_username,
    subjectLabel,
    reason: r.reason,
    outcome: r.outcome,
    requestId: r.request_id,
  };
}
