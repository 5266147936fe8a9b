import type { Kysely, Transaction } from 'kysely';
import type { StaffIdentity } from '../auth/sessions.ts';
import { addEvent } from '../cases/events.ts';
import type { Database, ReferralStatus } from '../db/schema.ts';
import { fail, invalid } from '../http/error-codes.ts';
import { fieldError } from '../http/problem.ts';
import { REFERRAL_COLUMNS, type ReferralRow } from './access.ts';
import { addFollowUpTask } from './follow-up.ts';
import { notifyOtherSide } from './notify.ts';
import { checkMove, type Move, type Side, TERMINAL } from './states.ts';
import { type ClosedStatus, outcomesForKind, REFERRAL_STATUS_LABEL, THREAD_CLOSED } from './vocabulary.ts';

/**
 * Names shown on the case timeline with each referral step (the case event keeps them as they were),
 * and the agency's kind, which says the outcomes the referral may end with.
 */
export async function names(db: Kysely<Database> | Transaction<Database>, r: Pick<ReferralRow, 'service_id'>) {
  const row = await db
    .selectFrom('agency_service')
    .innerJoin('agency', 'agency.id', 'agency_service.agency_id')
    .select(['agency.name as agency', 'agency_service.name as service', 'agency.kind'])
    .where('agency_service.id', '=', r.service_id)
    .executeTakeFirstOrThrow();
  return row;
}

function stale(now: { status: ReferralStatus; version: number }, sent: number) {
  return fail('JIBSA_CONFLICT', {
    ko: `그사이 다른 사람이 먼저 바꿨습니다 (지금: ${REFERRAL_STATUS_LABEL[now.status].ko}). 새로 불러와 주세요.`,
    en: `Someone changed this referral first (now: ${now.status}). Reload it.`,
    errors: [
      {
        path: 'version',
        code: 'stale',
        detail: `version: 보낸 판 ${sent}, 지금 판 ${now.version}`,
        detail_en: `version: you sent ${sent}, the referral is at ${now.version}`,
      },
    ],
  });
}

export interface Changed {
  referral: ReferralRow;
  notified: string[];
}

/**
 * Moves a referral one step. The UPDATE is conditional on the version and status the caller saw,
 * so of two people acting at once (accept and decline in the same second) exactly one changes
 * the row; the other finds no row to change and gets 409. The step, the case timeline event and
 * the other side's notifications are written in the same transaction.
 */
export async function moveReferral(
  db: Kysely<Database>,
  r: ReferralRow,
  side: Side,
  actor: StaffIdentity,
  move: Move & { version: number; note?: string | null },
): Promise<Changed> {
  // A stale version is "someone was first", whatever they did: said before judging the move.
  if (move.version !== r.version) throw stale(r, move.version);
  const label = await names(db, r);
  const check = checkMove(r.status, r.held_from, side, move, outcomesForKind(label.kind));
  if (!check.ok) {
    if (check.kind === 'field') throw invalid([{ path: check.path ?? 'to', ko: check.ko, en: check.en }]);
    if (check.kind === 'side') throw fail('JIBSA_FORBIDDEN', { ko: check.ko, en: check.en });
    throw fail('JIBSA_REFERRAL_STATE', {
      ko: check.ko,
      en: check.en,
      errors: [{ path: 'to', code: 'illegal', detail: `to: ${check.ko}`, detail_en: `to: ${check.en}` }],
    });
  }
  return db.transaction().execute((trx) => writeMove(trx, r, side, actor, move, label));
}

/**
 * Writes one already-checked step inside the caller's transaction: the conditional UPDATE, the
 * referral's own event, the case timeline entry and the other side's notifications.
 */
