import { todayIso } from '@jibsa/programs';
import type { Transaction } from 'kysely';
import { addEvent } from '../cases/events.ts';
import type { Database } from '../db/schema.ts';
import { addBusinessDays } from './business-days.ts';
import type { ReferralStatus } from './vocabulary.ts';

/** Working days the counselor has to act on an agency's answer: the same short span as a reply. */
const FOLLOW_UP_DAYS = 3;

/**
 * When the agency ends a referral (declines it, or finishes it with an outcome), the loop comes back
 * to the counselor as a task on the case: find another way after a refusal, or tell the household
 * and close the plan item after a result. Assigned to the case's counselor (else who sent the
 * referral), due in FOLLOW_UP_DAYS working days, and written in the mover's transaction with the
 * case timeline's own entry.
 */
export async function addFollowUpTask(
  trx: Transaction<Database>,
  r: { readonly case_id: string; readonly number: string; readonly created_by: string | null },
  to: ReferralStatus,
  label: { agency: string; service: string },
  outcome: string | null,
): Promise<void> {
  if (to !== 'rejected' && to !== 'completed') return;
  const c = await trx.selectFrom('case_record').select(['assignee_id']).where('id', '=', r.case_id).executeTakeFirst();
  const assignee = c?.assignee_id ?? r.created_by;
  const { dueOn } = await addBusinessDays(todayIso(), FOLLOW_UP_DAYS);
  const what = `${label.agency} ${label.service} (${r.number})`;
  const title =
    to === 'rejected'
      ? `연계 거절 후속: ${what} — 다른 기관이나 제도 찾기`
      : `연계 결과 알리기: ${what} — ${outcome ?? '완료'}, 가구에 알리고 계획 정리`;
  const task = await trx
    .insertInto('case_task')
    .values({ case_id: r.case_id, title, assignee_id: assignee, due_on: dueOn })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  // No person added it: the timeline names no one (the referral's own entry says who answered).
  await addEvent(trx, {
    caseId: r.case_id,
    actorId: null,
    kind: 'task.added',
    version: 0,
    detail: { taskId: task.id, title, dueOn, fromReferral: r.number },
  });
}
