import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { CaseRow } from './access.ts';
import type { ProgramSnapshot } from './screening.ts';

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));

export async function loadPeople(db: Kysely<Database>, caseId: string) {
  const rows = await db
    .selectFrom('case_person')
    .select(['id', 'name', 'relation', 'phone', sql<string | null>`birth_date::text`.as('birth')])
    .where('case_id', '=', caseId)
    .orderBy('position')
    .execute();
  return rows.map((p) => ({ id: p.id, name: p.name, birthDate: p.birth, relation: p.relation, phone: p.phone }));
}

export async function loadSnapshots(db: Kysely<Database>, caseId: string, limit: number) {
  const rows = await db
    .selectFrom('case_screening')
    .select(['id', 'rules_version', 'results', 'household', 'created_at', sql<string>`screened_on::text`.as('date')])
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((s) => ({
    id: s.id,
    date: s.date,
    rulesVersion: s.rules_version,
    programs: s.results as ProgramSnapshot[],
    household: s.household as unknown,
    createdAt: iso(s.created_at),
  }));
}

export const publicSnapshot = ({ household: _h, ...s }: Awaited<ReturnType<typeof loadSnapshots>>[number]) => s;

/** Everything the case page shows, read in one go (the caller has already checked scope and audited). */
export async function loadCaseDetail(db: Kysely<Database>, row: CaseRow, brokeGlass: boolean) {
  const [people, tasks, notes, documents, snapshots, events, assignee, english] = await Promise.all([
    loadPeople(db, row.id),
    db
      .selectFrom('case_task')
      .selectAll()
      .select(sql<string | null>`due_on::text`.as('due'))
      .where('case_id', '=', row.id)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('case_note')
      .leftJoin('staff_user', 'staff_user.id', 'case_note.author_id')
      .select([
        'case_note.id',
        'case_note.author_id',
        'case_note.body',
        'case_note.created_at',
        'staff_user.display_name',
      ])
      .where('case_note.case_id', '=', row.id)
      .orderBy('case_note.created_at', 'desc')
      .execute(),
    db
      .selectFrom('case_document')
      .select(['id', 'kind', 'filename', 'media_type', 'size', 'created_at'])
      .where('case_id', '=', row.id)
      .orderBy('created_at', 'desc')
      .execute(),
    loadSnapshots(db, row.id, 1),
    db
      .selectFrom('case_event')
      .leftJoin('staff_user', 'staff_user.id', 'case_event.actor_id')
      .select([
        'case_event.id',
        'case_event.at',
        'case_event.kind',
        'case_event.version',
        'case_event.detail',
        'staff_user.display_name',
      ])
      .where('case_event.case_id', '=', row.id)
      .orderBy('case_event.id', 'desc')
      .limit(500)
      .execute(),
    row.assignee_id
      ? db.selectFrom('staff_user').select('display_name').where('id', '=', row.assignee_id).executeTakeFirst()
      : undefined,
    // A request the case took (made from, or linked to) sent from the English page.
    db
      .selectFrom('consultation_request')
      .select('id')
      .where('case_id', '=', row.id)
      .where('language', '=', 'en')
      .executeTakeFirst(),
  ]);
  const latest = snapshots[0];
  return {
    id: row.id,
    number: row.number,
    district: row.district,
    status: row.status,
    closingReason: row.closing_reason,
    assigneeId: row.assignee_id,
    assigneeName: assignee?.display_name ?? null,
    consultationId: row.consultation_id,
    contactLanguage: english ? ('en' as const) : ('ko' as const),
    version: row.version,
    people,
    housing: row.housing,
    household: row.household,
    needs: row.needs,
    consent: row.consent as {
      collection: boolean;
      sharing: boolean;
      recordedAt: string;
      recordedBy: string | null;
      source?: 'outreach';
    },
    plan: row.plan,
    tasks: tasks.map((t) => ({
      id: t.id,
      title: t.title,
      titleEn: t.title_en,
      assigneeId: t.assignee_id,
      dueOn: t.due,
      doneAt: isoOrNull(t.done_at),
      createdAt: iso(t.created_at),
    })),
    notes: notes.map((n) => ({
      id: n.id,
      authorId: n.author_id,
      authorName: n.display_name,
      body: n.body,
      createdAt: iso(n.created_at),
    })),
    documents: documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      filename: d.filename,
      mediaType: d.media_type,
      size: d.size,
      createdAt: iso(d.created_at),
    })),
    latestScreening: latest ? publicSnapshot(latest) : null,
    timeline: events.map((e) => ({
      id: String(e.id),
      at: iso(e.at),
      actorName: e.display_name,
      kind: e.kind,
      version: e.version,
      detail: e.detail as Record<string, unknown>,
    })),
    brokeGlass,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}