export async function writeMove(
  trx: Transaction<Database>,
  r: ReferralRow,
  side: Side,
  actor: StaffIdentity,
  move: Move & { version: number; note?: string | null },
  label: { agency: string; service: string },
): Promise<Changed> {
  const to = move.to;
  // A reason is kept for a refusal, a hold, and a cancellation the center explains (e.g. consent withdrawn).
  const reason = to === 'rejected' || to === 'on-hold' || to === 'cancelled' ? move.reason?.trim() || null : null;
  const note = move.note?.trim() || null;
  const updated = await trx
    .updateTable('referral')
    .set((eb) => ({
      status: to,
      held_from: to === 'on-hold' ? r.status : null,
      // Why it is held, while it is; the step keeps it after the hold ends.
      hold_reason: to === 'on-hold' ? reason : null,
      version: eb('version', '+', 1),
      updated_at: new Date(),
      ...(to === 'rejected' ? { reject_reason: reason } : {}),
      ...(to === 'completed'
        ? {
            outcome: move.outcome ?? null,
            outcome_note: note,
            waitlist_rank: move.waitlistRank ?? null,
          }
        : {}),
      ...(TERMINAL.has(to) ? { closed_at: new Date() } : {}),
    }))
    .where('id', '=', r.id)
    .where('version', '=', move.version)
    .where('status', '=', r.status)
    .returning(REFERRAL_COLUMNS)
    .executeTakeFirst();
  if (!updated) {
    const now = await trx
      .selectFrom('referral')
      .select(['status', 'version'])
      .where('id', '=', r.id)
      .executeTakeFirst();
    throw stale(now ?? r, move.version);
  }
  await trx
    .insertInto('referral_event')
    .values({
      referral_id: r.id,
      actor_id: actor.id,
      from_status: r.status,
      to_status: to,
      reason,
      outcome: to === 'completed' ? (move.outcome ?? null) : null,
      note,
    })
    .execute();
  await addEvent(trx, {
    caseId: r.case_id,
    actorId: actor.id,
    kind: 'referral',
    version: 0,
    detail: {
      referralId: r.id,
      number: r.number,
      agency: label.agency,
      service: label.service,
      from: r.status,
      to,
      ...(reason ? { reason } : {}),
      // Where the work stands, said with a step (a 구청's "신청 접수, 조사 중" with 진행 중): the
      // counselor reads it here. A closing step's note is the outcome note, shown with the outcome.
      ...(note && to !== 'completed' ? { note } : {}),
      ...(to === 'completed' ? { outcome: move.outcome } : {}),
      ...(to === 'completed' && move.waitlistRank != null ? { waitlistRank: move.waitlistRank } : {}),
    },
  });
  if (side === 'partner') {
    await addFollowUpTask(
      trx,
      r,
      to,
      label,
      to === 'completed' ? (move.outcome ?? null) : null,
      to === 'completed' ? (move.waitlistRank ?? null) : null,
    );
  }
  const notified = await notifyOtherSide(trx, r, side, actor.id, `status.${to}`);
  return { referral: updated, notified };
}

/** 409 for a message on a referral that has ended, in the words the screen shows in place of the box. */
export function threadClosed(status: ClosedStatus, side: Side) {
  const why = THREAD_CLOSED[status][side];
  return fail('JIBSA_REFERRAL_STATE', {
    ko: why.ko,
    en: why.en,
    errors: [
      fieldError(
        'status',
        `'${REFERRAL_STATUS_LABEL[status].ko}' 상태의 연계는 메시지를 받지 않습니다.`,
        `a ${status} referral takes no messages.`,
        'closed',
      ),
    ],
  });
}

/**
 * A message on a referral's thread, from either side; the other side is notified. An ended
 * referral takes none (THREAD_CLOSED says why); the row is locked while the message is written,
 * so a message and a close at the same moment cannot both land.
 */
export async function postMessage(
  db: Kysely<Database>,
  r: ReferralRow,
  side: Side,
  actor: StaffIdentity,
  body: string,
): Promise<string[]> {
  const text = body.trim();
  if (!text) throw invalid([{ path: 'body', ko: '내용을 적어 주세요.', en: 'write a message.' }]);
  return db.transaction().execute(async (trx) => {
    const now = await trx
      .selectFrom('referral')
      .select('status')
      .where('id', '=', r.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (TERMINAL.has(now.status)) throw threadClosed(now.status as ClosedStatus, side);
    await trx
      .insertInto('referral_message')
      .values({ referral_id: r.id, author_id: actor.id, side, body: text })
      .execute();
    await addEvent(trx, {
      caseId: r.case_id,
      actorId: actor.id,
      kind: 'referral.message',
      version: 0,
      detail: { referralId: r.id, number: r.number, side },
    });
    return notifyOtherSide(trx, r, side, actor.id, 'message');
  });
}
