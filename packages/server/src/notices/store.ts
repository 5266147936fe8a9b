import { canonicalProgramIds, housingType, noticeProgramIds, noticeState, todayIso } from '@jibsa/programs';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Static } from 'typebox';
import type { StaffIdentity } from '../auth/sessions.ts';
import { renderMarkdown, searchText } from '../board/markdown.ts';
import { requireMayEdit, requireMayPin } from '../board/permissions.ts';
import { revisePost } from '../board/revise.ts';
import type { Database } from '../db/schema.ts';
import type { ImportedNotice } from './lh-import.ts';
import type { Limits } from './schemas.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** The structured fields as the API takes them (NoticeFields in schemas.ts). */
export interface NoticeInput {
  provider: string;
  housingType: string;
  complex?: string | null;
  district?: string | null;
  units?: readonly { area: string; count?: number | null; deposit?: number | null; rent?: number | null }[];
  applicationStart?: string | null;
  applicationEnd: string;
  priorityGroups?: readonly string[];
  programIds?: readonly string[];
  limits?: { minAge?: number; maxAge?: number; assetCap?: number; residence?: readonly string[] };
  documents?: readonly string[];
  url?: string | null;
}

/** Notice rows joined to their posts, dates as text (YYYY-MM-DD). */
export function noticeRows(db: Db) {
  return db
    .selectFrom('housing_notice as n')
    .innerJoin('board_post as p', 'p.id', 'n.post_id')
    .select([
      'n.id',
      'n.source',
      'n.external_id',
      'n.provider',
      'n.housing_type',
      'n.complex',
      'n.district',
      'n.units',
      sql<string | null>`n.application_start::text`.as('start'),
      sql<string>`n.application_end::text`.as('end'),
      'n.priority_groups',
      'n.program_ids',
      'n.limits',
      'n.documents',
      'n.url',
      'n.provider_status',
      'p.number',
      'p.title',
      'p.version',
    ]);
}

export type NoticeRow = Awaited<ReturnType<ReturnType<typeof noticeRows>['execute']>>[number];

export function toNotice(r: NoticeRow, today = todayIso()) {
  const type = housingType(r.housing_type);
  const { state, daysLeft } = noticeState({ start: r.start, end: r.end }, today);
  return {
    id: r.id,
    postNumber: r.number,
    title: r.title,
    source: r.source,
    externalId: r.external_id,
    provider: r.provider,
    housingType: r.housing_type as 'other',
    housingTypeLabel: { ko: type?.ko ?? r.housing_type, en: type?.en ?? r.housing_type },
    complex: r.complex,
    district: r.district,
    units: r.units,
    applicationStart: r.start,
    applicationEnd: r.end,
    priorityGroups: r.priority_groups,
    programIds: noticeProgramIds({ housingType: r.housing_type, programIds: r.program_ids }),
    // Stored only through the API's schema, so the 구 ids in it are the schema's.
    limits: r.limits as Static<typeof Limits>,
    documents: r.documents,
    url: r.url,
    state,
    daysLeft,
    permalink: `/board/${r.number}`,
    version: r.version,
  };
}

export function columns(input: NoticeInput) {
  return {
    provider: input.provider.trim(),
    housing_type: input.housingType,
    complex: input.complex?.trim() || null,
    district: input.district ?? null,
    units: JSON.stringify(input.units ?? []),
    application_start: input.applicationStart ?? null,
    application_end: input.applicationEnd,
    priority_groups: JSON.stringify(input.priorityGroups ?? []),
    program_ids: JSON.stringify(canonicalProgramIds(input.programIds ?? [])),
    limits: JSON.stringify(input.limits ?? {}),
    documents: JSON.stringify(input.documents ?? []),
    url: input.url ?? null,
  };
}

