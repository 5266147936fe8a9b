import type { FastifyRequest } from 'fastify';
import { auditRefusal } from '../audit/audit-log.ts';
import type { StaffIdentity } from '../auth/sessions.ts';
import type { District } from '../db/schema.ts';
import { fail } from '../http/error-codes.ts';

/** Which households' personal records a staff member may read: the one place this is decided. */
export type RecordScope = { all: true } | { all: false; district: District };

export function personalRecordScope(staff: StaffIdentity): RecordScope | undefined {
  if (staff.role === 'admin') return { all: true };
  // A counselor with no 구 (an account older than the rule that gives each one) sees none, not all.
  if (staff.role === 'counselor') return staff.district ? { all: false, district: staff.district } : undefined;
  return undefined;
}

export function inScope(scope: RecordScope, district: District | null): boolean {
  return scope.all || scope.district === district;
}

/** The district a list keeps to: a counselor's own, else the one an admin asked for (none: every district). */
export function listDistrict(scope: RecordScope, asked: District | undefined): District | undefined {
  return scope.all ? asked : scope.district;
}

/**
 * Whose lists' counts (no household in them: a policy what-if) a staff member may see: the city
 * every list, as an admin; a counselor their own 구's, as for the records; a partner none.
 */
export function listCountsScope(staff: StaffIdentity): RecordScope | undefined {
  return staff.role === 'city' ? { all: true } : personalRecordScope(staff);
}

/**
 * Who may open a record outside their scope by stating a reason ("break the glass"): a counselor
 * covering for another district. The opening is audited with the reason and listed for admins.
 */
export function mayBreakGlass(staff: StaffIdentity): boolean {
  return staff.role === 'counselor';
}

/** The scope, or a 403 that is itself audited. */
export async function requireRecordScope(request: FastifyRequest, staff: StaffIdentity): Promise<RecordScope> {
  const scope = personalRecordScope(staff);
  if (scope) return scope;
  await auditRefusal(request, staff.id, 'refused.scope');
  throw fail('JIBSA_FORBIDDEN', refusalWords(staff));
}

/** Why a staff member without a scope is refused, in their own role's terms (not a counselor's rule). */
function refusalWords(staff: StaffIdentity): { ko: string; en: string } {
  if (staff.role === 'partner')
    return {
      ko: '이 정보를 볼 권한이 없습니다. 협력기관 계정은 기관에 온 연계만 볼 수 있습니다.',
      en: 'You may not see these records. A partner account sees only the referrals sent to its agency.',
    };
  if (staff.role === 'city')
    return {
      ko: '이 정보를 볼 권한이 없습니다. 시 계정은 통계와 발굴 명단의 집계만 보고, 가구 기록은 볼 수 없습니다.',
      en: 'You may not see these records. A city account sees statistics and list counts, not household records.',
    };
  // The only other account without a scope (personalRecordScope): a counselor with no 구 yet.
  return {
    ko: '이 정보를 볼 권한이 없습니다. 맡은 구가 정해지지 않은 상담사 계정입니다. 관리자에게 구를 정해 달라고 하세요.',
    en: 'You may not see these records. This counselor account has no district yet: ask an administrator to set one.',
  };
}
