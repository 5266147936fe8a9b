/**
 * The peer for the case-list bench: the list query as it stood before migration 0012 (commit
 * ea1669a), kept here verbatim in shape so both run side by side on the same data. Filters were a
 * count per row (overdue tasks, referrals), the program filter was jsonb_exists (no index can answer
 * it) and a case number was searched anywhere in the number (its trigram index is gone since 0012).
 */
import { type Kysely, sql } from 'kysely';
import { listDistrict, type RecordScope } from '../../packages/server/src/access/scope.ts';
import { CASE_LIST_COLUMNS, type CaseListFilter } from '../../packages/server/src/cases/queries.ts';
import type { Database } from '../../packages/server/src/db/schema.ts';
import { newestFirst } from '../../packages/server/src/http/paging.ts';

const containsPattern = (value: string) => `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The search column and value exactly as the previous classifier read what was typed. */
function previousTerm(text: string) {
  const compact = text.replace(/\s+/g, '');
  if (!compact) return undefined;
  if (/^c-?\d/i.test(compact)) return { column: 'number', value: compact.toUpperCase() };
  const digits = compact.replace(/[-().+]/g, '');
  if (/^\d{3,}$/.test(digits)) return { column: 'search_phones', value: digits };
  if (/^[ㄱ-ㅎ]+$/.test(compact)) return { column: 'search_choseong', value: compact };
  return { column: 'search_names', value: compact };
}

export function previousCaseListQuery(db: Kysely<Database>, scope: RecordScope, f: CaseListFilter) {
  const overdue = sql<number>`(select count(*)::int from case_task t where t.case_id = case_record.id and t.done_at is null and t.due_on < ${f.today}::date)`;
  const openReferrals = sql<number>`(select count(*)::int from referral r where r.case_id = case_record.id and r.status in ('requested','received','accepted','in-progress','on-hold'))`;
  const waitingReferrals = sql<number>`(select count(*)::int from referral r where r.case_id = case_record.id and r.status in ('requested','received'))`;
  const overdueReferrals = sql<number>`(select count(*)::int from referral r where r.case_id = case_record.id and r.status in ('requested','received') and r.due_on < ${f.today}::date)`;
  let query = db
    .selectFrom('case_record')
    .select([
      // The same columns as today's list; only the filters and counts below are as they were.
      ...CASE_LIST_COLUMNS,
      overdue.as('overdue_tasks'),
      openReferrals.as('open_referrals'),
      overdueReferrals.as('overdue_referrals'),
    ])
    .$call((q) => newestFirst(q, f.limit));
  const district = listDistrict(scope, f.district);
  if (district) query = query.where('district', '=', district);
  if (f.status) query = query.where('status', '=', f.status);
  if (f.program) query = query.where(sql<boolean>`jsonb_exists(eligible_programs, ${f.program})`);
  if (f.overdue) query = query.where(sql<boolean>`${overdue} > 0`);
  if (f.referral) {
    // The declined filter came after this query was kept as the peer; the bench never asks it of the old one.
    if (f.referral === 'declined') throw new Error('the previous case list had no declined filter');
    const count = { waiting: waitingReferrals, open: openReferrals, overdue: overdueReferrals }[f.referral];
    query = query.where(sql<boolean>`${count} > 0`);
  }
  const term = f.q ? previousTerm(f.q) : undefined;
  if (term) query = query.where(sql.ref(term.column), 'like', containsPattern(term.value));
  const after = f.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '<', sql<Date>`${after.at}::timestamptz`),
        eb.and([eb('created_at', '=', sql<Date>`${after.at}::timestamptz`), eb('id', '<', after.id)]),
      ]),
    );
  }
  return query;
}
