import type { FastifyRequest } from 'fastify';
import { mayBreakGlass, type RecordScope } from '../access/scope.ts';
import { recordAudit } from '../audit/audit-log.ts';
import type { StaffIdentity } from '../auth/sessions.ts';
import type { District } from '../db/schema.ts';
import { countHit } from '../platform/rate-limit.ts';
import { classifySearch } from './search.ts';

/** A whole case number as the center gives them (queries.ts nextCaseNumber): C-2026-000123. */
const WHOLE_NUMBER = /^C-\d{4}-\d{6,}$/;

/** That a case with this number is held by another 구, and which: no name, phone or address. */
export interface CaseElsewhere {
  caseId: string;
  number: string;
  district: District;
}

/**
 * Look-ups a counselor may make a minute. Case numbers run in order, so without a limit a session
 * could walk them all and map every other 구's cases; a counselor on the phone needs one or two.
 */
export const ELSEWHERE_PER_MINUTE = 5;

/**
 * A counselor who searched their list for a whole case number it does not hold learns that the case
 * is in another 구, so they can open it by breaking the glass (a reason, audited: access.ts openCase)
 * instead of needing its internal address. Only a role that may break the glass learns even that,
 * at most ELSEWHERE_PER_MINUTE times a minute (past it, nothing is said); each answer is audited.
 */
export async function caseElsewhere(
  request: FastifyRequest,
  staff: StaffIdentity,
  scope: RecordScope,
  q: string | undefined,
): Promise<CaseElsewhere | null> {
  if (scope.all || !mayBreakGlass(staff) || !q) return null;
  const term = classifySearch(q);
  if (term?.column !== 'number' || !WHOLE_NUMBER.test(term.value)) return null;
  const db = request.server.db;
  const hit = await countHit(request, `case-elsewhere:${staff.id}`, ELSEWHERE_PER_MINUTE);
  if (!hit.allowed) return null;
  const row = await db
    .selectFrom('case_record')
    .select(['id', 'number', 'district'])
    .where('number', '=', term.value)
    .where('district', '<>', scope.district)
    .executeTakeFirst();
  if (!row) return null;
  await recordAudit(db, request, {
    actorId: staff.id,
    action: 'case.found_elsewhere',
    subjectType: 'case',
    subjectIds: [row.id],
    outcome: 'ok',
  });
  return { caseId: row.id, number: row.number, district: row.district };
}
