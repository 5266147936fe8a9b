import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { AuditAction, AuditOutcome, AuditSubjectType } from './vocabulary.ts';

export interface AuditEntry {
  actorId: string | null;
  /** A registered action (vocabulary.ts): the audit screen shows its words. */
  action: AuditAction;
  subjectType: AuditSubjectType;
  subjectIds: readonly string[];
  reason?: string | null;
  outcome?: AuditOutcome;
}

/**
 * Appends to the audit log (the table refuses UPDATE and DELETE). One row per subject: "who read
 * which record, when, why", and refused attempts with their outcome. The request id ties a row
 * to the (personal-data-free) request log.
 */
export async function recordAudit(db: Kysely<Database>, request: FastifyRequest, entry: AuditEntry): Promise<void> {
  if (entry.subjectIds.length === 0) return;
  await db
    .insertInto('audit_log')
    .values(
      entry.subjectIds.map((id) => ({
        actor_id: entry.actorId,
        action: entry.action,
        subject_type: entry.subjectType,
        subject_id: id,
        reason: entry.reason ?? null,
        request_id: request.id,
        outcome: entry.outcome ?? 'ok',
      })),
    )
    .execute();
}

/**
 * Records that this route was refused: the subject is the route as registered ("POST /api/cases/:caseId"),
 * the actor the staff member refused, or null for a caller with no session.
 */
export function auditRefusal(
  request: FastifyRequest,
  actorId: string | null,
  action: AuditAction,
  outcome: Extract<AuditOutcome, 'denied' | 'rate_limited'> = 'denied',
): Promise<void> {
  return recordAudit(request.server.db, request, {
    actorId,
    action,
    subjectType: 'route',
    subjectIds: [`${request.method} ${request.routeOptions.url ?? ''}`],
    outcome,
  });
}
