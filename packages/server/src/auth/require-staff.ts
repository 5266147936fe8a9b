import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { ProblemError } from '../http/problem.ts';
import { findSession, type StaffIdentity } from './sessions.ts';

export const SESSION_COOKIE = 'jibsa_session';

/** The one place a route learns who is calling; every staff route goes through it. */
export async function requireStaff(request: FastifyRequest, db: Kysely<Database>): Promise<StaffIdentity> {
  const token = request.cookies[SESSION_COOKIE];
  const staff = token ? await findSession(db, token) : undefined;
  if (!staff) {
    throw new ProblemError(401, 'JIBSA_UNAUTHORIZED', '로그인이 필요합니다.', 'You need to log in.');
  }
  return staff;
}
