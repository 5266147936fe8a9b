import { type Kysely, sql } from 'kysely';
import type { Database, District } from '../db/schema.ts';

/**
 * Who handles how much now, for administrators: each counselor's open cases (not closed) and the
 * unfinished tasks past their date on those cases, and the same for the open cases nobody handles.
 * Staff names and counts only: no household, case number or task title leaves here. A disabled
 * account is listed while it still holds open cases (they need a new handler).
 */
export async function counselorLoad(db: Kysely<Database>, today: string) {
  const due = sql`${today}::date`;
  const openCases = (who: ReturnType<typeof sql>) =>
    sql<number>`(select count(*)::int from case_record c where c.status <> 'closed' and ${who})`;
  const overdue = (who: ReturnType<typeof sql>) =>
    sql<number>`(select count(*)::int from case_task t join case_record c on c.id = t.case_id
      where c.status <> 'closed' and ${who} and t.done_at is null and t.due_on < ${due})`;
  const mine = sql`c.assignee_id = staff_user.id`;
  const rows = await db
    .selectFrom('staff_user')
    .select([
      'id',
      'display_name',
      'district',
      sql<boolean>`disabled_at is not null`.as('disabled'),
      openCases(mine).as('open_cases'),
      overdue(mine).as('overdue_tasks'),
    ])
    .where('role', '=', 'counselor')
    .orderBy('district')
    .orderBy('display_name')
    .orderBy('id')
    .execute();
  const nobody = sql`c.assignee_id is null`;
  const { rows: none } = await sql<{
    open_cases: number;
    overdue_tasks: number;
  }>`select ${openCases(nobody)} as open_cases, ${overdue(nobody)} as overdue_tasks`.execute(db);
  return {
    counselors: rows
      .filter((r) => !r.disabled || r.open_cases > 0)
      .map((r) => ({
        id: r.id,
        name: r.display_name,
        district: r.district as District | null,
        disabled: r.disabled,
        openCases: r.open_cases,
        overdueTasks: r.overdue_tasks,
      })),
    unassigned: { openCases: none[0]?.open_cases ?? 0, overdueTasks: none[0]?.overdue_tasks ?? 0 },
  };
}
