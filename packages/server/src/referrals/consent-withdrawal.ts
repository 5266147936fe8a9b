import type { Transaction } from 'kysely';
import type { StaffIdentity } from '../auth/sessions.ts';
import type { Database } from '../db/schema.ts';
import { REFERRAL_COLUMNS, type ReferralRow } from './access.ts';
import { checkMove, OPEN } from './states.ts';
import { names, writeMove } from './store.ts';

export const CONSENT_WITHDRAWN_REASON = '정보 제공 동의 철회';

/**
 * When the household withdraws consent to sharing, every open referral of the case is cancelled
 * (the center's one move in the state machine; "on hold" would leave the agency holding the
 * shared fields), in the same transaction as the consent change, each with its timeline entry and
 * a notice to the agency. Returns the cancelled referrals so the caller can e-mail after commit.
 */
export async function cancelOpenReferrals(
  trx: Transaction<Database>,
  caseId: string,
  actor: StaffIdentity,
): Promise<ReferralRow[]> {
  const open = await trx
    .selectFrom('referral')
    .select(REFERRAL_COLUMNS)
    .where('case_id', '=', caseId)
    .where('status', 'in', [...OPEN])
    .orderBy('created_at')
    .forUpdate()
    .execute();
  const cancelled: ReferralRow[] = [];
  for (const r of open) {
    const move = { to: 'cancelled' as const, reason: CONSENT_WITHDRAWN_REASON, version: r.version };
    // Every open state may be cancelled by the center; a rule change that forbids it should fail loudly.
    const check = checkMove(r.status, r.held_from, 'center', move);
    if (!check.ok) throw new Error(`consent withdrawal cannot cancel a referral in ${r.status}: ${check.en}`);
    const { referral } = await writeMove(trx, r, 'center', actor, move, await names(trx, r));
    cancelled.push(referral);
  }
  return cancelled;
}
