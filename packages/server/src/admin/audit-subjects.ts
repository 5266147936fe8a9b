import { type Kysely, sql } from 'kysely';
import { inScope, type RecordScope } from '../access/scope.ts';
import type { Database, District } from '../db/schema.ts';

/** The rows' columns a subject's name is found from. */
interface SubjectRef {
  subject_type: string;
  subject_id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const subjectKey = (r: SubjectRef) => `${r.subject_type}:${r.subject_id}`;

type Found = { id: string; label: string; district?: District | null };

/**
 * How each subject type beyond cases and accounts (those are joined in the query) is named: by what a
 * person at the center knows it as. Names of agencies, services, public notices and posts, list file
 * names and reference numbers; never a household member's name. Rows bound to a 구 (a referral's
 * case, a list, a request) carry it so the viewer's scope decides whether the name is shown.
 */
const FINDERS: Record<string, (db: Kysely<Database>, ids: string[]) => Promise<Found[]>> = {
  referral: (db, ids) =>
    db
      .selectFrom('referral as r')
      .innerJoin('case_record as c', 'c.id', 'r.case_id')
      .innerJoin('agency as a', 'a.id', 'r.agency_id')
      .select([sql<string>`r.id::text`.as('id'), 'r.number', 'c.number as case_number', 'a.name', 'c.district'])
      .where(sql<string>`r.id::text`, 'in', ids)
      .execute()
      .then((rows) =>
        rows.map((r) => ({ id: r.id, label: `${r.number} (${r.case_number}) · ${r.name}`, district: r.district })),
      ),
  outreach_list: (db, ids) =>
    db
      .selectFrom('outreach_list')
      .select([sql<string>`id::text`.as('id'), 'file_name', 'district'])
      .where(sql<string>`id::text`, 'in', ids)
      .execute()
      .then((rows) => rows.map((r) => ({ id: r.id, label: r.file_name, district: r.district }))),
  outreach_job: (db, ids) =>
    db
      .selectFrom('outreach_job as j')
      .innerJoin('outreach_list as l', 'l.id', 'j.list_id')
      .select([sql<string>`j.id::text`.as('id'), 'l.file_name', 'j.district'])
      .where(sql<string>`j.id::text`, 'in', ids)
      .execute()
      .then((rows) => rows.map((r) => ({ id: r.id, label: r.file_name, district: r.district }))),
  housing_notice: (db, ids) =>
    db
      .selectFrom('housing_notice as n')
      .innerJoin('board_post as p', 'p.id', 'n.post_id')
      .select([sql<string>`n.id::text`.as('id'), 'p.number', 'p.title'])
      .where(sql<string>`n.id::text`, 'in', ids)
      .execute()
      .then((rows) => rows.map((r) => ({ id: r.id, label: `#${r.number} ${r.title}` }))),
  board_post: (db, ids) =>
    db
      .selectFrom('board_post')
      .select([sql<string>`id::text`.as('id'), 'number', 'title'])
      .where(sql<string>`id::text`, 'in', ids)
      .execute()
      .then((rows) => rows.map((r) => ({ id: r.id, label: `#${r.number} ${r.title}` }))),
  board_attachment: (db, ids) =>
    db
      .selectFrom('board_attachment as f')
      .innerJoin('board_post as p', 'p.id', 'f.post_id')
      .select([sql<string>`f.id::text`.as('id'), 'f.filename', 'p.number'])
      .where(sql<string>`f.id::text`, 'in', ids)
      .execute()
      .then((rows) => rows.map((r) => ({ id: r.id, label: `${r.filename} (#${r.number})` }))),
  agency: (db, ids) =>
    db
      .selectFrom('agency')
      .select([sql<string>`id::text`.as('id'), 'name'])
      .where(sql<string>`id::text`, 'in', ids)
      .execute()
      .then((rows) => rows.map((r) => ({ id: r.id, label: r.name }))),
  service: (db, ids) =>
    db
      .selectFrom('agency_service as s')
      .innerJoin('agency as a', 'a.id', 's.agency_id')
      .select([sql<string>`s.id::text`.as('id'), 's.name', 'a.name as agency'])
      .where(sql<string>`s.id::text`, 'in', ids)
      .execute()
      .then((rows) => rows.map((r) => ({ id: r.id, label: `${r.name} · ${r.agency}` }))),
  consultation_request: (db, ids) =>
    db
      .selectFrom('consultation_request')
      .select([sql<string>`id::text`.as('id'), 'reference', 'district'])
      .where(sql<string>`id::text`, 'in', ids)
      .execute()
      .then((rows) => rows.map((r) => ({ id: r.id, label: r.reference, district: r.district }))),
};

/**
 * Names for a page of audit rows' subjects, by `subjectKey`: one query per subject type on the page.
 * A subject that no longer exists, or one bound to a 구 outside the viewer's scope, gets no name and
 * the screen shows its id as before. Used for the screen's pages and the CSV's batches alike.
 */
export async function subjectLabels(
  db: Kysely<Database>,
  rows: readonly SubjectRef[],
  scope: RecordScope | undefined,
): Promise<Map<string, string>> {
  // A viewer with no scope over households' records is told no names at all.
  if (!scope) return new Map();
  const wanted = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!FINDERS[r.subject_type] || !UUID.test(r.subject_id)) continue;
    const ids = wanted.get(r.subject_type) ?? new Set<string>();
    ids.add(r.subject_id);
    wanted.set(r.subject_type, ids);
  }
  const labels = new Map<string, string>();
  for (const [type, ids] of wanted) {
    const found = await FINDERS[type]?.(db, [...ids]);
    for (const f of found ?? []) {
      if (f.district !== undefined && !inScope(scope, f.district)) continue;
      labels.set(`${type}:${f.id}`, f.label);
    }
  }
  return labels;
}
