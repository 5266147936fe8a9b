import type { FastifyRequest } from 'fastify';
import { type Kysely, type Selectable, sql } from 'kysely';
import { requireRecordScope } from '../access/scope.ts';
import { auditRefusal, recordAudit } from '../audit/audit-log.ts';
import type { AuditAction } from '../audit/vocabulary.ts';
import type { StaffIdentity } from '../auth/sessions.ts';
import { requireStaff } from '../auth/staff-guard.ts';
import type { CaseRow } from '../cases/access.ts';
import { openCase } from '../cases/access.ts';
import type { Database, ReferralTable } from '../db/schema.ts';
import { fail } from '../http/error-codes.ts';
import { ProblemError } from '../http/problem.ts';

export type ReferralRow = Selectable<ReferralTable>;

/**
 * The referral columns with the due date as text: drivers turn a DATE into a Date at local or UTC
 * midnight, which can shift the day; the text is the calendar day as stored.
 */
export const REFERRAL_COLUMNS = [
  'referral.id',
  'referral.number',
  'referral.case_id',
  'referral.service_id',
  'referral.agency_id',
  'referral.status',
  'referral.held_from',
  'referral.message',
  'referral.shared_fields',
  'referral.screening_summary',
  sql<string>`referral.due_on::text`.as('due_on'),
  'referral.reject_reason',
  'referral.hold_reason',
  'referral.outcome',
  'referral.outcome_note',
  'referral.waitlist_rank',
  'referral.previous_referral_id',
  'referral.goal',
  'referral.created_by',
  'referral.version',
  'referral.created_at',
  'referral.updated_at',
  'referral.closed_at',
] as const;

/** One referral by id, with REFERRAL_COLUMNS; no scope check (the callers make it). */
const findReferral = (db: Kysely<Database>, id: string) =>
  db.selectFrom('referral').select(REFERRAL_COLUMNS).where('id', '=', id).executeTakeFirst();

export const referralNotFound = () =>
  fail('JIBSA_NOT_FOUND', { ko: '그런 연계 의뢰를 찾을 수 없습니다.', en: 'No such referral.' });

/** The agency a partner account works for, or a 403 (audited) for anyone else. */
export async function requirePartner(request: FastifyRequest): Promise<{ staff: StaffIdentity; agencyId: string }> {
  const { staff } = await requireStaff(request);
  const member =
    staff.role === 'partner'
      ? await request.server.db
          .selectFrom('agency_member')
          .select('agency_id')
          .where('staff_user_id', '=', staff.id)
          .executeTakeFirst()
      : undefined;
  if (member) return { staff, agencyId: member.agency_id };
  await auditRefusal(request, staff.id, 'refused.partner');
  throw fail('JIBSA_FORBIDDEN', {
    ko: '연계 기관 담당자 계정만 볼 수 있습니다. 관리자에게 기관 연결을 부탁하세요.',
    en: 'Only partner accounts linked to an agency may see this inbox.',
  });
}

/**
 * A partner reaches a referral only through its own agency's inbox: anything else answers 404
 * exactly as a missing one does, and the refusal is audited. Reads are audited like a counselor's.
 */
export async function openAsPartner(
  request: FastifyRequest,
  referralId: string,
  read?: AuditAction,
): Promise<{ staff: StaffIdentity; agencyId: string; referral: ReferralRow }> {
  const { staff, agencyId } = await requirePartner(request);
  const db = request.server.db;
  const referral = await findReferral(db, referralId);
  if (!referral || referral.agency_id !== agencyId) {
    await recordAudit(db, request, {
      actorId: staff.id,
      action: 'referral.out_of_scope',
      subjectType: 'referral',
      subjectIds: [referralId],
      outcome: 'denied',
    });
    throw referralNotFound();
  }
  if (read) {
    await recordAudit(db, request, {
      actorId: staff.id,
      action: read,
      subjectType: 'referral',
      subjectIds: [referralId],
    });
  }
  return { staff, agencyId, referral };
}

/** A counselor (or admin) reaches a referral through its case: the case's scope and audit rules apply. */
export async function openAsCenter(
  request: FastifyRequest,
  referralId: string,
  read?: AuditAction,
): Promise<{ staff: StaffIdentity; referral: ReferralRow; caseRow: CaseRow }> {
  const { staff } = await requireStaff(request);
  // Partners and the city are refused here (403, audited) before any referral is looked up.
  await requireRecordScope(request, staff);
  const db = request.server.db;
  const referral = await findReferral(db, referralId);
  if (!referral) throw referralNotFound();
  const opened = await openCase(request, referral.case_id, read ? { read } : {}).catch((e: unknown) => {
    throw e instanceof ProblemError && e.status === 404 ? referralNotFound() : e;
  });
  return { staff: opened.staff, referral, caseRow: opened.row };
}
