import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ListError, mappingProblems, openList, readAs, type SourceRow, type TextEncoding } from '@jibsa/lists';
import { todayIso } from '@jibsa/programs';
import { BatchScreener } from '@jibsa/programs/batch';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { fail, invalid } from '../http/error-codes.ts';
import { problemResponses } from '../http/responses.ts';
import { ListOf } from '../http/shared-schemas.ts';
import { audit, openOutreachList, outreachStaff } from './access.ts';
import { RowChecks } from './jobs/row-checks.ts';
import { screenBlock } from './jobs/screen-block.ts';
import { addUndecided } from './jobs/tallies.ts';
import { retentionDays } from './retention-setting.ts';
import {
  Field,
  ListOut,
  ListParams,
  MappingBody,
  MappingOut,
  MappingParams,
  PreviewBody,
  PreviewOut,
  UploadQuery,
} from './schemas.ts';
import { undecidedOut } from './undecided.ts';
import { FIELDS_OUT, listOut, rowOut } from './views.ts';

/** A file that is not a list: 415 when it is not text or a workbook, 422 when it is but cannot be used. */
export function listRefused(error: ListError) {
  return fail(error.code === 'refused' ? 'JIBSA_FILE_REFUSED' : 'JIBSA_LIST_UNREADABLE', error.label);
}

export function checkMapping(mapping: Record<string, string>, headers: readonly string[]) {
  const problems = mappingProblems(mapping, headers);
  if (Object.keys(mapping).length === 0) {
    problems.push({
      path: 'mapping',
      ko: '읽을 열을 하나 이상 골라 주세요.',
      en: 'map at least one column to a household field.',
    });
  }
  if (problems.length) throw invalid(problems);
}

