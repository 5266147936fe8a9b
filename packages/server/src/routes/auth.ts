import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../app.ts';
import { verifyPassword } from '../auth/password.ts';
import { requireStaff, SESSION_COOKIE } from '../auth/require-staff.ts';
import { createSession, deleteSession } from '../auth/sessions.ts';
import { ProblemError } from '../http/problem.ts';
import { problemResponses } from '../http/responses.ts';

const Login = Type.Object(
  { username: Type.String({ minLength: 1, maxLength: 100 }), password: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
const Me = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  role: Type.String(),
  district: Type.Union([Type.String(), Type.Null()]),
  organization: Type.Union([Type.String(), Type.Null()]),
});

export const authRoutes: FastifyPluginAsync<AppContext> = async (app, { handle, config }) => {
  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Staff log-in (직원 로그인); sets a session cookie',
        body: Login,
        response: { 200: Me, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body as { username: string; password: string };
      const user = await handle.db
        .selectFrom('staff_user')
        .selectAll()
        .where('username', '=', username)
        .executeTakeFirst();
      if (!user || !(await verifyPassword(password, user.password_hash))) {
        throw new ProblemError(
          401,
          'JIBSA_LOGIN_FAILED',
          '아이디 또는 비밀번호가 맞지 않습니다.',
          'Wrong username or password.',
        );
      }
      const token = await createSession(handle.db, user.id, config.sessionDays);
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'lax',
        path: '/',
        maxAge: config.sessionDays * 86_400,
      });
      return {
        id: user.id,
        username: user.username,
        displayName: user.display_name,
        role: user.role,
        district: user.district,
        organization: user.organization,
      };
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Who is logged in (현재 사용자)',
        response: { 200: Me, ...problemResponses(401) },
      },
    },
    async (request) => requireStaff(request, handle.db),
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Log out (로그아웃)', response: { 204: Type.Null() } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await deleteSession(handle.db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );
};
