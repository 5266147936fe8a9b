import type { FastifyRequest } from 'fastify';
import type { Selectable } from 'kysely';
import { inScope, mayBreakGlass, requireRecordScope } from '../access/scope.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { caseReadBasis, reasonText } from '../audit/reasons.ts';
import type { AuditAction } from '../audit/vocabulary.ts';
import type { StaffIdentity } from '../auth/sessions.ts';
import { requireStaff } from '../auth/staff-guard.ts';
import type { CaseRecordTable } from '../db/schema.ts';
import { fail, invalid } from '../http/error-codes.ts';

export type CaseRow = Selectable<CaseRecordTable>;

export interface OpenedCase {
  staff: StaffIdentity;
  row: CaseRow;
  brokeGlass: boolean;
}

/** The reads a counselor may make outside their district with a reason, and how that opening is audited apart. */
const BREAK_GLASS = { 'case.read': 'case.read.break_glass' } as const satisfies Partial<
  Record<AuditAction, AuditAction>
>;

type OpenOptions =
  | { read?: AuditAction; reason?: string | null; breakGlass?: false }
  | { read: keyof typeof BREAK_GLASS; reason?: string | null; breakGlass?: boolean };

/**
 * A reason's length as a reader sees it: invisible characters (zero-width spaces, joiners,
 * direction marks: Unicode Cf) do not count and runs of spaces count as one, so ten zero-width
 * spaces and an 'a' are not a ten-character reason; nor is one key held down ('ㅁㅁㅁㅁㅁㅁㅁㅁㅁㅁ').
 */
export function visibleLength(text: string | null | undefined): number {
  const seen = [
    ...(text ?? '')
      .normalize('NFC')
      .replace(/\p{Cf}/gu, '')
      .replace(/\s+/g, ' ')
      .trim(),
  ];
  return new Set(seen.filter((c) => c !== ' ')).size < 3 ? 0 : seen.length;
}

const notFound = () => fail('JIBSA_NOT_FOUND', { ko: '그런 사례를 찾을 수 없습니다.', en: 'No such case.' });

/**
 * The one way a route reaches a case: session (and CSRF for writes), role scope, then the case
 * itself. A case outside the caller's scope answers 404 exactly as a missing one does, unless a
 * counselor opens it for reading with a stated reason (break the glass), which is audited apart.
 * Reads are audited here; a write is audited by its route once it has succeeded.
 */
export async function openCase(request: FastifyRequest, caseId: string, opts: OpenOptions): Promise<OpenedCase> {
  const { staff } = await requireStaff(request, { csrf: opts.breakGlass === true });
  const scope = await requireRecordScope(request, staff);
  const db = request.server.db;
  const row = await db.selectFrom('case_record').selectAll().where('id', '=', caseId).executeTakeFirst();
  let brokeGlass = false;
  if (!row || !inScope(scope, row.district)) {
    const glass = opts.read !== undefined && opts.breakGlass === true && row !== undefined && mayBreakGlass(staff);
    if (opts.breakGlass && visibleLength(opts.reason) < 10) {
      throw invalid([
        {
          path: 'reason',
          ko: '다른 구의 사례를 열려면 사유를 10자 이상 적어 주세요.',
          en: 'state a reason of at least 10 characters to open a case outside your district.',
        },
      ]);
    }
    if (!glass) {
      await recordAudit(db, request, {
        actorId: staff.id,
        action: 'case.out_of_scope',
        subjectType: 'case',
        subjectIds: [caseId],
        outcome: 'denied',
      });
      throw notFound();
    }
    brokeGlass = true;
  }
  if (opts.read) {
    await recordAudit(db, request, {
      actorId: staff.id,
      action: brokeGlass && opts.breakGlass ? BREAK_GLASS[opts.read] : opts.read,
      subjectType: 'case',
      subjectIds: [caseId],
      reason: opts.reason ?? reasonText(caseReadBasis(staff, row as CaseRow)),
    });
  }
  return { staff, row: row as CaseRow, brokeGlass };
}

/** Audit of a successful write to a case. */
export async function auditWrite(request: FastifyRequest, staff: StaffIdentity, action: AuditAction, caseId: string) {
  await recordAudit(request.server.db, request, {
    actorId: staff.id,
    action,
    subjectType: 'case',
    subjectIds: [caseId],
  });
}

export { notFound as caseNotFound };
