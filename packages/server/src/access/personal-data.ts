import type { FastifyRequest } from 'fastify';
import { recordAudit } from '../audit/audit-log.ts';
import type { AuditAction, AuditSubjectType } from '../audit/vocabulary.ts';
import type { StaffIdentity } from '../auth/sessions.ts';
import { requireStaff } from '../auth/staff-guard.ts';
import { type RecordScope, requireRecordScope } from './scope.ts';

export interface PersonalRead<T> {
  /** What is done, e.g. "consultation.list". */
  action: AuditAction;
  subjectType: AuditSubjectType;
  /** Why the record is opened; stored with the audit row. */
  reason: string | null;
  /** The query, already limited to what the scope allows. */
  query: (scope: RecordScope, staff: StaffIdentity) => Promise<T[]>;
  subjectId: (row: T) => string;
}

/**
 * Every staff read of personal data goes through here: who is asking (session, CSRF, cross-site),
 * what they may see (scope), the query, and one audit row per record read — in one call, so a
 * new route cannot forget one of them.
 */
export async function readPersonalData<T>(
  request: FastifyRequest,
  read: PersonalRead<T>,
): Promise<{ rows: T[]; staff: StaffIdentity }> {
  const { staff } = await requireStaff(request);
  const scope = await requireRecordScope(request, staff);
  const rows = await read.query(scope, staff);
  await recordAudit(request.server.db, request, {
    actorId: staff.id,
    action: read.action,
    subjectType: read.subjectType,
    subjectIds: rows.map(read.subjectId),
    reason: read.reason,
  });
  return { rows, staff };
}

/** A page of a list: the query answers the page and the next page's cursor; only the page is audited. */
export async function readPersonalPage<T>(
  request: FastifyRequest,
  read: Omit<PersonalRead<T>, 'query'> & {
    query: (scope: RecordScope, staff: StaffIdentity) => Promise<{ page: T[]; nextCursor: string | null }>;
  },
): Promise<{ rows: T[]; staff: StaffIdentity; nextCursor: string | null }> {
  let nextCursor: string | null = null;
  const { rows, staff } = await readPersonalData<T>(request, {
    ...read,
    query: async (scope, staff) => {
      const result = await read.query(scope, staff);
      nextCursor = result.nextCursor;
      return result.page;
    },
  });
  return { rows, staff, nextCursor };
}
