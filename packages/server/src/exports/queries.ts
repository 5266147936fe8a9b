import { type Kysely, sql } from 'kysely';
import type { Database, ReferralStatus } from '../db/schema.ts';

/**
 * What an HMIS-shaped export reads, as it stood at the end of the period: cases active at some
 * point in [from, to] (opened before its end, not closed before its start), their people, and
 * their referrals and referral steps up to the period's end. Nothing dated after `to` is read, so
 * the five files agree with each other. Names, phone numbers and full birth dates are never
 * selected (minimum disclosure starts at the query, not at the CSV writer).
 */

export interface Period {
  /** YYYY-MM-DD, Korean calendar dates (Asia/Seoul). */
  from: string;
  to: string;
}

export interface ExportCase {
  id: string;
  number: string;
  district: string;
  /** Status at the period's end. */
  status: string;
  housing: { tenure?: string; housingType?: string };
  closingReason: string | null;
  assigneeId: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** When the case was closed, if it stood closed at the period's end. */
  closedAt: Date | null;
}

export interface ExportPerson {
  id: string;
  caseId: string;
  position: number;
  relation: string;
  birthYear: number | null;
}

export interface ExportReferral {
  id: string;
  number: string;
  caseId: string;
  agencySlug: string;
  agencyKind: string;
  serviceSlug: string;
  createdBy: string | null;
  createdAt: Date;
  dueOn: string;
  previousReferralId: string | null;
  /** Status and outcome as of the period's end (from the last step on or before it). */
  status: ReferralStatus;
  outcome: string | null;
  statusAt: Date;
  /** The household's place on the agency's waiting list (예비입주자 선정), when the agency gave one. */
  waitlistRank: number | null;
}

export interface ExportStep {
  id: string;
  referralId: string;
  at: Date;
  actorId: string | null;
  from: ReferralStatus | null;
  to: ReferralStatus;
  outcome: string | null;
}

export interface ExportData {
  cases: ExportCase[];
  people: ExportPerson[];
  referrals: ExportReferral[];
  steps: ExportStep[];
}

const DAY_MS = 86_400_000;

/** The period as instants: from 00:00 KST of `from` up to (not including) 00:00 KST after `to`. */
export function periodBounds(p: Period): { start: Date; end: Date } {
  const start = new Date(`${p.from}T00:00:00+09:00`);
  const end = new Date(new Date(`${p.to}T00:00:00+09:00`).getTime() + DAY_MS);
  return { start, end };
}

const asDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));

