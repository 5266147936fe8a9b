import type { FastifyRequest } from 'fastify';
import type { Selectable } from 'kysely';
import { inScope, listCountsScope, type RecordScope, requireRecordScope } from '../access/scope.ts';
import { recordAudit } from '../audit/audit-log.ts';
import type { AuditAction, AuditSubjectType } from '../audit/vocabulary.ts';
import type { StaffIdentity } from '../auth/sessions.ts';
import { requireStaff } from '../auth/staff-guard.ts';
import type { District, OutreachListTable } from '../db/schema.ts';
import { fail } from '../http/error-codes.ts';
import type { OutreachJob } from './jobs/queue.ts';

export type ListRow = Selectable<OutreachListTable>;

/** Who may touch outreach lists: as for cases (a counselor their 구, an admin all), audited when refused. */
export async function outreachStaff(request: FastifyRequest): Promise<{ staff: StaffIdentity; scope: RecordScope }> {
  const { staff } = await requireStaff(request);
  return { staff, scope: await requireRecordScope(request, staff) };
}

/**
 * Who may read a list's counts, never a household (policy what-ifs): the city every list besides
 * those who may open it (see listCountsScope); a partner is refused as for the lists, audited.
 */
export async function outreachCountsStaff(
  request: FastifyRequest,
): Promise<{ staff: StaffIdentity; scope: RecordScope }> {
  const { staff } = await requireStaff(request);
  const scope = listCountsScope(staff);
  return { staff, scope: scope ?? (await requireRecordScope(request, staff)) };
}

const noList = () => fail('JIBSA_NOT_FOUND', { ko: '그런 명단이 없습니다.', en: 'No such list.' });
const noJob = () => fail('JIBSA_NOT_FOUND', { ko: '그런 선별 작업이 없습니다.', en: 'No such screening job.' });

/**
 * A row of a list or job table, if the caller may see it; one of another 구 answers 404 as a missing one does,
 * and the attempt is audited. `read` names the audited read (lists and their results are personal data).
 */
async function openInScope<Row extends { district: District | null }>(
  request: FastifyRequest,
  subjectType: 'outreach_list' | 'outreach_job',
  id: string,
  find: (db: FastifyRequest['server']['db']) => Promise<Row | undefined>,
  missing: () => Error,
  read: AuditAction | undefined,
  who: typeof outreachStaff = outreachStaff,
): Promise<{ staff: StaffIdentity; row: Row }> {
  const { staff, scope } = await who(request);
  const row = await find(request.server.db);
  if (!row || !inScope(scope, row.district)) {
    if (row) await audit(request, staff, 'outreach.out_of_scope', subjectType, id, 'denied');
    throw missing();
  }
  if (read) await audit(request, staff, read, subjectType, id);
  return { staff, row };
}

/** An uploaded list, if the caller may see it (see openInScope). */
export async function openOutreachList(
  request: FastifyRequest,
  listId: string,
  read?: AuditAction,
): Promise<{ staff: StaffIdentity; list: ListRow }> {
  const find = (db: FastifyRequest['server']['db']) =>
    db.selectFrom('outreach_list').selectAll().where('id', '=', listId).executeTakeFirst();
  const { staff, row } = await openInScope(request, 'outreach_list', listId, find, noList, read);
  return { staff, list: row };
}

/**
 * A screening job over a list, if the caller may see it (see openInScope); with `counts`, if the
 * caller may see its counts (see outreachCountsStaff).
 */
export async function openOutreachJob(
  request: FastifyRequest,
  jobId: string,
  read?: AuditAction,
  counts = false,
): Promise<{ staff: StaffIdentity; job: OutreachJob }> {
  const find = (db: FastifyRequest['server']['db']) =>
    db.selectFrom('outreach_job').selectAll().where('id', '=', jobId).executeTakeFirst();
  const who = counts ? outreachCountsStaff : outreachStaff;
  const { staff, row } = await openInScope(request, 'outreach_job', jobId, find, noJob, read, who);
  return { staff, job: row };
}

export async function audit(
  request: FastifyRequest,
  staff: StaffIdentity,
  action: AuditAction,
  subjectType: AuditSubjectType,
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
