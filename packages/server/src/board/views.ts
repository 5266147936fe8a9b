import { createHmac, randomBytes } from 'node:crypto';
import { todayIso } from '@jibsa/programs';
import type { FastifyRequest } from 'fastify';
import { sql } from 'kysely';

/**
 * 조회 수 counts a visitor once per post per day without keeping who they are: the visitor is a
 * keyed hash of address and browser, the key is random for each day, and yesterday's keys and
 * rows are deleted, after which nobody can tell whose visit a row was.
 */
export async function countView(request: FastifyRequest, postId: string): Promise<boolean> {
  const db = request.server.db;
  const day = todayIso();
  const saltKey = `board_view_salt:${day}`;
  await db
    .insertInto('app_meta')
    .values({ key: saltKey, value: JSON.stringify(randomBytes(32).toString('base64')) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const salt = await db.selectFrom('app_meta').select('value').where('key', '=', saltKey).executeTakeFirstOrThrow();
  const visitor = createHmac('sha256', String(salt.value))
    .update(`${request.ip}|${request.headers['user-agent'] ?? ''}`)
    .digest('base64url')
    .slice(0, 22);
  const inserted = await db
    .insertInto('board_view')
    .values({ post_id: postId, day, visitor })
    .onConflict((oc) => oc.columns(['post_id', 'day', 'visitor']).doNothing())
    .returning('post_id')
    .executeTakeFirst();
  if (!inserted) return false;
  await db.updateTable('board_post').set({ views: sql`views + 1` }).where('id', '=', postId).execute();
  return true;
}

/** Deletes the days before today: their salts and visitor rows. */
export async function forgetOldViews(request: FastifyRequest): Promise<void> {
  const day = todayIso();
  await request.server.db.deleteFrom('board_view').where('day', '<', day).execute();
  await request.server.db
    .deleteFrom('app_meta')
    .where('key', 'like', 'board_view_salt:%')
    .where('key', '<', `board_view_salt:${day}`)
    .execute();
}
