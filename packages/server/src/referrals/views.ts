import { todayIso } from '@jibsa/programs';
import { type Kysely, sql } from 'kysely';
import type { CaseRow } from '../cases/access.ts';
import { loadPeople } from '../cases/detail.ts';
import type { Database, ReferralStatus } from '../db/schema.ts';
import type { ReferralRow } from './access.ts';
import type { ShareField } from './schemas.ts';
import { AWAITING_ANSWER, movesFor, type Side } from './states.ts';
import { outcomesForKind } from './vocabulary.ts';

const iso = (d: Date | string) => new Date(d).toISOString();

/** Overdue: the agency has not answered (accepted or declined) by the due date. */
export const isOverdue = (status: ReferralStatus, dueOn: string, today = todayIso()) =>
  AWAITING_ANSWER.includes(status) && dueOn < today;

async function labels(db: Kysely<Database>, r: ReferralRow) {
  return db
    .selectFrom('agency_service')
    .innerJoin('agency', 'agency.id', 'agency_service.agency_id')
    .select(['agency.id as agencyId', 'agency.name as agency', 'agency.kind', 'agency_service.name as service'])
    .where('agency_service.id', '=', r.service_id)
    .executeTakeFirstOrThrow();
}

async function unreadFor(db: Kysely<Database>, userId: string, referralId: string) {
  const row = await db
    .selectFrom('notification')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('recipient_id', '=', userId)
    .where('referral_id', '=', referralId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return row?.n ?? 0;
}

/** What both sides see of a referral, with the moves open to `side`. */
export async function coreView(db: Kysely<Database>, r: ReferralRow, side: Side, userId: string) {
  const l = await labels(db, r);
  const outcomes = outcomesForKind(l.kind);
  const dueOn = String(r.due_on).slice(0, 10);
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    heldFrom: r.held_from,
    version: r.version,
    agency: { id: l.agencyId, name: l.agency },
    service: { id: r.service_id, name: l.service },
    message: r.message,
    sharedFields: r.shared_fields,
    dueOn,
    overdue: isOverdue(r.status, dueOn),
    rejectReason: r.reject_reason,
    holdReason: r.hold_reason,
    outcome: r.outcome,
    outcomeNote: r.outcome_note,
    waitlistRank: r.waitlist_rank,
    previousReferralId: r.previous_referral_id,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    closedAt: r.closed_at ? iso(r.closed_at) : null,
    moves: movesFor(r.status, r.held_from, side, outcomes),
    outcomes,
    unread: await unreadFor(db, userId, r.id),
    // The plan goal it serves is the center's: the agency sees the plan only when it was shared.
    ...(side === 'center' ? { goal: r.goal } : {}),
  };
}

export async function stepsAndMessages(db: Kysely<Database>, referralId: string) {
  const [steps, messages] = await Promise.all([
    db
      .selectFrom('referral_event')
      .leftJoin('staff_user', 'staff_user.id', 'referral_event.actor_id')
      .select([
        'referral_event.at',
        'referral_event.from_status',
        'referral_event.to_status',
        'referral_event.reason',
        'referral_event.outcome',
        'referral_event.note',
        'staff_user.display_name',
      ])
      .where('referral_event.referral_id', '=', referralId)
      .orderBy('referral_event.id')
      .execute(),
    db
      .selectFrom('referral_message')
      .leftJoin('staff_user', 'staff_user.id', 'referral_message.author_id')
      .select([
        'referral_message.id',
        'referral_message.side',
        'referral_message.body',
        'referral_message.created_at',
        'staff_user.display_name',
      ])
      .where('referral_message.referral_id', '=', referralId)
      .orderBy('referral_message.id')
      .limit(500)
      .execute(),
  ]);
  return {
    steps: steps.map((s) => ({
      at: iso(s.at),
      actorName: s.display_name,
      from: s.from_status,
      to: s.to_status,
      reason: s.reason,
      outcome: s.outcome,
      note: s.note,
    })),
    messages: messages.map((m) => ({
      id: String(m.id),
      side: m.side,
      authorName: m.display_name,
      body: m.body,
      createdAt: iso(m.created_at),
    })),
  };
}

/**
 * The case as the agency sees it: only the fields the counselor chose, read from the case now
 * (so a correction reaches the agency), and nothing at all once the household withdraws consent
 * to sharing. Everything not listed here never leaves the center.
 */
export async function sharedView(db: Kysely<Database>, c: CaseRow, fields: readonly string[]) {
  const consent = c.consent as { sharing?: boolean };
  if (!consent.sharing) return { shared: {}, consentWithdrawn: true };
  const want = new Set(fields as ShareField[]);
  const people = want.has('name') || want.has('contact') || want.has('members') ? await loadPeople(db, c.id) : [];
  const head = people.find((p) => p.relation === 'head') ?? people[0];
  const housing = c.housing as Record<string, unknown>;
  const { dong, detail, ...situation } = housing;
  const shared: Record<string, unknown> = {};
  if (want.has('name') && head) shared.name = head.name;
  if (want.has('contact')) shared.contact = head?.phone ?? null;
  if (want.has('members'))
    shared.members = people.map((p) => ({ name: p.name, relation: p.relation, birthDate: p.birthDate }));
  if (want.has('address'))
    shared.address = {
      district: c.district,
      ...(typeof dong === 'string' ? { dong } : {}),
      ...(typeof detail === 'string' ? { detail } : {}),
    };
  if (want.has('housing')) shared.housing = situation;
  if (want.has('needs')) shared.needs = c.needs;
  if (want.has('household')) shared.household = c.household;
  if (want.has('plan')) shared.plan = c.plan;
  return { shared, consentWithdrawn: false };
}
