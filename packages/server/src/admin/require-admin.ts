import type { FastifyRequest } from 'fastify';
import { auditRefusal } from '../audit/audit-log.ts';
import type { StaffIdentity } from '../auth/sessions.ts';
import { requireStaff } from '../auth/staff-guard.ts';
import { fail } from '../http/error-codes.ts';

/** The session of an administrator, or a 403 that is itself audited. */
export async function requireAdmin(request: FastifyRequest): Promise<StaffIdentity> {
  const { staff } = await requireStaff(request);
  if (staff.role === 'admin') return staff;
  await auditRefusal(request, staff.id, 'refused.role');
  throw fail('JIBSA_FORBIDDEN', { ko: '관리자만 할 수 있습니다.', en: 'Administrators only.' });
}
