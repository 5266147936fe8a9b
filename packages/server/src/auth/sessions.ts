import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database, District, StaffRole, StaffUserTable } from '../db/schema.ts';

export interface StaffIdentity {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  district: District | null;
  organization: string | null;
  /** An administrator reset the password: only change-password, log-out and "who am I" answer. */
  mustChangePassword: boolean;
}

/** The columns of a staff_user row that say who someone is (never the hash, never the lock). */
type IdentityRow = Pick<
  Selectable<StaffUserTable>,
  'id' | 'username' | 'display_name' | 'role' | 'district' | 'organization' | 'must_change_password'
>;

/** Who a staff_user row is, as sessions carry it and the admin screens begin an account with. */
export function staffIdentity(row: IdentityRow): StaffIdentity {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    district: row.district,
    organization: row.organization,
    mustChangePassword: row.must_change_password,
  };
}

export interface StaffSession {
  staff: StaffIdentity;
  csrfToken: string;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Sessions live in the database so any server process behind a load balancer can serve any request. */
export async function createSession(
  db: Kysely<Database>,
  userId: string,
  lifetimeSeconds: number,
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db
    .insertInto('session')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      expires_at: new Date(Date.now() + lifetimeSeconds * 1000),
      csrf_token: csrfToken,
    })
    .execute();
  return { token, csrfToken };
}

/** A live session: not past its lifetime and used within the idle limit. Touching it keeps it alive. */
export async function findSession(
  db: Kysely<Database>,
  token: string,
  idleMinutes: number,
): Promise<StaffSession | undefined> {
  const now = Date.now();
  const row = await db
    .selectFrom('session')
    .innerJoin('staff_user', 'staff_user.id', 'session.user_id')
    .select([
      'session.token_hash',
      'session.csrf_token',
      'session.last_seen_at',
      'staff_user.id',
      'staff_user.username',
      'staff_user.display_name',
      'staff_user.role',
      'staff_user.district',
      'staff_user.organization',
      'staff_user.must_change_password',
    ])
    .where('session.token_hash', '=', hashToken(token))
    // Disabling ends the sessions too; this keeps a session made in the same instant from living on.
    .where('staff_user.disabled_at', 'is', null)
    .where('session.expires_at', '>', new Date(now))
    .where('session.last_seen_at', '>', new Date(now - idleMinutes * 60_000))
    .executeTakeFirst();
  if (!row) return undefined;
  // One write a minute at most, not one per request.
  if (now - new Date(row.last_seen_at).getTime() > 60_000) {
    await db
      .updateTable('session')
      .set({ last_seen_at: new Date(now) })
      .where('token_hash', '=', row.token_hash)
      .execute();
  }
  return {
    csrfToken: row.csrf_token,
    staff: staffIdentity(row),
  };
}

export async function deleteSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('session').where('token_hash', '=', hashToken(token)).execute();
}

/** Ends every session of a user (password changed, account disabled), except the one given. */
export async function endSessionsOf(db: Kysely<Database>, userId: string, keepToken?: string): Promise<void> {
  let q = db.deleteFrom('session').where('user_id', '=', userId);
  if (keepToken) q = q.where('token_hash', '!=', hashToken(keepToken));
  await q.execute();
}

/** Expired and idle sessions are deleted, not just ignored. */
export async function purgeSessions(db: Kysely<Database>, idleMinutes: number): Promise<number> {
  const now = Date.now();
  const result = await db
    .deleteFrom('session')
    .where((eb) =>
      eb.or([eb('expires_at', '<=', new Date(now)), eb('last_seen_at', '<=', new Date(now - idleMinutes * 60_000))]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
