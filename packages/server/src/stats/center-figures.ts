import { findProgram, GWANGJU_DISTRICT_IDS } from '@jibsa/programs';
import { type Kysely, sql } from 'kysely';
import { CASE_STATUSES } from '../cases/schemas.ts';
import type { Database } from '../db/schema.ts';
import { AWAITING_ANSWER } from '../referrals/states.ts';
import { isOverdue } from '../referrals/views.ts';
import { OPEN, OUTCOMES, type ReferralStatus } from '../referrals/vocabulary.ts';

type CaseStatus = (typeof CASE_STATUSES)[number];
/** Statuses a referral reaches only after the agency said yes. */
const TAKEN: readonly ReferralStatus[] = ['accepted', 'in-progress', 'on-hold', 'completed'];
/** Accepted and not yet ended: the agency is working on it (or holds it). */
const WORKING: readonly ReferralStatus[] = ['accepted', 'in-progress', 'on-hold'];

/** The first instant of a year in Korea (UTC+9): a case opened at 01:00 on 1 January KST is that year's. */
const yearStart = (year: number) => `${year}-01-01T00:00:00+09:00`;

/**
 * The center's year in counts, for the city and the center: cases opened (by 구, by the step each
 * is at now), referrals sent (by agency and where each is now: waiting for an answer, being worked
 * on, finished with an outcome, declined, cancelled, which add up to those sent; and, overlapping
 * those, taken and late; days to the agency's first answer), completed referrals' outcomes, and
 * which programs the opened cases' latest screenings found them eligible for, out of how many were
 * screened at all. Counts only: no name, number or household leaves here.
 */
export async function centerFigures(db: Kysely<Database>, year: number, today: string) {
  const from = yearStart(year);
  const to = yearStart(year + 1);
  const cases = await db
    .selectFrom('case_record')
    .select(['district', 'status', 'eligible_programs'])
    // An unscreened case and a screened one eligible for nothing both hold [] in eligible_programs.
    .select(sql<boolean>`exists (select 1 from case_screening s where s.case_id = case_record.id)`.as('screened'))
    .where('created_at', '>=', sql<Date>`${from}::timestamptz`)
    .where('created_at', '<', sql<Date>`${to}::timestamptz`)
    .execute();
  const referrals = await db
    .selectFrom('referral as r')
    .innerJoin('agency as a', 'a.id', 'r.agency_id')
    .select([
      'a.name as agency',
      'r.status',
      'r.outcome',
      sql<string>`r.due_on::text`.as('due_on'),
      sql<number | null>`(select extract(epoch from min(e.at) - r.created_at) / 86400.0 from referral_event e
        where e.referral_id = r.id and e.to_status in ('accepted', 'rejected'))`.as('days_to_answer'),
    ])
    .where('r.created_at', '>=', sql<Date>`${from}::timestamptz`)
    .where('r.created_at', '<', sql<Date>`${to}::timestamptz`)
    .execute();

  const byDistrict = GWANGJU_DISTRICT_IDS.map((district) => {
    const here = cases.filter((c) => c.district === district);
    const byStatus = Object.fromEntries(
      CASE_STATUSES.map((s) => [s, here.filter((c) => c.status === s).length]),
    ) as Record<CaseStatus, number>;
    return { district, opened: here.length, byStatus };
  });

  const agencies = [...new Set(referrals.map((r) => r.agency))].sort((a, b) => a.localeCompare(b, 'ko'));
  const byAgency = agencies.map((agency) => {
    const mine = referrals.filter((r) => r.agency === agency);
    const answered = mine.flatMap((r) => (r.days_to_answer === null ? [] : [Number(r.days_to_answer)]));
    return {
      agency,
      sent: mine.length,
      taken: mine.filter((r) => TAKEN.includes(r.status)).length,
      inProgress: mine.filter((r) => WORKING.includes(r.status)).length,
      completed: mine.filter((r) => r.status === 'completed').length,
      declined: mine.filter((r) => r.status === 'rejected').length,
      cancelled: mine.filter((r) => r.status === 'cancelled').length,
      waiting: mine.filter((r) => AWAITING_ANSWER.includes(r.status)).length,
      late: mine.filter((r) => isOverdue(r.status, r.due_on, today)).length,
      open: mine.filter((r) => OPEN.includes(r.status)).length,
      medianDaysToAnswer: median(answered),
    };
  });

  const outcomes = OUTCOMES.map((outcome) => ({
    outcome,
    count: referrals.filter((r) => r.status === 'completed' && r.outcome === outcome).length,
  })).filter((o) => o.count > 0);

  const eligible = new Map<string, number>();
  for (const c of cases) for (const id of c.eligible_programs ?? []) eligible.set(id, (eligible.get(id) ?? 0) + 1);
  const eligibleByProgram = [...eligible]
    .map(([programId, count]) => {
      const name = findProgram(programId)?.metadata.name ?? { ko: programId, en: programId };
      return { programId, name: { ko: name.ko, en: name.en }, cases: count };
    })
    .sort((a, b) => b.cases - a.cases || a.programId.localeCompare(b.programId));

  return {
    year,
    casesOpened: cases.length,
    casesClosed: cases.filter((c) => c.status === 'closed').length,
    casesScreened: cases.filter((c) => c.screened).length,
    byDistrict,
    referralsSent: referrals.length,
    byAgency,
    outcomes,
    eligibleByProgram,
  };
}

/** The middle value, rounded to a tenth of a day; null when there is none. */
function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const m = s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
  return Math.round(m * 10) / 10;
}
