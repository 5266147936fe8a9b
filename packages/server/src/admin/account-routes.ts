import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { recordAudit } from '../audit/audit-log.ts';
import { accountChangedReason, accountCreatedReason, reasonText } from '../audit/reasons.ts';
import type { AuditAction } from '../audit/vocabulary.ts';
import { hashPassword } from '../auth/password.ts';
import type { StaffIdentity } from '../auth/sessions.ts';
import { endSessionsOf } from '../auth/sessions.ts';
import { fail, invalid } from '../http/error-codes.ts';
import { problemResponses } from '../http/responses.ts';
import {
  checkDistrictForRole,
  findAccount,
  isUniqueViolation,
  listAccounts,
  publicAccount,
  refuseDemoPassword,
} from './accounts.ts';
import { requireAdmin } from './require-admin.ts';
import {
  Account,
  AccountList,
  AccountParams,
  CreateAccountBody,
  ResetPasswordBody,
  UpdateAccountBody,
} from './schemas.ts';

const TAGS = ['admin'];
const security = [{ session: [] }];
const noAccount = () => fail('JIBSA_NOT_FOUND', { ko: '그런 계정이 없습니다.', en: 'No such account.' });
const takenUsername = () =>
  fail('JIBSA_CONFLICT', {
    ko: '이미 있는 아이디입니다. 다른 아이디를 정해 주세요.',
    en: 'This username is taken. Choose another.',
    errors: [
      {
        path: 'username',
        code: 'taken',
        detail: 'username: 이미 있는 아이디입니다.',
        detail_en: 'username: already taken.',
      },
    ],
  });

const audit = (
  request: FastifyRequest,
  admin: StaffIdentity,
  action: AuditAction,
  accountId: string,
  reason?: string,
) =>
  recordAudit(request.server.db, request, {
    actorId: admin.id,
    action,
    subjectType: 'staff_user',
    subjectIds: [accountId],
    reason: reason ?? null,
  });

/** Admin: accounts of the center and its partners. Every change is audited; no route shows a hash. */
export async function accountRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/admin/accounts',
    {
      schema: {
        tags: TAGS,
        summary: 'Admin: every staff account (계정 목록) with role, 구 and state',
        security,
        response: { 200: AccountList, ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      await requireAdmin(request);
      return { items: (await listAccounts(request.server.db)).map(publicAccount) };
    },
  );

  app.post(
    '/api/admin/accounts',
    {
      schema: {
        tags: TAGS,
        summary: 'Admin: create an account with a temporary password the user must change at first log-in',
        security,
        body: CreateAccountBody,
        response: { 201: Account, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const admin = await requireAdmin(request);
      const { db } = request.server;
      const b = request.body;
      const district = b.district ?? null;
      const displayName = shownName(b.displayName);
      checkDistrictForRole(b.role, district);
      refuseDemoPassword(b.temporaryPassword, 'temporaryPassword');
      const taken = await db
        .selectFrom('staff_user')
        .select('id')
        .where('username', '=', b.username)
        .executeTakeFirst();
      if (taken) throw takenUsername();
      const row = await db
        .insertInto('staff_user')
        .values({
          username: b.username,
          display_name: displayName,
          role: b.role,
          district,
          organization: b.organization ?? null,
          password_hash: await hashPassword(b.temporaryPassword),
          must_change_password: true,
          disabled_at: null,
          locked_until: null,
          password_changed_at: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow()
        .catch((e: unknown) => {
          throw isUniqueViolation(e) ? takenUsername() : e;
        });
      await audit(request, admin, 'admin.account_create', row.id, reasonText(accountCreatedReason(b.role, district)));
      return reply.status(201).send(publicAccount(row));
    },
  );

  app.patch(
    '/api/admin/accounts/:accountId',
    {
      schema: {
        tags: TAGS,
        summary: 'Admin: change name, role, 구 or organization; disable (ends its sessions) or re-enable an account',
        security,
        params: AccountParams,
        body: UpdateAccountBody,
        response: { 200: Account, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const admin = await requireAdmin(request);
      const { db } = request.server;
      const row = await findAccount(db, request.params.accountId);
      if (!row) throw noAccount();
      const b = request.body;
      if (row.id === admin.id && (b.disabled === true || (b.role !== undefined && b.role !== 'admin'))) {
        // Otherwise the last administrator could lock everyone out of these screens.
        throw invalid([
          {
            path: b.disabled === true ? 'disabled' : 'role',
            code: 'self',
            ko: '자기 계정을 끄거나 관리자 권한을 뗄 수 없습니다. 다른 관리자에게 부탁해 주세요.',
            en: 'you cannot disable your own account or drop your own admin role. Ask another administrator.',
          },
        ]);
      }
      const role = b.role ?? row.role;
      const district =
        b.district !== undefined ? b.district : role === 'admin' || role === 'city' ? null : row.district;
      checkDistrictForRole(role, district);
      const disabledAt =
        b.disabled === undefined ? row.disabled_at : b.disabled ? (row.disabled_at ?? new Date()) : null;
      const updated = await db
        .updateTable('staff_user')
        .set({
          display_name: b.displayName !== undefined ? shownName(b.displayName) : row.display_name,
          role,
          district,
          organization: b.organization !== undefined ? b.organization : row.organization,
          disabled_at: disabledAt,
        })
        .where('id', '=', row.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      if (disabledAt && !row.disabled_at) await endSessionsOf(db, row.id);
      const changed = (['displayName', 'role', 'district', 'organization'] as const).filter(
        (k) => b[k] !== undefined && b[k] !== publicAccount(row)[k],
      );
      if (changed.length > 0)
        await audit(request, admin, 'admin.account_update', row.id, reasonText(accountChangedReason(changed)));
      if (b.disabled === true && !row.disabled_at) await audit(request, admin, 'admin.account_disable', row.id);
      if (b.disabled === false && row.disabled_at) await audit(request, admin, 'admin.account_enable', row.id);
      return publicAccount(updated);
    },
  );

  app.post(
    '/api/admin/accounts/:accountId/password',
    {
      schema: {
        tags: TAGS,
        summary: 'Admin: set a temporary password; ends the account’s sessions, the user must change it at next log-in',
        security,
        params: AccountParams,
        body: ResetPasswordBody,
        response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const admin = await requireAdmin(request);
      const { db } = request.server;
      const row = await findAccount(db, request.params.accountId);
      if (!row) throw noAccount();
      refuseDemoPassword(request.body.temporaryPassword, 'temporaryPassword');
      await db
        .updateTable('staff_user')
        .set({
          password_hash: await hashPassword(request.body.temporaryPassword),
          must_change_password: true,
          password_changed_at: new Date(),
          failed_logins: 0,
          locked_until: null,
        })
        .where('id', '=', row.id)
        .execute();
      await endSessionsOf(db, row.id);
      await audit(request, admin, 'admin.password_reset', row.id);
      return reply.status(204).send(null);
    },
  );
}

/** The name staff see beside every change an account makes: trimmed, and never only spaces. */
function shownName(text: string): string {
  const name = text.trim();
  if (!name) {
    throw invalid([{ path: 'displayName', code: 'required', ko: '이름을 적어 주세요.', en: 'give a name.' }]);
  }
  return name;
}
