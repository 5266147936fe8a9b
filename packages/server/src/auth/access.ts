import type { District } from '../db/schema.ts';
import { ProblemError } from '../http/problem.ts';
import type { StaffIdentity } from './sessions.ts';

/** Which households' personal records a staff member may read: the one place this is decided. */
export type RecordScope = { all: true } | { all: false; district: District };

export function personalRecordScope(staff: StaffIdentity): RecordScope {
  if (staff.role === 'admin') return { all: true };
  if (staff.role === 'counselor' && staff.district) return { all: false, district: staff.district };
  throw new ProblemError(
    403,
    'JIBSA_FORBIDDEN',
    '이 정보를 볼 권한이 없습니다. 상담사는 자기 구의 기록만 볼 수 있습니다.',
    'You may not see these records. Counselors see only their own district.',
  );
}
