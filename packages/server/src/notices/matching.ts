import {
  type Applicant,
  householdFacts,
  matchNotice,
  type NoticeFit,
  screenHousehold,
  todayIso,
} from '@jibsa/programs';
import type { Kysely, Transaction } from 'kysely';
import type { RecordScope } from '../access/scope.ts';
import type { Database } from '../db/schema.ts';
import type { NoticeRow } from './store.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** Open cases a matching pass looks at, at most (a district's caseload; beyond it, newest first). */
const MAX_CASES = 1000;

interface CaseLike {
  district: string;
  household: Record<string, unknown> | null;
}

/**
 * What a case's household says for matching: the engine's result today for each program (the
 * household as the case holds it now, not an old snapshot), the head's age, total assets when
 * every part is known, and the case's 구.
 */
export function applicantOf(c: CaseLike, today = todayIso()): Applicant {
  const outcome = screenHousehold(c.household ?? {}, { date: today });
  const programs = outcome.ok ? outcome.programs.map((p) => ({ id: p.id, name: p.name, status: p.status })) : [];
  return { ...householdFacts(c.household, today), programs, district: c.district };
}

export function termsOf(n: NoticeRow) {
  return { housingType: n.housing_type, programIds: n.program_ids, limits: n.limits };
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
  const today = todayIso();
  const terms = termsOf(notice);
  return rows
    .map((r) => ({
      caseId: r.id,
      number: r.number,
      district: r.district,
      assigneeId: r.assignee_id,
      fit: matchNotice(terms, applicantOf({ district: r.district, household: r.household }, today)),
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
