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
  /** Every row one request wrote (the subjects of one list view, say). */
  request?: string;
}

const CASE_NUMBER = /^C-\d{4}-\d{6}$/;
/** Days are the center's days: a filter "from 12월 4일" starts at midnight in Korea, not in UTC. */
const ZONE = 'Asia/Seoul';

/** The audit rows an admin's filter matches, each with its actor's username and its subject's case number or username. */
function filtered(db: Kysely<Database>, f: AuditFilter) {
  let q = db
    .selectFrom('audit_log as a')
    .leftJoin('staff_user as u', 'u.id', 'a.actor_id')
    .leftJoin('case_record as c', (j) =>
      j.on((eb) => eb.and([eb('a.subject_type', '=', 'case'), eb(sql`c.id::text`, '=', eb.ref('a.subject_id'))])),
    )
    // An account a row is about, by its username rather than its id (a log-in's subject is already the name typed).
    .leftJoin('staff_user as s', (j) =>
      j.on((eb) => eb.and([eb('a.subject_type', '=', 'staff_user'), eb(sql`s.id::text`, '=', eb.ref('a.subject_id'))])),
    );
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
  if (f.request) q = q.where('a.request_id', '=', f.request);
  return q;
}

/**
 * The audit log filtered as an admin asks, newest first, with the actor's username, and the case
 * number or the account's username beside each row about one. `after` continues a page; no limit
 * reads it all (the CSV export).
 */
export function auditQuery(db: Kysely<Database>, f: AuditFilter, page: { limit?: number; after?: CursorKey }) {
  let q = filtered(db, f)
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
      sql<number>`1`.as('subjects'),
      sql<string[]>`case when c.number is null then array[]::text[] else array[c.number] end`.as('case_numbers'),
    ])
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc');
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

/** How many case numbers a grouped entry names; the rest are one click away (the request filter). */
export const NUMBERS_SHOWN = 3;

/**
 * auditQuery with the rows one request wrote about one kind of subject, for one action, taken as one
 * entry: a case list view writes a row per case it showed (who saw which household stays answerable
 * by case), and 40 such rows a page buried the case openings between them. The entry keeps its
 * first subject, says how many there were and names the first cases; the rows of one request share
 * their time, as one statement wrote them.
 */
export function auditGroupedQuery(db: Kysely<Database>, f: AuditFilter, page: { limit: number; after?: CursorKey }) {
  const rows = filtered(db, f).select([
    'a.id as rid',
    'a.at',
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
  ]);
  let q = db
    .selectFrom(rows.as('r'))
    .select([
      sql<string>`max(r.rid)::text`.as('id'),
      'r.at',
      sql<string>`r.at::text`.as('at_key'),
      'r.actor_id',
      'r.username',
      'r.action',
      'r.subject_type',
      sql<string>`(array_agg(r.subject_id order by r.rid))[1]`.as('subject_id'),
      sql<string | null>`(array_agg(r.number order by r.rid))[1]`.as('number'),
      sql<string | null>`(array_agg(r.subject_username order by r.rid))[1]`.as('subject_username'),
      'r.reason',
      'r.outcome',
      'r.request_id',
      sql<number>`count(*)::int`.as('subjects'),
      sql<
        string[]
      >`coalesce((array_agg(r.number order by r.rid) filter (where r.number is not null))[1:${sql.lit(NUMBERS_SHOWN)}], array[]::text[])`.as(
        'case_numbers',
      ),
    ])
    .groupBy([
      'r.at',
      'r.actor_id',
      'r.username',
      'r.action',
      'r.subject_type',
      'r.reason',
      'r.outcome',
      'r.request_id',
    ])
    .orderBy('r.at', 'desc')
    .orderBy(sql`max(r.rid)`, 'desc')
    .limit(page.limit);
  const after = page.after;
  if (after) {
    q = q
      .where('r.at', '<=', sql<Date>`${after.at}::timestamptz`)
      .having((eb) =>
        eb.or([eb('r.at', '<', sql<Date>`${after.at}::timestamptz`), eb(sql`max(r.rid)`, '<', after.id)]),
      );
  }
  return q;
}

export type AuditRow = Awaited<ReturnType<ReturnType<typeof auditQuery>['execute']>>[number];
export type AuditGroupRow = Awaited<ReturnType<ReturnType<typeof auditGroupedQuery>['execute']>>[number];

/** A row as the API gives it; `subjectLabel` names a subject beyond cases and accounts (audit-subjects.ts). */
export function publicAuditEntry(r: AuditRow | AuditGroupRow, subjectLabel: string | null = null) {
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
    subjects: r.subjects,
    caseNumbers: r.case_numbers,
  };
}
