import type { FastifyRequest } from 'fastify';
import type { Selectable } from 'kysely';
import { inScope, type RecordScope, requireRecordScope } from '../access/scope.ts';
import { recordAudit } from '../audit/audit-log.ts';
import type { StaffIdentity } from '../auth/sessions.ts';
import { requireStaff } from '../auth/staff-guard.ts';
import type { OutreachListTable } from '../db/schema.ts';
import { fail } from '../http/error-codes.ts';
import type { OutreachJob } from './jobs/queue.ts';

export type ListRow = Selectable<OutreachListTable>;

/** Who may touch outreach lists: as for cases (a counselor their 구, an admin all), audited when refused. */
export async function outreachStaff(request: FastifyRequest): Promise<{ staff: StaffIdentity; scope: RecordScope }> {
  const { staff } = await requireStaff(request);
  return { staff, scope: await requireRecordScope(request, staff) };
}

const noList = () => fail('JIBSA_NOT_FOUND', { ko: '그런 명단이 없습니다.', en: 'No such list.' });
const noJob = () => fail('JIBSA_NOT_FOUND', { ko: '그런 선별 작업이 없습니다.', en: 'No such screening job.' });

/**
 * An uploaded list, if the caller may see it; one of another 구 answers 404 as a missing one does,
 * and the attempt is audited. `read` names the audited read (lists are personal data).
 */
export async function openOutreachList(
  request: FastifyRequest,
  listId: string,
  read?: string,
): Promise<{ staff: StaffIdentity; list: ListRow }> {
  const { staff, scope } = await outreachStaff(request);
  const db = request.server.db;
  const list = await db.selectFrom('outreach_list').selectAll().where('id', '=', listId).executeTakeFirst();
  if (!list || !inScope(scope, list.district)) {
    if (list) await audit(request, staff, 'outreach.out_of_scope', 'outreach_list', listId, 'denied');
    throw noList();
  }
  if (read) await audit(request, staff, read, 'outreach_list', listId);
  return { staff, list };
}

export async function openOutreachJob(
  request: FastifyRequest,
  jobId: string,
  read?: string,
): Promise<{ staff: StaffIdentity; job: OutreachJob }> {
  const { staff, scope } = await outreachStaff(request);
  const db = request.server.db;
  const job = await db.selectFrom('outreach_job').selectAll().where('id', '=', jobId).executeTakeFirst();
  if (!job || !inScope(scope, job.district)) {
    if (job) await audit(request, staff, 'outreach.out_of_scope', 'outreach_job', jobId, 'denied');
    throw noJob();
  }
  if (read) await audit(request, staff, read, 'outreach_job', jobId);
  return { staff, job };
}

export async function audit(
  request: FastifyRequest,
  staff: StaffIdentity,
  action: string,
  subjectType: string,
  id: string,
  outcome: 'ok' | 'denied' = 'ok',
) {
  await recordAudit(request.server.db, request, {
    actorId: staff.id,
    action,
    subjectType,
    subjectIds: [id],
    outcome,
  });
}
