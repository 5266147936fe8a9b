import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { canonicalProgramIds, findProgram } from '@jibsa/programs';
import type { FastifyInstance } from 'fastify';
import { requireAdmin } from '../admin/require-admin.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { fail, invalid } from '../http/error-codes.ts';
import { problemResponses } from '../http/responses.ts';
import { agencyOut, loadDirectory } from './queries.ts';
import { agencyColumns, agencyRow, serviceColumns, serviceRow } from './rows.ts';
import {
  AgencyCreateBody,
  AgencyList,
  AgencyOut,
  AgencyParams,
  AgencyPatchBody,
  MembersBody,
  ServiceCreateBody,
  ServiceParams,
  ServicePatchBody,
} from './schemas.ts';

const TAGS = ['admin', 'directory'];
const security = [{ session: [] }];

const agencyNotFound = () => fail('JIBSA_NOT_FOUND', { ko: '그런 기관이 없습니다.', en: 'No such agency.' });
const serviceNotFound = () => fail('JIBSA_NOT_FOUND', { ko: '그런 서비스가 없습니다.', en: 'No such service.' });

/** A program id the engine does not know would make "who to send to" silently empty: refused. */
function checkPrograms(ids: readonly string[] | undefined) {
  const unknown = (ids ?? []).map((id, i) => ({ id, i })).filter(({ id }) => !findProgram(id));
  if (unknown.length > 0) {
    throw invalid(
      unknown.map(({ id, i }) => ({
        path: `programIds.${i}`,
        ko: `엔진에 없는 제도 id입니다: ${id}`,
        en: `not a program id of the engine: ${id}`,
      })),
    );
  }
}

