import type { FastifyRequest } from 'fastify';
import { recordAudit } from '../audit/audit-log.ts';
import { fail } from '../http/error-codes.ts';
import { clientKey, countHit } from '../platform/rate-limit.ts';
import { DEMO_PASSWORD } from '../seed/demo-accounts.ts';
import { hashPassword, verifyAgainstNothing, verifyPassword } from './password.ts';
import type { StaffIdentity } from './sessions.ts';

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * This machine only: the peer is loopback and so is every address a proxy says it relays for. A
 * reverse proxy on the same machine connects from 127.0.0.1 whether or not JIBSA_TRUST_PROXY
 * names it, so its X-Forwarded-For is read here even when it is not believed for anything else
 * (a forged header can only make this stricter).
 */
function fromThisMachine(request: FastifyRequest): boolean {
  if (!LOOPBACK.test(request.ip)) return false;
  if (request.headers.forwarded !== undefined || request.headers['x-real-ip'] !== undefined) return false;
  const relayed = [request.headers['x-forwarded-for'] ?? []].flat().flatMap((h) => h.split(','));
  return relayed.every((address) => LOOPBACK.test(address.trim()));
}

/**
 * Checks a log-in: per-address rate limit, account lock-out after repeated failures, the same
 * time spent for unknown accounts, and the published demo password usable only on this machine.
 * Every outcome is audited, successes too (an admin asking who logged in when found only the
 * failures), by username, the staff account's own name, never the password.
 */
export async function checkLogin(request: FastifyRequest, username: string, password: string): Promise<StaffIdentity> {
  const { db, config } = request.server;
  const limits = config.rateLimits;
  const audit = (outcome: 'ok' | 'login_failed' | 'locked' | 'rate_limited' | 'denied', actorId: string | null) =>
    recordAudit(db, request, {
      actorId,
      action: 'auth.login',
      subjectType: 'staff_user',
      subjectIds: [username],
      outcome,
    });

  const perIp = await countHit(request, `login:${clientKey(request)}`, limits.loginPerMinutePerIp);
  if (!perIp.allowed) {
    if (perIp.firstRefusal) await audit('rate_limited', null);
    throw fail('JIBSA_RATE_LIMITED', { retryAfterSeconds: perIp.retryAfterSeconds });
  }

  const user = await db.selectFrom('staff_user').selectAll().where('username', '=', username).executeTakeFirst();
  if (!user) {
    await verifyAgainstNothing(password);
    await audit('login_failed', null);
    throw fail('JIBSA_LOGIN_FAILED');
  }
  if (user.locked_until && user.locked_until.getTime() > Date.now()) {
    await verifyAgainstNothing(password);
    await audit('locked', user.id);
    const retryAfterSeconds = Math.ceil((user.locked_until.getTime() - Date.now()) / 1000);
    throw fail('JIBSA_ACCOUNT_LOCKED', { retryAfterSeconds });
  }

  const checked = await verifyPassword(password, user.password_hash);
  if (!checked.ok) {
    const failures = user.failed_logins + 1;
    const lock = failures >= limits.loginFailuresBeforeLock;
    await db
      .updateTable('staff_user')
      .set({
        failed_logins: lock ? 0 : failures,
        locked_until: lock ? new Date(Date.now() + limits.lockMinutes * 60_000) : user.locked_until,
      })
      .where('id', '=', user.id)
      .execute();
    await audit(lock ? 'locked' : 'login_failed', user.id);
    throw fail('JIBSA_LOGIN_FAILED');
  }
  // A disabled account answers exactly as a wrong password does: no telling which accounts exist.
  if (user.disabled_at) {
    await audit('denied', user.id);
    throw fail('JIBSA_LOGIN_FAILED');
  }

  if (password === DEMO_PASSWORD && !fromThisMachine(request)) {
    await audit('denied', user.id);
    throw fail('JIBSA_DEMO_PASSWORD_REMOTE');
  }

  await db
    .updateTable('staff_user')
    .set({
      failed_logins: 0,
      locked_until: null,
      // A hash from before argon2id is replaced now that the password is known to be right.
      ...(checked.outdated ? { password_hash: await hashPassword(password) } : {}),
    })
    .where('id', '=', user.id)
    .execute();
  await audit('ok', user.id);
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    role: user.role,
    district: user.district,
    organization: user.organization,
    mustChangePassword: user.must_change_password,
  };
}
