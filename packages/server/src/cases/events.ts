import type { Kysely, Transaction, Updateable } from 'kysely';
import type { CaseRecordTable, Database } from '../db/schema.ts';
import { fail } from '../http/error-codes.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** The timeline is this table: every change to a case appends one event (no personal values in `detail` beyond what the case holds). */
export async function addEvent(
  db: Db,
  e: { caseId: string; actorId: string | null; kind: string; version: number; detail?: Record<string, unknown> },
) {
  await db
    .insertInto('case_event')
    .values({
      case_id: e.caseId,
      actor_id: e.actorId,
      kind: e.kind,
      version: e.version,
      detail: JSON.stringify(e.detail ?? {}),
    })
    .execute();
}

const FIELD_LABELS: Record<string, string> = {
  people: '가구원',
  housing: '주거',
  household: '소득·재산',
  needs: '필요',
  consent: '동의',
  plan: '서비스 계획',
  status: '상태',
  assigneeId: '담당자',
};

/**
 * Saves a change only if the case is still at the version the caller read; otherwise a 409 that
 * lists what others changed since then (from the timeline), never a silent overwrite.
 */
export async function saveVersioned(
  db: Kysely<Database>,
  caseId: string,
  expectedVersion: number,
  set: Updateable<CaseRecordTable>,
  event: { actorId: string; kind: string; detail: Record<string, unknown> },
  alsoInTransaction?: (trx: Transaction<Database>, version: number) => Promise<void>,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const saved = await trx
      .updateTable('case_record')
      .set((eb) => ({ ...set, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', caseId)
      .where('version', '=', expectedVersion)
      .returning('version')
      .executeTakeFirst();
    if (!saved) throw await conflict(trx, caseId, expectedVersion);
    await addEvent(trx, {
      caseId,
      actorId: event.actorId,
      kind: event.kind,
      version: saved.version,
      detail: event.detail,
    });
    // After the change's own event, so what follows from it (referrals cancelled) reads after it.
    await alsoInTransaction?.(trx, saved.version);
    return saved.version;
  });
}

/** The 409 for a save sent with `sentVersion`: what others changed since, from the timeline. */
export async function conflict(db: Db, caseId: string, sentVersion: number) {
  const current = await db.selectFrom('case_record').select('version').where('id', '=', caseId).executeTakeFirst();
  const since = await db
    .selectFrom('case_event')
    .select(['kind', 'detail'])
    .where('case_id', '=', caseId)
    .where('version', '>', sentVersion)
    .orderBy('id')
    .execute();
  const fields = new Set<string>();
  for (const e of since) {
    const d = e.detail as { fields?: string[] };
    if (e.kind === 'status') fields.add('status');
    if (e.kind === 'assigned') fields.add('assigneeId');
    for (const f of d.fields ?? []) fields.add(f);
  }
  const now = current?.version ?? sentVersion;
  return fail('JIBSA_CASE_CONFLICT', {
    errors: [
      {
        path: 'version',
        code: 'stale',
        detail: `version: 보낸 판 ${sentVersion}, 지금 판 ${now}. 새로 불러온 뒤 다시 저장해 주세요.`,
        detail_en: `version: you sent ${sentVersion}, the case is now at ${now}. Reload, then save again.`,
      },
      ...[...fields].map((f) => ({
        path: f,
        code: 'changed',
        detail: `${f}: 그사이 다른 사람이 바꾼 항목입니다 (${FIELD_LABELS[f] ?? f}).`,
        detail_en: `${f}: changed by someone else meanwhile.`,
      })),
    ],
  });
}