/** The admin keeps the directory: agencies, their services, and which partner accounts belong where. */
export async function directoryAdminRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const db = fastify.db;

  /** The admin's view of agencies: the public fields plus the linked accounts and the notice address. */
  const adminAgencies = async (agencyId?: string) => {
    const rows = await loadDirectory(db, { includeInactive: true });
    let members = db
      .selectFrom('agency_member')
      .innerJoin('staff_user', 'staff_user.id', 'agency_member.staff_user_id')
      .select(['agency_member.agency_id', 'staff_user.username'])
      .orderBy('staff_user.username');
    if (agencyId) members = members.where('agency_member.agency_id', '=', agencyId);
    const linked = await members.execute();
    return rows
      .filter((r) => !agencyId || r.agency.id === agencyId)
      .map((r) => ({
        ...agencyOut(r.agency, r.services),
        notifyEmail: r.agency.notify_email,
        members: linked.filter((m) => m.agency_id === r.agency.id).map((m) => m.username),
      }));
  };
  const oneAgency = async (agencyId: string) => {
    const [found] = await adminAgencies(agencyId);
    if (!found) throw agencyNotFound();
    return found;
  };

  app.get(
    '/api/admin/agencies',
    {
      schema: {
        tags: TAGS,
        summary: 'Admin: every agency, inactive ones too, with services',
        security,
        response: { 200: AgencyList, ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      await requireAdmin(request);
      return { items: await adminAgencies() };
    },
  );

  app.post(
    '/api/admin/agencies',
    {
      schema: {
        tags: TAGS,
        summary: 'Admin: add an agency',
        security,
        body: AgencyCreateBody,
        response: { 201: AgencyOut, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const staff = await requireAdmin(request);
      const b = request.body;
      const taken = await db.selectFrom('agency').select('id').where('slug', '=', b.slug).executeTakeFirst();
      if (taken) throw invalid([{ path: 'slug', ko: '이미 쓰는 기관 코드입니다.', en: 'slug already in use.' }]);
      const row = await db.insertInto('agency').values(agencyRow(b)).returning('id').executeTakeFirstOrThrow();
      await recordAudit(db, request, {
        actorId: staff.id,
        action: 'agency.create',
        subjectType: 'agency',
        subjectIds: [row.id],
      });
      return reply.status(201).send(await oneAgency(row.id));
    },
  );

  app.patch(
    '/api/admin/agencies/:agencyId',
    {
      schema: {
        tags: TAGS,
        summary: 'Admin: change an agency (or set active false to hide it from new referrals)',
        security,
        params: AgencyParams,
        body: AgencyPatchBody,
        response: { 200: AgencyOut, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const staff = await requireAdmin(request);
      const b = request.body;
      const changed = await db
        .updateTable('agency')
        .set({ ...agencyColumns(b), updated_at: new Date() })
        .where('id', '=', request.params.agencyId)
        .executeTakeFirst();
      if (Number(changed.numUpdatedRows) === 0) throw agencyNotFound();
      await recordAudit(db, request, {
        actorId: staff.id,
        action: 'agency.update',
        subjectType: 'agency',
        subjectIds: [request.params.agencyId],
      });
      return oneAgency(request.params.agencyId);
    },
  );

  app.post(
    '/api/admin/agencies/:agencyId/services',
    {
      schema: {
        tags: TAGS,
        summary: 'Admin: add a service to an agency (program ids must be the engine’s)',
        security,
        params: AgencyParams,
        body: ServiceCreateBody,
        response: { 201: AgencyOut, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const staff = await requireAdmin(request);
      const b = request.body;
      checkPrograms(b.programIds);
      const agency = await db
        .selectFrom('agency')
        .select('id')
        .where('id', '=', request.params.agencyId)
        .executeTakeFirst();
      if (!agency) throw agencyNotFound();
      const taken = await db.selectFrom('agency_service').select('id').where('slug', '=', b.slug).executeTakeFirst();
      if (taken) throw invalid([{ path: 'slug', ko: '이미 쓰는 서비스 코드입니다.', en: 'slug already in use.' }]);
      const row = await db
        .insertInto('agency_service')
        .values(serviceRow(agency.id, { ...b, programIds: canonicalProgramIds(b.programIds) }))
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(db, request, {
        actorId: staff.id,
        action: 'service.create',
        subjectType: 'service',
        subjectIds: [row.id],
      });
      return reply.status(201).send(await oneAgency(agency.id));
    },
  );

  app.patch(
    '/api/admin/services/:serviceId',
    {
      schema: {
        tags: TAGS,
        summary: 'Admin: change a service',
        security,
        params: ServiceParams,
        body: ServicePatchBody,
        response: { 200: AgencyOut, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const staff = await requireAdmin(request);
      const b = request.body;
      checkPrograms(b.programIds);
      const row = await db
        .updateTable('agency_service')
        .set({
          ...serviceColumns({ ...b, programIds: b.programIds && canonicalProgramIds(b.programIds) }),
          updated_at: new Date(),
        })
        .where('id', '=', request.params.serviceId)
        .returning('agency_id')
        .executeTakeFirst();
      if (!row) throw serviceNotFound();
      await recordAudit(db, request, {
        actorId: staff.id,
        action: 'service.update',
        subjectType: 'service',
        subjectIds: [request.params.serviceId],
      });
      return oneAgency(row.agency_id);
    },
  );

  app.put(
    '/api/admin/agencies/:agencyId/members',
    {
      schema: {
        tags: TAGS,
        summary: 'Admin: the partner accounts that work for this agency (replaces the list; partner role only)',
        security,
        params: AgencyParams,
        body: MembersBody,
        response: { 200: AgencyOut, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const staff = await requireAdmin(request);
      const agencyId = request.params.agencyId;
      const agency = await db.selectFrom('agency').select('id').where('id', '=', agencyId).executeTakeFirst();
      if (!agency) throw agencyNotFound();
      const names = request.body.usernames;
      const users = names.length
        ? await db.selectFrom('staff_user').select(['id', 'username', 'role']).where('username', 'in', names).execute()
        : [];
      const problems = names
        .map((n) => ({ n, u: users.find((u) => u.username === n) }))
        .filter(({ u }) => u?.role !== 'partner')
        // The field, not its place in the list: the words name the account already ("… (0)" read as noise).
        .map(({ n, u }) => ({
          path: 'usernames',
          ko: u ? `연계 기관 담당자 계정이 아닙니다: ${n}` : `그런 계정이 없습니다: ${n}`,
          en: u ? `not a partner account: ${n}` : `no such account: ${n}`,
        }));
      if (problems.length > 0) throw invalid(problems);
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('agency_member').where('agency_id', '=', agencyId).execute();
        if (users.length > 0) {
          // A person works for one agency: linking here unlinks them elsewhere.
          await trx
            .deleteFrom('agency_member')
            .where(
              'staff_user_id',
              'in',
              users.map((u) => u.id),
            )
            .execute();
          await trx
            .insertInto('agency_member')
            .values(users.map((u) => ({ staff_user_id: u.id, agency_id: agencyId })))
            .execute();
        }
      });
      await recordAudit(db, request, {
        actorId: staff.id,
        action: 'agency.members',
        subjectType: 'agency',
        subjectIds: [agencyId],
      });
      return oneAgency(agencyId);
    },
  );
}
