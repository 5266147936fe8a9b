import {
  type Applicant,
  type CatalogEntry,
  catalog,
  matchNotice,
  type NoticeFit,
  noticeProgramIds,
  noticeTerms,
  screenStatuses,
  todayIso,
} from '@jibsa/programs';
import type { Kysely, Transaction } from 'kysely';
import type { RecordScope } from '../access/scope.ts';
import type { Database } from '../db/schema.ts';
import { type NoticeRow, noticeRows, toNotice } from './store.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** Open cases a matching pass looks at, at most (a district's caseload; beyond it, newest first). */
const MAX_CASES = 1000;

interface CaseLike {
  district: string;
  household: Record<string, unknown> | null;
}

/**
 * What a case's household says for matching: the engine's result today for each program (the
 * household as the case holds it now, not an old snapshot), and the household itself for the
 * notice's own limits, living in the case's 구 unless its address says where. Matching reads
 * statuses and missing inputs only, so no reasons are worded; `programs` narrows the screening to
 * the programs one notice names.
 */
export function applicantOf(c: CaseLike, today = todayIso(), programs?: readonly CatalogEntry[]): Applicant {
  const outcome = screenStatuses(c.household ?? {}, programs ? { date: today, programs } : { date: today });
  const screened = outcome.ok ? outcome.programs : [];
  const h = c.household ?? {};
  if (h.address) return { programs: screened, household: h };
  // Copied by rest, not spread: on Node 20 a spread copy that gains a field costs ~1 µs.
  const { ...household } = h;
  household.gwangjuDistrict = c.district;
  return { programs: screened, household };
}

/** The notice's terms as the browser reads them from the API, so both match alike. */
export function termsOf(n: NoticeRow) {
  return noticeTerms(toNotice(n));
}

/**
 * How well a case fits one notice, today. A notice decides by its own programs: a case's other
 * programs need not be screened for it.
 */
function noticeMatcher(notice: NoticeRow): (c: CaseLike) => NoticeFit {
  const today = todayIso();
  const terms = termsOf(notice);
  const ids = noticeProgramIds(terms);
  const programs = catalog.filter((e) => ids.includes(e.id));
  return (c) => matchNotice(terms, applicantOf(c, today, programs), today);
}

export interface CaseMatch {
  caseId: string;
  number: string;
  district: string;
  assigneeId: string | null;
  fit: NoticeFit;
}

/** Open (not closed) cases in scope that fit a notice or might: those that fit first, then by number. */
export async function casesForNotice(db: Db, notice: NoticeRow, scope: RecordScope | null): Promise<CaseMatch[]> {
  let q = db
    .selectFrom('case_record')
    .select(['id', 'number', 'district', 'assignee_id', 'household'])
    .where('status', '!=', 'closed');
  if (scope && !scope.all) q = q.where('district', '=', scope.district);
  // A notice for some 구 only: cases elsewhere cannot apply, so they are not even screened.
  const residence = notice.limits.residence ?? [];
  if (residence.length > 0) q = q.where('district', 'in', residence as Database['case_record']['district'][]);
  const rows = await q.orderBy('created_at', 'desc').limit(MAX_CASES).execute();
  const fitOf = noticeMatcher(notice);
  return rows
    .map((r) => ({
      caseId: r.id,
      number: r.number,
      district: r.district,
      assigneeId: r.assignee_id,
      fit: fitOf(r),
    }))
    .filter((m) => m.fit.fit !== 'no')
    .sort((a, b) => (a.fit.fit === b.fit.fit ? a.number.localeCompare(b.number) : a.fit.fit === 'yes' ? -1 : 1));
}

/**
 * A new or changed open notice tells each counselor once about each of their cases it fits
 * (the unique key keeps a re-import from repeating the alert).
 */
export async function alertCounselors(db: Db, notice: NoticeRow): Promise<number> {
  const matches = (await casesForNotice(db, notice, null)).filter((m) => m.assigneeId && m.fit.fit === 'yes');
  if (matches.length === 0) return 0;
  const inserted = await db
    .insertInto('notice_alert')
    .values(
      matches.map((m) => ({
        notice_id: notice.id,
        case_id: m.caseId,
        staff_id: m.assigneeId as string,
        fit: m.fit.fit,
      })),
    )
    .onConflict((oc) => oc.columns(['notice_id', 'case_id']).doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}

/**
 * A case screened again may now fit open notices it did not fit before: its counselor is alerted to
 * each, as a new notice would alert them. The same unique key keeps an alert already raised (seen or
 * not) from being raised twice.
 */
export async function alertForCase(
  db: Db,
  c: CaseLike & { id: string; status: string; assignee_id: string | null },
): Promise<number> {
  if (!c.assignee_id || c.status === 'closed') return 0;
  const today = todayIso();
  const notices = await noticeRows(db).where('n.application_end', '>=', today).limit(500).execute();
  if (notices.length === 0) return 0;
  const who = applicantOf(c, today);
  const fitting = notices.filter((n) => matchNotice(termsOf(n), who, today).fit === 'yes');
  if (fitting.length === 0) return 0;
  const inserted = await db
    .insertInto('notice_alert')
    .values(fitting.map((n) => ({ notice_id: n.id, case_id: c.id, staff_id: c.assignee_id as string, fit: 'yes' })))
    .onConflict((oc) => oc.columns(['notice_id', 'case_id']).doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}

/**
 * A notice whose terms changed (an older age limit, a lower asset cap) takes back the alerts it
 * raised for cases it no longer fits, and for cases closed since: counselors had gone on reading
 * "맞을 수 있는 사례 4건" after the notice fitted one. Only the alerted cases are looked at again.
 */
export async function withdrawStaleAlerts(db: Db, notice: NoticeRow): Promise<number> {
  const alerted = await db
    .selectFrom('notice_alert as a')
    .innerJoin('case_record as c', 'c.id', 'a.case_id')
    .select(['a.id', 'c.district', 'c.household', 'c.status'])
    .where('a.notice_id', '=', notice.id)
    .execute();
  if (alerted.length === 0) return 0;
  const fitOf = noticeMatcher(notice);
  const stale = alerted.filter((r) => r.status === 'closed' || fitOf(r).fit !== 'yes').map((r) => r.id);
  if (stale.length === 0) return 0;
  await db.deleteFrom('notice_alert').where('id', 'in', stale).execute();
  return stale.length;
}
