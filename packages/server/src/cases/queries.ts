import { canonicalProgramId } from '@jibsa/programs';
import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import { listDistrict, type RecordScope } from '../access/scope.ts';
import type { CaseStatus, Database, District } from '../db/schema.ts';
import type { CursorKey } from '../http/cursor.ts';
import { newestFirst, olderThan, pageOf } from '../http/paging.ts';
import { classifySearch, compactName, containsPattern, prefixPattern } from './search.ts';

export interface CaseListFilter {
  status?: CaseStatus;
  district?: District;
  program?: string;
  assigneeId?: string;
  /** Cases nobody handles yet (an admin's intake, a counselor's account taken off them). */
  unassigned?: boolean;
  overdue?: boolean;
  /**
   * Cases with a referral waiting for the agency's answer, still open, past its due date, or declined
   * and not yet sent on elsewhere.
   */
  referral?: 'waiting' | 'open' | 'overdue' | 'declined';
  q?: string;
  today: string;
  limit: number;
  after?: CursorKey;
}

/** What picks the cases, without the page: the count answers to this. */
export type CaseFilter = Omit<CaseListFilter, 'limit' | 'after'>;

// Referral states: waiting for the agency's first answer, and open (not yet finished either way).
const WAITING = sql.raw(`('requested','received')`);
const OPEN = sql.raw(`('requested','received','accepted','in-progress','on-hold')`);

/**
 * What a case list row shows of the case itself, the head of household's name among it: the list and
 * the bench's copy of the list as it stood before 0012 (bench/src/case-list-previous.ts) select these.
 */
export const CASE_LIST_COLUMNS = [
  'id',
  'number',
  'district',
  'status',
  'assignee_id',
  'eligible_programs',
  'created_at',
  'updated_at',
  sql<string>`created_at::text`.as('created_key'),
  sql<string>`(select p.name from case_person p where p.case_id = case_record.id order by p.position limit 1)`.as(
    'head_name',
  ),
  sql<string | null>`(select s.display_name from staff_user s where s.id = case_record.assignee_id)`.as(
    'assignee_name',
  ),
] as const;

/**
 * The cases in scope that pass the filters, unselected and unordered: the page and its count both
 * start here, so they cannot disagree. Filters are plain column tests or EXISTS over partial indexes
 * (0012), never a count per row.
 */
function matchingCases(db: Kysely<Database>, scope: RecordScope, f: CaseFilter) {
  const today = sql`${f.today}::date`;
  const id = sql.ref('case_record.id');
  let query = db.selectFrom('case_record');
  const district = listDistrict(scope, f.district);
  if (district) query = query.where('district', '=', district);
  if (f.status) query = query.where('status', '=', f.status);
  if (f.assigneeId) query = query.where('assignee_id', '=', f.assigneeId);
  if (f.unassigned) query = query.where('assignee_id', 'is', null);
  if (f.program)
    query = query.where(sql<boolean>`eligible_programs @> ${JSON.stringify([canonicalProgramId(f.program)])}::jsonb`);
  if (f.overdue) query = query.where('status', '<>', 'closed').where(sql<boolean>`exists (${overdueTask(id, today)})`);
  if (f.referral === 'waiting' || f.referral === 'overdue') {
    query = query.where(sql<boolean>`exists (${waitingReferral(id, today, f.referral === 'overdue')})`);
  } else if (f.referral === 'declined') {
    // A refusal leaves the household without the help it was referred for: the counselor's to act on
    // (send it elsewhere with 다른 곳으로 다시 보내기) until a referral names it as its previous one.
    query = query
      .where('status', '<>', 'closed')
      .where(
        sql<boolean>`exists (select 1 from referral r where r.case_id = case_record.id and r.status = 'rejected' and not exists (select 1 from referral n where n.previous_referral_id = r.id))`,
      );
  } else if (f.referral === 'open') {
    query = query.where(
      sql<boolean>`exists (select 1 from referral r where r.case_id = case_record.id and r.status in ${OPEN})`,
    );
  }
  const term = f.q ? classifySearch(f.q, Number(f.today.slice(0, 4))) : undefined;
  if (term?.column === 'number') query = query.where('number', 'like', prefixPattern(term.value));
  else if (term?.column === 'serial') {
    const { numbers, phoneDigits } = term;
    query = query.where((eb) =>
      eb.or([
        eb('number', 'in', numbers),
        ...(phoneDigits ? [eb('search_phones', 'like', containsPattern(phoneDigits))] : []),
      ]),
    );
  } else if (term?.column === 'reference') {
    query = query.where(
      sql<boolean>`exists (select 1 from consultation_request cr where cr.case_id = case_record.id and cr.reference = ${term.value})`,
    );
  } else if (term) query = query.where(sql.ref(term.column), 'like', containsPattern(term.value));
  return query;
}

