import type { Kysely, Selectable, Transaction } from 'kysely';
import { inScope, type RecordScope } from '../access/scope.ts';
import type { ConsultationRequestTable, Database } from '../db/schema.ts';
import { fail } from '../http/error-codes.ts';

const alreadyTaken = () =>
  fail('JIBSA_CASE_STATE', {
    ko: '이미 사례로 옮겼거나 닫힌 상담 신청입니다.',
    en: 'This request has already been turned into a case or closed.',
  });

/** A new consultation request in the caller's scope, about to become a case or join one; else 404 / 409. */
export async function openConsultation(
  db: Kysely<Database>,
  scope: RecordScope,
  id: string,
): Promise<Selectable<ConsultationRequestTable>> {
  const c = await db.selectFrom('consultation_request').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c || !inScope(scope, c.district)) {
    throw fail('JIBSA_NOT_FOUND', { ko: '그런 상담 신청을 찾을 수 없습니다.', en: 'No such consultation request.' });
  }
  if (c.status !== 'new') throw alreadyTaken();
  return c;
}

/** Marks the request handled by this case, inside the case's transaction; a request taken meanwhile is a 409. */
export async function markConsultationTaken(trx: Transaction<Database>, id: string, caseId: string) {
  const taken = await trx
    .updateTable('consultation_request')
    .set({ status: 'assigned', case_id: caseId })
    .where('id', '=', id)
    .where('status', '=', 'new')
    .executeTakeFirst();
  if (Number(taken.numUpdatedRows) !== 1) throw alreadyTaken();
}
