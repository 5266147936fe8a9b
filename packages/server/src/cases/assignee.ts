import type { Kysely, Transaction } from 'kysely';
import type { Database, District } from '../db/schema.ts';
import { invalid } from '../http/error-codes.ts';
import type { CaseRow } from './access.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** A staff member who handles a case (담당자), as the timeline and the picker name them. */
export interface Assignee {
  id: string;
  name: string;
}

/**
 * The counselors a case of `district` may be given to: active (not disabled) counselors of that
 * 구, by name. Without a 구 (an admin asking for every one), each with their 구.
 */
export async function eligibleAssignees(db: Db, district: District | undefined) {
  let query = db
    .selectFrom('staff_user')
    .select(['id', 'display_name', 'district'])
    .where('role', '=', 'counselor')
    .where('disabled_at', 'is', null)
    .where('district', 'is not', null)
    .orderBy('district')
    .orderBy('display_name')
    .orderBy('id');
  if (district) query = query.where('district', '=', district);
  const rows = await query.execute();
  return rows.map((r) => ({ id: r.id, displayName: r.display_name, district: r.district as District }));
}

/**
 * Who the case is to be handled by, checked: null (nobody), or an active counselor of the case's
 * own 구, since only they can open it to work on. Anyone else is refused at `assigneeId` in words.
 */
export async function checkedAssignee(db: Db, row: CaseRow, assigneeId: string | null): Promise<Assignee | null> {
  if (assigneeId === null) {
    if (row.assignee_id === null) throw refused('이미 담당자가 없는 사례입니다.', 'the case has no handler already.');
    return null;
  }
  const to = await counselorOf(db, row.district, assigneeId);
  if (to.id === row.assignee_id) {
    throw refused('이미 이 사례를 맡고 있는 사람입니다.', 'this person already handles the case.');
  }
  return to;
}

/**
 * Who a new case of `district` is handled by: the one the body names (checked as a change of handler
 * is, before anything is saved; null for nobody), else the counselor who opens it, while an admin's
 * case waits among 담당자 없음. `named` is the handler named, for the timeline and the audit.
 */
export async function firstAssignee(
  db: Db,
  staff: { id: string; role: string },
  district: District,
  assigneeId: string | null | undefined,
): Promise<{ id: string | null; named: Assignee | null }> {
  if (assigneeId === undefined) return { id: staff.role === 'counselor' ? staff.id : null, named: null };
  const named = assigneeId === null ? null : await counselorOf(db, district, assigneeId);
  return { id: named?.id ?? null, named };
}

/** `assigneeId` as an active counselor of `district`, or refused at `assigneeId` in words. */
async function counselorOf(db: Db, district: District, assigneeId: string): Promise<Assignee> {
  const staff = await db
    .selectFrom('staff_user')
    .select(['id', 'display_name', 'role', 'district', 'disabled_at'])
    .where('id', '=', assigneeId)
    .executeTakeFirst();
  if (staff?.role !== 'counselor') {
    throw refused('상담사에게만 사례를 맡길 수 있습니다.', 'a case can be given only to a counselor.');
  }
  if (staff.disabled_at !== null) {
    throw refused(
      '꺼진 계정에는 사례를 맡길 수 없습니다. 다른 상담사를 고르세요.',
      'this account is disabled: choose another counselor.',
    );
  }
  if (staff.district !== district) {
    throw refused(
      '이 사례의 구에서 일하는 상담사에게만 맡길 수 있습니다.',
      "a case can be given only to a counselor of the case's district.",
    );
  }
  return { id: staff.id, name: staff.display_name };
}

const refused = (ko: string, en: string) => invalid([{ path: 'assigneeId', ko, en }]);

/** The name of whoever handles the case now (null: nobody, or an account since removed). */
export async function currentAssignee(db: Db, row: CaseRow): Promise<Assignee | null> {
  if (!row.assignee_id) return null;
  const staff = await db
    .selectFrom('staff_user')
    .select(['id', 'display_name'])
    .where('id', '=', row.assignee_id)
    .executeTakeFirst();
  return staff ? { id: staff.id, name: staff.display_name } : { id: row.assignee_id, name: '' };
}

/**
 * The timeline entry of a change of handler, from whom to whom (names as they were then, so the
 * entry reads the same after an account is renamed). Staff names only: no household data.
 */
export function assignedEvent(actorId: string, from: Assignee | null, to: Assignee | null) {
  return {
    actorId,
    kind: 'assigned',
    detail: { fromId: from?.id ?? null, fromName: from?.name ?? null, toId: to?.id ?? null, toName: to?.name ?? null },
  };
}