const overdueTask = (c: RawBuilder<unknown>, today: RawBuilder<unknown>) =>
  sql`select 1 from case_task t where t.case_id = ${c} and t.done_at is null and t.due_on < ${today}`;
const waitingReferral = (c: RawBuilder<unknown>, today: RawBuilder<unknown>, late: boolean) =>
  sql`select 1 from referral r where r.case_id = ${c} and r.status in ${WAITING}${late ? sql` and r.due_on < ${today}` : sql``}`;

/**
 * The page query itself, unrun: listCases runs it, the bench explains it. Counts are computed only
 * for the page's own rows; paging is keyset (created_at, id), never OFFSET.
 */
export function caseListQuery(db: Kysely<Database>, scope: RecordScope, f: CaseListFilter) {
  const today = sql`${f.today}::date`;
  const id = sql.ref('case_record.id');
  let query = matchingCases(db, scope, f)
    .select([
      ...CASE_LIST_COLUMNS,
      // A closed case's unfinished tasks are no one's to-do: not counted, not listed as overdue.
      sql<number>`(case when case_record.status = 'closed' then 0 else (select count(*)::int from (${overdueTask(id, today)}) t) end)`.as(
        'overdue_tasks',
      ),
      sql<number>`(select count(*)::int from referral r where r.case_id = case_record.id and r.status in ${OPEN})`.as(
        'open_referrals',
      ),
      sql<number>`(select count(*)::int from (${waitingReferral(id, today, true)}) r)`.as('overdue_referrals'),
    ])
    .$call((q) => newestFirst(q, f.limit));
  if (f.after) query = query.where(olderThan(f.after));
  return query;
}

/** Past this many matching cases the list says "1,000건 이상": counting on would read every match. */
export const CASE_COUNT_CAP = 1000;

/**
 * How many cases the filters match, up to `cap` (then `atLeast`): the count stops reading at
 * cap + 1 rows, so a broad filter over 100,000 cases costs no more than a thousand, and a narrow
 * one is counted exactly.
 */
export async function countCases(
  db: Kysely<Database>,
  scope: RecordScope,
  f: CaseFilter,
  cap = CASE_COUNT_CAP,
): Promise<{ count: number; atLeast: boolean }> {
  const matches = matchingCases(db, scope, f)
    .select(sql`1`.as('one'))
    .limit(cap + 1);
  const row = await db.selectFrom(matches.as('m')).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return row.n > cap ? { count: cap, atLeast: true } : { count: row.n, atLeast: false };
}

/** One page of cases in scope, newest first, with the head of household's name and overdue task count. */
export async function listCases(db: Kysely<Database>, scope: RecordScope, f: CaseListFilter) {
  return pageOf(await caseListQuery(db, scope, f).execute(), f.limit, (r) => r.created_key);
}

/** People in scope with the same name and birth date, or the same phone: shown before a new case is made. */
export async function findDuplicates(
  db: Kysely<Database>,
  scope: RecordScope,
  probe: { name?: string; birthDate?: string; phone?: string },
) {
  const name = probe.name ? compactName(probe.name) : '';
  const byName = name && probe.birthDate;
  if (!byName && !probe.phone) return [];
  let query = db
    .selectFrom('case_person as p')
    .innerJoin('case_record as c', 'c.id', 'p.case_id')
    .select([
      'c.id as caseId',
      'c.number',
      'c.status',
      'p.name',
      sql<string | null>`p.birth_date::text`.as('birthDate'),
      'p.phone',
      sql<string>`replace(p.name, ' ', '')`.as('compact'),
    ])
    .where((eb) =>
      eb.or([
        ...(byName
          ? [
              eb.and([
                eb(sql`replace(p.name, ' ', '')`, '=', name),
                eb('p.birth_date', '=', sql<string>`${probe.birthDate}::date`),
              ]),
            ]
          : []),
        ...(probe.phone ? [eb('p.phone', '=', probe.phone)] : []),
      ]),
    )
    .orderBy('c.created_at', 'desc')
    .limit(20);
  if (!scope.all) query = query.where('c.district', '=', scope.district);
  const rows = await query.execute();
  return rows.map((r) => ({
    caseId: r.caseId,
    number: r.number,
    status: r.status,
    name: r.name,
    birthDate: r.birthDate,
    matchedBy:
      byName && r.compact === name && r.birthDate === probe.birthDate ? ('name_birth' as const) : ('phone' as const),
  }));
}

export async function nextCaseNumber(db: Kysely<Database> | Transaction<Database>, year: number): Promise<string> {
  const { rows } = await sql<{ n: string }>`select nextval('case_number_seq')::text as n`.execute(db);
  return `C-${year}-${String(rows[0]?.n ?? '0').padStart(6, '0')}`;
}

export type CaseListRow = Awaited<ReturnType<typeof listCases>>['page'][number];
export type DuplicateRow = Awaited<ReturnType<typeof findDuplicates>>[number];
