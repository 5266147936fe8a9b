import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, District, StaffRole } from '../db/schema.ts';

export interface StaffIdentity {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  district: District | null;
  organization: string | null;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Sessions live in the database so any server process behind a load balancer can serve any request. */
export async function createSession(db: Kysely<Database>, userId: string, days: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('session')
    .values({ token_hash: hashToken(token), user_id: userId, expires_at: new Date(Date.now() + days * 86_400_000) })
    .execute();
  return token;
}

export async function findSession(db: Kysely<Database>, token: string): Promise<StaffIdentity | undefined> {
  const row = await db
    .selectFrom('session')
    .innerJoin('staff_user', 'staff_user.id', 'session.user_id')
    .select([
      'staff_user.id',
      'staff_user.username',
      'staff_user.display_name',
      'staff_user.role',
      'staff_user.district',
      'staff_user.organization',
    ])
    .where('session.token_hash', '=', hashToken(token))
    .where('session.expires_at', '>', new Date())
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    district: row.district,
    organization: row.organization,
  };
}

export async function deleteSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('session').where('token_hash', '=', hashToken(token)).execute();
}
