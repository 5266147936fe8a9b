import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { auditRefusal } from '../audit/audit-log.ts';
import type { AuditAction } from '../audit/vocabulary.ts';
import { fail } from '../http/error-codes.ts';
import { overClientLimit } from '../platform/rate-limit.ts';
import { findSession, type StaffSession } from './sessions.ts';

export const SESSION_COOKIE = 'jibsa_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What a session whose password an administrator reset may still do. */
const BEFORE_PASSWORD_CHANGE = new Set([
  'GET /api/auth/me',
  'GET /api/auth/session',
  'POST /api/auth/password',
  'POST /api/auth/logout',
]);
/** How each refusal is audited. */
const REFUSED = {
  JIBSA_CROSS_SITE: 'refused.cross_site',
  JIBSA_UNAUTHORIZED: 'refused.unauthorized',
  JIBSA_CSRF: 'refused.csrf',
  JIBSA_PASSWORD_CHANGE_REQUIRED: 'refused.password_change_required',
} as const satisfies Record<string, AuditAction>;

/**
 * A request another site made the browser send (a link, a form, a script) may carry the staff
 * cookie but never speaks for the staff member: refused before it can read, write or leave an
 * audit reason. Browsers say where a request came from in Sec-Fetch-Site and Origin.
 */
export function isCrossSite(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    // Compared as origins, so a default port written out (http://x:80) matches one left out.
    return new URL(origin).origin !== new URL(`${request.protocol}://${request.host}`).origin;
  } catch {
    return true;
  }
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/**
 * The live session the request's cookie names, if any, with nothing refused or audited: what
 * requireStaff checks further, and what a public route reads to show staff a little more (which
 * board posts they may change).
 */
export async function sessionOf(request: FastifyRequest): Promise<StaffSession | undefined> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return undefined;
  return findSession(request.server.db, token, request.server.config.sessionIdleMinutes);
}

/**
 * The one place a staff route learns who is calling. It refuses cross-site requests, missing or
 * idle sessions, and state changes (or reads asked to be) without the session's CSRF token; each
 * refusal is audited.
 */
export async function requireStaff(
  request: FastifyRequest,
  /**
   * `csrf`: a read that must come from the app itself, not from a link (opening another 구's
   * case with a reason: a link could carry someone else's reason and open it in the staff
   * member's name).
   */
  opts: { csrf?: boolean } = {},
): Promise<StaffSession> {
  const { config } = request.server;
  const refuse = async (code: keyof typeof REFUSED, actorId: string | null) => {
    // Anyone can be refused: past a per-address limit the answer is 429 and, after the first of
    // those, nothing is written, so an anonymous client cannot grow the append-only audit log.
    const over = actorId ? undefined : overClientLimit(request, 'refused', config.rateLimits.refusedPerMinute);
    if (over) {
      if (over.first) {
        await auditRefusal(request, null, 'refused.rate_limited', 'rate_limited');
      }
      return fail('JIBSA_RATE_LIMITED', { retryAfterSeconds: over.retryAfterSeconds });
    }
    await auditRefusal(request, actorId, REFUSED[code]);
    return fail(code);
  };
  if (isCrossSite(request)) throw await refuse('JIBSA_CROSS_SITE', null);
  const session = await sessionOf(request);
  if (!session) throw await refuse('JIBSA_UNAUTHORIZED', null);
  if (!SAFE_METHODS.has(request.method) || opts.csrf) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameToken(sent, session.csrfToken)) {
      throw await refuse('JIBSA_CSRF', session.staff.id);
    }
  }
  if (
    session.staff.mustChangePassword &&
    !BEFORE_PASSWORD_CHANGE.has(`${request.method} ${request.routeOptions.url}`)
  ) {
    throw await refuse('JIBSA_PASSWORD_CHANGE_REQUIRED', session.staff.id);
  }
  return session;
}