/** Uploading a list, reading its columns, previewing a mapping on its first rows, and saved mappings. */
export async function outreachListRoutes(fastify: FastifyInstance, { uploadsDir }: { uploadsDir: string }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/api/outreach/lists',
    {
      schema: {
        tags: ['outreach'],
        summary:
          'Staff: upload a list of households (multipart "file": CSV in UTF-8, UTF-8 with BOM, CP949/EUC-KR or UTF-16, or XLSX); answers its columns and a suggested mapping',
        security: [{ session: [] }],
        consumes: ['multipart/form-data'],
        querystring: UploadQuery,
        response: { 201: ListOut, ...problemResponses(400, 401, 403, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const { staff } = await outreachStaff(request);
      const district = staff.role === 'admin' ? (request.query.district ?? null) : staff.district;
      if (!request.isMultipart()) {
        throw fail('JIBSA_MEDIA_TYPE', {
          ko: '파일은 multipart/form-data 로 보내 주세요.',
          en: 'Send the file as multipart/form-data.',
        });
      }
      const part = await request.file();
      if (!part) {
        throw invalid([{ path: 'file', ko: '올릴 파일을 골라 주세요.', en: 'choose a file to upload.' }]);
      }
      fs.mkdirSync(uploadsDir, { recursive: true });
      const storage = `${randomUUID()}.list`;
      const file = path.join(uploadsDir, storage);
      try {
        await pipeline(part.file, fs.createWriteStream(file, { mode: 0o600 }));
        if (part.file.truncated) {
          const mb = Math.round(request.server.config.outreach.maxUploadBytes / 1024 / 1024);
          throw fail('JIBSA_TOO_LARGE', {
            ko: `파일이 너무 큽니다 (${mb}MB까지).`,
            en: `The file is too large (up to ${mb} MB).`,
          });
        }
        const opened = await openList(file, { encoding: request.query.encoding }).catch((error) => {
          throw error instanceof ListError ? listRefused(error) : error;
        });
        opened.close();
        const days = await retentionDays(request.server.db, request.server.config.outreach.retentionDays);
        const row = await request.server.db
          .insertInto('outreach_list')
          .values({
            district,
            file_name: part.filename.slice(0, 200) || '명단',
            kind: opened.kind,
            encoding: opened.encoding,
            byte_size: fs.statSync(file).size,
            headers: JSON.stringify(opened.headers),
            header_row: opened.headerRow,
            storage_name: storage,
            uploaded_by: staff.id,
            delete_after: sql<Date>`now() + make_interval(days => ${days})`,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(request, staff, 'outreach.upload', 'outreach_list', row.id);
        return reply.status(201).send(listOut(row));
      } catch (error) {
        fs.rmSync(file, { force: true });
        throw error;
      }
    },
  );

  app.get(
    '/api/outreach/fields',
    {
      schema: {
        tags: ['outreach'],
        summary: 'Staff: the household fields a column can be mapped to, with their values',
        security: [{ session: [] }],
        response: { 200: Type.Object({ items: ListOf(Field) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      await outreachStaff(request);
      return { items: FIELDS_OUT };
    },
  );

  app.post(
    '/api/outreach/lists/:listId/preview',
    {
      schema: {
        tags: ['outreach'],
        summary: 'Staff: the first rows of a list read through a mapping and screened now, before a job is started',
        security: [{ session: [] }],
        params: ListParams,
        body: PreviewBody,
        response: { 200: PreviewOut, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const { list } = await openOutreachList(request, request.params.listId, 'outreach.preview');
      const { mapping, rows = 10, assumeNone = false } = request.body;
      checkMapping(mapping, list.headers);
      const date = request.body.date ?? todayIso();
      const encoding = (request.body.encoding ?? list.encoding ?? undefined) as TextEncoding | undefined;
      const opened = await openList(path.join(uploadsDir, list.storage_name), { encoding }).catch((error) => {
        throw error instanceof ListError ? listRefused(error) : error;
      });
      const first: SourceRow[] = [];
      try {
        for await (const row of opened.rows) {
          first.push(row);
          if (first.length >= rows) break;
        }
      } catch (error) {
        if (!(error instanceof ListError) || first.length === 0)
          throw error instanceof ListError ? listRefused(error) : error;
      } finally {
        opened.close();
      }
      // A new encoding may name the columns differently: the mapping must fit what was read now.
      checkMapping(mapping, opened.headers);
      const checks = new RowChecks(opened.headers, mapping, opened.kind);
      const view = readAs(opened.headers, mapping, assumeNone);
      const results = screenBlock(new BatchScreener(date), opened.headers, mapping, first, checks, view);
      // Counted as the job will count them, so the preview says what "없음" on its rows means.
      const undecided = { households: 0, missing: {} };
      for (const r of results) addUndecided(undecided, r);
      return {
        date,
        rows: results.map((r) => rowOut(r)),
        undecided: undecidedOut(undecided, mapping),
        assumed: view.assumed,
      };
    },
  );

  app.get(
    '/api/outreach/mappings',
    {
      schema: {
        tags: ['outreach'],
        summary: 'Staff: saved column mappings, by name',
        security: [{ session: [] }],
        response: { 200: Type.Object({ items: ListOf(MappingOut) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      await outreachStaff(request);
      const rows = await request.server.db.selectFrom('outreach_mapping').selectAll().orderBy('name').execute();
      return {
        items: rows.map((r) => ({ name: r.name, columns: r.columns, updatedAt: new Date(r.updated_at).toISOString() })),
      };
    },
  );

  app.put(
    '/api/outreach/mappings/:name',
    {
      schema: {
        tags: ['outreach'],
        summary: 'Staff: save a column mapping under a name, for the next file of the same shape',
        security: [{ session: [] }],
        params: MappingParams,
        body: MappingBody,
        response: { 200: MappingOut, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { staff } = await outreachStaff(request);
      const saved = await saveMapping(request.server.db, request.params.name, request.body.columns, staff.id);
      await audit(request, staff, 'outreach.mapping.save', 'outreach_mapping', saved.name);
      return saved;
    },
  );
}

export async function saveMapping(
  db: FastifyInstance['db'],
  name: string,
  columns: Record<string, string>,
  staffId: string,
) {
  const problems = mappingProblems(columns, Object.keys(columns));
  if (problems.length) throw invalid(problems.map((p) => ({ ...p, path: p.path.replace(/^mapping/, 'columns') })));
  const row = await db
    .insertInto('outreach_mapping')
    .values({ name: name.trim(), columns: JSON.stringify(columns), updated_by: staffId })
    .onConflict((oc) =>
      oc.column('name').doUpdateSet({ columns: JSON.stringify(columns), updated_by: staffId, updated_at: sql`now()` }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
  return { name: row.name, columns: row.columns, updatedAt: new Date(row.updated_at).toISOString() };
}
