import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { sweepEvery } from '../platform/every.ts';

const EVERY_MS = 10 * 60_000;

/**
 * Uploaded lists are personal data kept for a set time (the administrator's setting, else
 * JIBSA_OUTREACH_RETENTION_DAYS, 90 by default): past it the list, its jobs and results go from the
 * database and its file from disk. Each list's delete_after is its upload plus that setting: set at
 * upload and moved for every list when the setting changes (retention-setting.ts).
 */
export async function deleteExpiredLists(app: FastifyInstance, uploadsDir: string): Promise<number> {
  const gone = await app.db
    .deleteFrom('outreach_list')
    .where('delete_after', '<', sql<Date>`now()`)
    .returning(['id', 'storage_name'])
    .execute();
  for (const list of gone) fs.rmSync(path.join(uploadsDir, list.storage_name), { force: true });
  return gone.length;
}

export function startRetention(app: FastifyInstance, uploadsDir: string) {
  sweepEvery(app, EVERY_MS, 'outreach retention sweep failed', async () => {
    const n = await deleteExpiredLists(app, uploadsDir);
    if (n > 0) app.log.info({ lists: n }, 'outreach lists past their retention deleted');
  });
}