/** A 모집공고 is a board post (so it is listed, searched, viewed and fed like any post) plus its fields. */
export async function createNotice(
  trx: Transaction<Database>,
  staff: StaffIdentity,
  post: { title: string; body: string; pinned?: boolean | undefined },
  input: NoticeInput,
  origin: { source: 'form' | 'import'; externalId?: string; providerStatus?: string | null },
): Promise<{ id: string; postNumber: number }> {
  const type = housingType(input.housingType);
  const extra = `${input.provider} ${type?.ko ?? ''} ${input.complex ?? ''}`;
  const created = await trx
    .insertInto('board_post')
    .values({
      category: 'recruitment',
      title: post.title.trim(),
      body_md: post.body,
      body_html: renderMarkdown(post.body),
      search_text: searchText(`${post.title} ${extra}`, post.body),
      author_id: staff.id,
      author_name: staff.displayName,
      pinned: post.pinned ?? false,
    })
    .returning(['id', 'number'])
    .executeTakeFirstOrThrow();
  const notice = await trx
    .insertInto('housing_notice')
    .values({
      post_id: created.id,
      source: origin.source,
      external_id: origin.externalId ?? null,
      provider_status: origin.providerStatus ?? null,
      ...columns(input),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: notice.id, postNumber: created.number };
}

type UnitRow = { area: string; count?: number | null; deposit?: number | null; rent?: number | null };
/** jsonb keeps object keys in its own order, so units are compared field by field. */
const sameUnits = (a: readonly UnitRow[], b: readonly UnitRow[]) =>
  JSON.stringify(a.map((u) => [u.area, u.count ?? null, u.deposit ?? null, u.rent ?? null])) ===
  JSON.stringify(b.map((u) => [u.area, u.count ?? null, u.deposit ?? null, u.rent ?? null]));

const dot = (iso: string | null) => (iso ? iso.replaceAll('-', '.') : '');

/** The words of an imported notice's post: what the row said, and where the full notice is. */
export function importedBody(n: ImportedNotice): string {
  const type = housingType(n.housingType);
  const lines = [
    `${n.provider}에서 낸 ${type?.ko ?? ''} 모집공고입니다. 센터가 공고 목록에서 가져온 글이니, 자격과 서류는 공고문에서 꼭 확인해 주세요.`,
    '',
    `- 접수: ${n.applicationStart ? `${dot(n.applicationStart)} ~ ` : ''}${dot(n.applicationEnd)}까지`,
    ...(n.providerStatus ? [`- 공고 상태 (${n.provider}): ${n.providerStatus}`] : []),
    ...(n.url ? [`- 공고문: [${n.provider} 누리집에서 보기](${n.url})`] : []),
  ];
  return lines.join('\n');
}

/**
 * Stores an imported row: new → a post and a notice; known (same PAN_ID) → updated in place when
 * something changed, with the post's earlier text kept in its history; else left alone.
 */
export async function upsertImported(
  trx: Transaction<Database>,
  staff: StaffIdentity,
  n: ImportedNotice,
): Promise<{ outcome: 'created' | 'updated' | 'unchanged'; id: string; postNumber: number }> {
  const input: NoticeInput = {
    provider: n.provider,
    housingType: n.housingType,
    district: n.district,
    complex: n.complex,
    units: n.units ?? [],
    applicationStart: n.applicationStart,
    applicationEnd: n.applicationEnd,
    url: n.url,
  };
  const body = importedBody(n);
  const existing = await noticeRows(trx).where('n.external_id', '=', n.externalId).forUpdate().executeTakeFirst();
  if (!existing) {
    const made = await createNotice(trx, staff, { title: n.title, body }, input, {
      source: 'import',
      externalId: n.externalId,
      providerStatus: n.providerStatus,
    });
    return { outcome: 'created', ...made };
  }
  // A list row without detail (no units, no complex) leaves what an earlier detailed import stored.
  const complex = n.complex ?? existing.complex;
  const units = n.units ?? existing.units;
  // Nor does it replace the detail's 접수기간 (kept when units were stored) with the list's dates.
  const keepPeriod = !n.periodFromDetail && n.units === null && existing.units.length > 0;
  const start = keepPeriod ? existing.start : n.applicationStart;
  const end = keepPeriod ? existing.end : n.applicationEnd;
  const keptBody = importedBody(keepPeriod ? { ...n, applicationStart: start, applicationEnd: end } : n);
  const same =
    existing.complex === complex &&
    sameUnits(existing.units, units) &&
    existing.title === n.title &&
    existing.provider === n.provider &&
    existing.housing_type === n.housingType &&
    existing.district === n.district &&
    existing.start === start &&
    existing.end === end &&
    existing.url === n.url &&
    existing.provider_status === n.providerStatus;
  if (same) return { outcome: 'unchanged', id: existing.id, postNumber: existing.number };
  const post = await trx
    .selectFrom('board_post')
    .selectAll()
    .where('number', '=', existing.number)
    .executeTakeFirstOrThrow();
  await revisePost(trx, post, staff.displayName, {
    title: n.title,
    body: keptBody,
    searchText: searchText(`${n.title} ${n.provider} ${housingType(n.housingType)?.ko ?? ''}`, body),
  });
  await trx
    .updateTable('housing_notice')
    .set({
      provider: n.provider,
      housing_type: n.housingType,
      district: n.district,
      complex,
      units: JSON.stringify(units),
      application_start: start,
      application_end: end,
      url: n.url,
      provider_status: n.providerStatus,
      updated_at: new Date(),
    })
    .where('id', '=', existing.id)
    .execute();
  return { outcome: 'updated', id: existing.id, postNumber: existing.number };
}

/**
 * Edits a notice's words and fields together. The post's version guards both: an edit based on an
 * older version is refused (the caller answers 409), and the earlier words are kept in the history.
 */
export async function updateNotice(
  trx: Transaction<Database>,
  staff: StaffIdentity,
  noticeId: string,
  edit: { title: string; body: string; pinned?: boolean | undefined; version: number },
  input: NoticeInput,
): Promise<'missing' | 'stale' | 'ok'> {
  const row = await trx
    .selectFrom('housing_notice as n')
    .innerJoin('board_post as p', 'p.id', 'n.post_id')
    .select(['p.id as post_id', 'p.version', 'p.title', 'p.body_md', 'p.pinned', 'p.author_id'])
    .where('n.id', '=', noticeId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) return 'missing';
  requireMayEdit(staff, row.author_id);
  requireMayPin(staff, edit.pinned, row.pinned);
  if (row.version !== edit.version) return 'stale';
  const type = housingType(input.housingType);
  const post = { id: row.post_id, version: row.version, title: row.title, body_md: row.body_md };
  await revisePost(trx, post, staff.displayName, {
    title: edit.title.trim(),
    body: edit.body,
    searchText: searchText(`${edit.title} ${input.provider} ${type?.ko ?? ''} ${input.complex ?? ''}`, edit.body),
    pinned: edit.pinned ?? row.pinned,
  });
  await trx
    .updateTable('housing_notice')
    .set({ ...columns(input), updated_at: new Date() })
    .where('id', '=', noticeId)
    .execute();
  return 'ok';
}
