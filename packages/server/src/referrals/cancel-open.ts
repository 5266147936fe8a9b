import type { Transaction } from 'kysely';
import type { StaffIdentity } from '../auth/sessions.ts';
import type { Database } from '../db/schema.ts';
import { fail } from '../http/error-codes.ts';
import { fieldError } from '../http/problem.ts';
import { REFERRAL_COLUMNS, type ReferralRow } from './access.ts';
import { checkMove, OPEN } from './states.ts';
import { names, writeMove } from './store.ts';

export const CONSENT_WITHDRAWN_REASON = '정보 제공 동의 철회';
/** The reason an agency reads when the center closes the case its referral came from. */
export const CASE_CLOSED_REASON = '센터가 사례를 종결함';

/** The case's referrals still open (waiting, accepted, in progress or on hold), locked until commit. */
export function openReferralsOf(trx: Transaction<Database>, caseId: string): Promise<ReferralRow[]> {
  return trx
    .selectFrom('referral')
    .select(REFERRAL_COLUMNS)
    .where('case_id', '=', caseId)
    .where('status', 'in', [...OPEN])
    .orderBy('created_at')
    .forUpdate()
    .execute();
}

/**
 * When the household withdraws consent to sharing, or the center closes the case, every open
 * referral of the case is cancelled (the center's one move in the state machine; "on hold" would
 * leave the agency holding the shared fields, and a closed case has no one to answer), in the same
 * transaction as the case's change, each with its timeline entry and a notice to the agency.
 * Returns the cancelled referrals so the caller can e-mail after commit.
 */
export async function cancelOpenReferrals(
  trx: Transaction<Database>,
  caseId: string,
  actor: StaffIdentity,
  reason: string,
  open?: readonly ReferralRow[],
): Promise<ReferralRow[]> {
  const cancelled: ReferralRow[] = [];
  for (const r of open ?? (await openReferralsOf(trx, caseId))) {
    const move = { to: 'cancelled' as const, reason, version: r.version };
    // Every open state may be cancelled by the center; a rule change that forbids it should fail loudly.
    const check = checkMove(r.status, r.held_from, 'center', move);
    if (!check.ok) throw new Error(`the center cannot cancel a referral in ${r.status}: ${check.en}`);
    const { referral } = await writeMove(trx, r, 'center', actor, move, await names(trx, r));
    cancelled.push(referral);
  }
  return cancelled;
}

/**
 * A closed case has no one left to answer an agency, so its open referrals are cancelled with it,
 * each agency told; but only when the counselor said so (`withdrawReferrals`), as an agency may be
 * halfway through a service the counselor meant to wait for. Checked in the closing's transaction,
 * so a referral sent a moment before is counted too.
 */
export async function closeReferrals(
  trx: Transaction<Database>,
  caseId: string,
  staff: StaffIdentity,
  withdraw: boolean,
): Promise<ReferralRow[]> {
  const open = await openReferralsOf(trx, caseId);
  if (open.length === 0) return [];
  if (!withdraw) {
    const n = open.length;
    throw fail('JIBSA_CASE_STATE', {
      ko: `끝나지 않은 연계가 ${n}건 있어 종결하지 않았습니다.`,
      en: `Not closed: ${n} referral${n === 1 ? ' is' : 's are'} still open.`,
      errors: [
        fieldError(
          'withdrawReferrals',
          `진행 중인 연계 ${n}건을 취소하고 기관에 알릴지 골라 주세요. 기관의 결과를 기다리려면 종결하지 말고 '모니터링'으로 두세요.`,
          `choose whether to cancel the ${n} open referral${n === 1 ? '' : 's'} and tell the agenc${n === 1 ? 'y' : 'ies'}. To wait for an agency's outcome, keep the case in monitoring instead.`,
          'open_referrals',
        ),
      ],
    });
  }
  return cancelOpenReferrals(trx, caseId, staff, CASE_CLOSED_REASON, open);
}
