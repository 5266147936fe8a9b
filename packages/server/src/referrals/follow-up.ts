import { todayIso } from '@jibsa/programs';
import type { Transaction } from 'kysely';
import { addEvent } from '../cases/events.ts';
import type { Database } from '../db/schema.ts';
import { addBusinessDays } from './business-days.ts';
import { outcomeWords, type ReferralStatus, WAITLISTED } from './vocabulary.ts';

/** Working days the counselor has to act on an agency's answer: the same short span as a reply. */
const FOLLOW_UP_DAYS = 3;
/**
 * Working days (about three months) until the counselor asks the agency how far a waiting list has
 * moved: the referral has ended, so nothing else would bring it back before the household's turn.
 */
const WAITLIST_CHECK_DAYS = 60;

/**
 * When the agency ends a referral (declines it, or finishes it with an outcome), the loop comes back
 * to the counselor as a task on the case: find another way after a refusal, or tell the household
 * and close the plan item after a result. Assigned to the case's counselor (else who sent the
 * referral), due in FOLLOW_UP_DAYS working days, and written in the mover's transaction with the
 * case timeline's own entry. A place on a waiting list is not the end of the household's road:
 * the first task says so (keep the agency's letters reaching them), and a second one, due in
 * WAITLIST_CHECK_DAYS, asks the counselor to check how far the list has moved.
 */
export async function addFollowUpTask(
  trx: Transaction<Database>,
  r: { readonly case_id: string; readonly number: string; readonly created_by: string | null },
  to: ReferralStatus,
  label: { agency: string; service: string },
  outcome: string | null,
  waitlistRank: number | null = null,
): Promise<void> {
  if (to !== 'rejected' && to !== 'completed') return;
  const c = await trx.selectFrom('case_record').select(['assignee_id']).where('id', '=', r.case_id).executeTakeFirst();
  const assignee = c?.assignee_id ?? r.created_by;
  // The agency's and service's names are their own (Korean) in both titles.
  const what = `${label.agency} ${label.service} (${r.number})`;
  const tasks: { title: string; titleEn: string; days: number }[] =
    to === 'rejected'
      ? [
          {
            title: `연계 거절 후속: ${what} — 다른 기관이나 제도 찾기`,
            titleEn: `Referral declined: ${what} — find another agency or program`,
            days: FOLLOW_UP_DAYS,
          },
        ]
      : outcome === WAITLISTED
        ? [
            {
              title: `연계 결과 알리기: ${what} — ${outcomeWords(WAITLISTED, waitlistRank, 'ko')}, 가구에 알리고 주소·연락처가 바뀌면 기관에 꼭 알리도록 안내`,
              titleEn: `Tell the household the referral's result: ${what} — ${outcomeWords(WAITLISTED, waitlistRank, 'en')}; ask them to tell the agency if their address or phone changes`,
              days: FOLLOW_UP_DAYS,
            },
            {
              title: `예비 순번 확인: ${what} — 기관에 순번이 얼마나 움직였는지 묻고, 차례가 오면 입주 준비 돕기`,
              titleEn: `Check the waiting list: ${what} — ask the agency how far it has moved, and help the household move in when their turn comes`,
              days: WAITLIST_CHECK_DAYS,
            },
          ]
        : [
            {
              title: `연계 결과 알리기: ${what} — ${outcome ?? '완료'}, 가구에 알리고 계획 정리`,
              titleEn: `Tell the household the referral's result: ${what} — ${outcome === null ? 'completed' : outcomeWords(outcome, null, 'en')}; then update the plan`,
              days: FOLLOW_UP_DAYS,
            },
          ];
  for (const { title, titleEn, days } of tasks) {
    const { dueOn } = await addBusinessDays(todayIso(), days);
    const task = await trx
      .insertInto('case_task')
      .values({ case_id: r.case_id, title, title_en: titleEn, assignee_id: assignee, due_on: dueOn })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    // No person added it: the timeline names no one (the referral's own entry says who answered).
    await addEvent(trx, {
      caseId: r.case_id,
      actorId: null,
      kind: 'task.added',
      version: 0,
      detail: { taskId: task.id, title, titleEn, dueOn, fromReferral: r.number },
    });
  }
}
