import { todayIso } from '@jibsa/programs';
import { sql, type Transaction } from 'kysely';
import { addEvent } from '../cases/events.ts';
import type { Database, ReferralStatus } from '../db/schema.ts';
import { addBusinessDays } from '../referrals/business-days.ts';
import { advanceCaseToReferral, newReferralRow } from '../referrals/create.ts';
import { TERMINAL } from '../referrals/states.ts';

/**
 * A handful of demo referrals in every state, on demo cases whose households agreed to sharing,
 * so partner log-ins open onto a working inbox and counselors see overdue flags. Each referral
 * walks its steps through the same legal moves the API allows, one day apart, ending near today.
 */
const PATHS: ReferralStatus[][] = [
  ['requested'],
  ['requested', 'received'],
  ['requested', 'received', 'accepted'],
  ['requested', 'received', 'accepted', 'in-progress'],
  ['requested', 'received', 'accepted', 'in-progress', 'completed'],
  ['requested', 'received', 'rejected'],
  ['requested', 'received', 'accepted', 'on-hold'],
  ['requested', 'cancelled'],
];
/** Why the demo's held referral waits: a hold says why, as the API asks. */
const HOLD_REASON = '가구가 서류를 보완하는 중이라 기다립니다. (데모)';
const SERVICES = [
  'lh-gwangju-vulnerable',
  'lh-gwangju-public-rental',
  'gmcc-rental',
  'repair-coop-low-income',
  'lh-gwangju-purchase-jeonse',
  'gmcc-rental',
  'khmc-permanent-care',
  'repair-coop-low-income',
];

const daysAgo = (today: string, n: number) => {
  const d = new Date(`${today}T01:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d;
};

export async function insertDemoReferrals(trx: Transaction<Database>) {
  const today = todayIso();
  const cases = await trx
    .selectFrom('case_record')
    .select(['id', 'assignee_id'])
    .where('status', 'in', ['referral', 'monitoring', 'planning'])
    .where(sql<boolean>`(consent->>'sharing')::boolean`)
    .orderBy('number')
    .limit(PATHS.length)
    .execute();
  for (const [i, c] of cases.entries()) {
    const path = PATHS[i] as ReferralStatus[];
    const service = await trx
      .selectFrom('agency_service')
      .innerJoin('agency', 'agency.id', 'agency_service.agency_id')
      .select(['agency_service.id', 'agency_service.agency_id', 'agency_service.name', 'agency.name as agency'])
      .where('agency_service.slug', '=', SERVICES[i] as string)
      .executeTakeFirstOrThrow();
    const partner = await trx
      .selectFrom('agency_member')
      .select('staff_user_id')
      .where('agency_id', '=', service.agency_id)
      .executeTakeFirst();
    // The first one is sent long ago and still unanswered: overdue on the lists.
    const start = i === 0 ? 20 : path.length + 2;
    const due = await addBusinessDays(daysAgo(today, start).toISOString().slice(0, 10), 7);
    const last = path[path.length - 1] as ReferralStatus;
    const referral = await trx
      .insertInto('referral')
      .values({
        ...(await newReferralRow(trx, today, {
          caseId: c.id,
          service,
          message: '상담 결과 이 서비스가 맞아 보여 연계합니다. 필요한 서류를 알려 주세요. (데모)',
          sharedFields: ['name', 'contact', 'housing', 'needs'],
          summary: [],
          dueOn: due.dueOn,
          createdBy: c.assignee_id,
        })),
        status: last,
        held_from: last === 'on-hold' ? (path[path.length - 2] ?? null) : null,
        hold_reason: last === 'on-hold' ? HOLD_REASON : null,
        reject_reason: last === 'rejected' ? '모집 기간이 아닙니다. 다음 공고 때 다시 보내 주세요. (데모)' : null,
        outcome: last === 'completed' ? '입주 확정' : null,
        version: path.length,
        created_at: daysAgo(today, start),
        updated_at: daysAgo(today, start - path.length + 1),
        closed_at: TERMINAL.has(last) ? daysAgo(today, start - path.length + 1) : null,
      })
      .returning(['id', 'number'])
      .executeTakeFirstOrThrow();
    for (const [k, to] of path.entries()) {
      const actor = to === 'requested' || to === 'cancelled' ? c.assignee_id : (partner?.staff_user_id ?? null);
      const from = k === 0 ? null : (path[k - 1] ?? null);
      await trx
        .insertInto('referral_event')
        .values({
          referral_id: referral.id,
          at: daysAgo(today, start - k),
          actor_id: actor,
          from_status: from,
          to_status: to,
          reason:
            to === 'rejected'
              ? '모집 기간이 아닙니다. 다음 공고 때 다시 보내 주세요. (데모)'
              : to === 'on-hold'
                ? HOLD_REASON
                : null,
          outcome: to === 'completed' ? '입주 확정' : null,
        })
        .execute();
      await addEvent(trx, {
        caseId: c.id,
        actorId: actor,
        kind: 'referral',
        version: 0,
        detail: {
          referralId: referral.id,
          number: referral.number,
          agency: service.agency,
          service: service.name,
          from,
          to,
          ...(to === 'on-hold' ? { reason: HOLD_REASON } : {}),
          ...(to === 'completed' ? { outcome: '입주 확정' } : {}),
        },
      });
    }
    // As sending one does: a case still at 계획 moves to 연계 (its timeline says so).
    if (c.assignee_id) await advanceCaseToReferral(trx, c.id, c.assignee_id, referral.id);
    if (path.includes('accepted') && partner) {
      await trx
        .insertInto('referral_message')
        .values({
          referral_id: referral.id,
          author_id: partner.staff_user_id,
          side: 'partner',
          body: '소득·재산 확인 서류를 보내 주세요. (데모)',
          created_at: daysAgo(today, start - 2),
        })
        .execute();
    }
  }
}
