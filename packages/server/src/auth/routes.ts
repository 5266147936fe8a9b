import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { recordAudit } from '../audit/audit-log.ts';
import { fail } from '../http/error-codes.ts';
import { problemResponses } from '../http/responses.ts';
import { DEMO_PASSWORD } from '../seed/demo-accounts.ts';
import { checkLogin } from './login.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { LoginBody, Me, PasswordChangeBody, SessionState } from './schemas.ts';
import { createSession, deleteSession, endSessionsOf } from './sessions.ts';
import { CSRF_HEADER, isCrossSite, requireStaff, SESSION_COOKIE, sessionOf } from './staff-guard.ts';

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    // Secure whenever the browser reached us over TLS (directly, or through a trusted proxy).
    secure: request.protocol === 'https',
    maxAge: request.server.config.sessionSeconds,
  });
}

export async function authRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Staff log-in (직원 로그인); sets a session cookie and returns the CSRF token',
        body: LoginBody,
        response: { 200: Me, ...problemResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      if (isCrossSite(request)) throw fail('JIBSA_CROSS_SITE');
      const staff = await checkLogin(request, request.body.username, request.body.password);
      const { token, csrfToken } = await createSession(
        request.server.db,
        staff.id,
        request.server.config.sessionSeconds,
      );
      setSessionCookie(request, reply, token);
      return { ...staff, csrfToken };
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Who is logged in (현재 사용자), with the CSRF token for this session',
        security: [{ session: [] }],
        response: { 200: Me, ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const { staff, csrfToken } = await requireStaff(request);
      return { ...staff, csrfToken };
    },
  );

  // The log-in page asks before anyone has logged in: "nobody" is an answer there, not a refused
  // request, so it is neither a 401 in the browser's console nor a refusal in the audit log.
  app.get(
    '/api/auth/session',
    {
      schema: {
        tags: ['auth'],
        summary:
          'Whether this browser is logged in (로그인 여부): 200 either way; logged in, who, with the CSRF token (as /api/auth/me)',
        response: { 200: SessionState, ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      if (isCrossSite(request)) throw fail('JIBSA_CROSS_SITE');
      if (!(await sessionOf(request))) return { loggedIn: false as const };
      const { staff, csrfToken } = await requireStaff(request);
      return { loggedIn: true as const, me: { ...staff, csrfToken } };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: `Log out (로그아웃); needs the ${CSRF_HEADER} header`,
        security: [{ session: [] }],
        response: { 204: Type.Null(), ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      await requireStaff(request);
      const token = request.cookies[SESSION_COOKIE];
      if (token) await deleteSession(request.server.db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change my password (비밀번호 바꾸기); ends my other sessions',
        security: [{ session: [] }],
        body: PasswordChangeBody,
        response: { 204: Type.Null(), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { staff } = await requireStaff(request);
      const { db } = request.server;
      const user = await db
        .selectFrom('staff_user')
        .select('password_hash')
        .where('id', '=', staff.id)
        .executeTakeFirstOrThrow();
      if (!(await verifyPassword(request.body.currentPassword, user.password_hash)).ok) {
        await recordAudit(db, request, {
          actorId: staff.id,
          action: 'auth.password_change',
          subjectType: 'staff_user',
          subjectIds: [staff.username],
          outcome: 'denied',
        });
        throw fail('JIBSA_LOGIN_FAILED', {
          ko: '지금 비밀번호가 맞지 않습니다.',
          en: 'The current password is wrong.',
        });
      }
      if (request.body.newPassword === DEMO_PASSWORD) {
        throw fail('JIBSA_VALIDATION', {
          errors: [
            {
              path: 'newPassword',
              code: 'demo',
              detail: 'newPassword: 공개된 체험용 비밀번호는 쓸 수 없습니다.',
              detail_en: 'newPassword: the published demo password cannot be used.',
            },
          ],
        });
      }
      await db
        .updateTable('staff_user')
        .set({
          password_hash: await hashPassword(request.body.newPassword),
          password_changed_at: new Date(),
          must_change_password: false,
        })
        .where('id', '=', staff.id)
        .execute();
      await endSessionsOf(db, staff.id, request.cookies[SESSION_COOKIE]);
      await recordAudit(db, request, {
        actorId: staff.id,
        action: 'auth.password_change',
        subjectType: 'staff_user',
        subjectIds: [staff.username],
      });
      return reply.status(204).send(null);
    },
  );
}