export async function loadExportData(db: Kysely<Database>, period: Period): Promise<ExportData> {
  const { start, end } = periodBounds(period);
  const caseRows = await db
    .selectFrom('case_record')
    .select([
      'id',
      'number',
      'district',
      'status',
      'housing',
      'closing_reason',
      'assignee_id',
      'created_at',
      'updated_at',
    ])
    .where('created_at', '<', end)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

  // Status moves up to the period's end: the last one is the status then, and a case whose last
  // move was to 'closed' exits on that date (a reopened case is open again).
  const moves = await db
    .selectFrom('case_event')
    .select(['case_id', 'at', sql<string>`detail->>'to'`.as('to')])
    .where('kind', '=', 'status')
    .where('at', '<', end)
    .orderBy('case_id')
    .orderBy('at')
    .orderBy('id')
    .execute();
  const lastMove = new Map(moves.map((m) => [m.case_id, { to: m.to, at: asDate(m.at) }]));

  const cases: ExportCase[] = [];
  for (const r of caseRows) {
    const move = lastMove.get(r.id);
    // Older data may hold a status without its step on the timeline: then the row itself speaks.
    const status = move?.to ?? r.status;
    const closedWhen = status === 'closed' ? (move?.at ?? asDate(r.updated_at)) : null;
    const closed = closedWhen && closedWhen < end ? closedWhen : null;
    if (closed && closed < start) continue; // closed before the period: not active in it
    const housing = (typeof r.housing === 'string' ? JSON.parse(r.housing) : r.housing) as ExportCase['housing'];
    cases.push({
      id: r.id,
      number: r.number,
      district: r.district,
      status,
      housing: { tenure: housing?.tenure, housingType: housing?.housingType },
      closingReason: closed ? r.closing_reason : null,
      assigneeId: r.assignee_id,
      createdAt: asDate(r.created_at),
      updatedAt: asDate(r.updated_at),
      closedAt: closed,
    });
  }
  const included = new Set(cases.map((c) => c.id));

  const personRows = await db
    .selectFrom('case_person')
    .innerJoin('case_record', 'case_record.id', 'case_person.case_id')
    .select([
      'case_person.id',
      'case_person.case_id',
      'case_person.position',
      'case_person.relation',
      sql<number | null>`extract(year from case_person.birth_date)::int`.as('birth_year'),
    ])
    .where('case_record.created_at', '<', end)
    .orderBy('case_person.case_id')
    .orderBy('case_person.position')
    .execute();
  const people = personRows
    .filter((p) => included.has(p.case_id))
    .map((p) => ({
      id: p.id,
      caseId: p.case_id,
      position: p.position,
      relation: p.relation,
      birthYear: p.birth_year === null ? null : Number(p.birth_year),
    }));

  const stepRows = await db
    .selectFrom('referral_event')
    .innerJoin('referral', 'referral.id', 'referral_event.referral_id')
    .select([
      'referral_event.id',
      'referral_event.referral_id',
      'referral_event.at',
      'referral_event.actor_id',
      'referral_event.from_status',
      'referral_event.to_status',
      'referral_event.outcome',
      'referral.case_id',
    ])
    .where('referral_event.at', '<', end)
    .where('referral.created_at', '<', end)
    .orderBy('referral_event.id')
    .execute();
  const steps: ExportStep[] = stepRows
    .filter((s) => included.has(s.case_id))
    .map((s) => ({
      id: String(s.id),
      referralId: s.referral_id,
      at: asDate(s.at),
      actorId: s.actor_id,
      from: s.from_status,
      to: s.to_status,
      outcome: s.outcome,
    }));
  const lastStep = new Map<string, ExportStep>();
  for (const s of steps) lastStep.set(s.referralId, s); // ordered by id: the last one wins

  const referralRows = await db
    .selectFrom('referral')
    .innerJoin('agency', 'agency.id', 'referral.agency_id')
    .innerJoin('agency_service', 'agency_service.id', 'referral.service_id')
    .select([
      'referral.id',
      'referral.number',
      'referral.case_id',
      'referral.status',
      'referral.outcome',
      'referral.created_by',
      'referral.created_at',
      'referral.updated_at',
      'referral.previous_referral_id',
      'referral.waitlist_rank',
      sql<string>`referral.due_on::text`.as('due_on'),
      'agency.slug as agency_slug',
      'agency.kind as agency_kind',
      'agency_service.slug as service_slug',
    ])
    .where('referral.created_at', '<', end)
    .orderBy('referral.created_at')
    .orderBy('referral.id')
    .execute();
  const referrals: ExportReferral[] = referralRows
    .filter((r) => included.has(r.case_id))
    .map((r) => {
      const last = lastStep.get(r.id);
      return {
        id: r.id,
        number: r.number,
        caseId: r.case_id,
        agencySlug: r.agency_slug,
        agencyKind: r.agency_kind,
        serviceSlug: r.service_slug,
        createdBy: r.created_by,
        createdAt: asDate(r.created_at),
        dueOn: r.due_on,
        previousReferralId: r.previous_referral_id,
        status: last ? last.to : r.status,
        outcome: last ? last.outcome : r.outcome,
        statusAt: last ? last.at : asDate(r.updated_at),
        waitlistRank: r.waitlist_rank,
      };
    });

  return { cases, people, referrals, steps };
}
