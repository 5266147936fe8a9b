import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { readConfig } from '../../src/config.ts';
import { connectDatabase, type DatabaseHandle } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { seedDemoData } from '../../src/seed/demo-seed.ts';

/** An in-process app on a fresh PGlite folder (or a given PostgreSQL URL), for app.inject() tests. */
export async function makeTestApp(opts: { databaseUrl?: string; seed?: boolean } = {}): Promise<{
  app: FastifyInstance;
  handle: DatabaseHandle;
  close(): Promise<void>;
}> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-test-'));
  const config = { ...readConfig({ LOG_LEVEL: 'silent' }), dataDir, databaseUrl: opts.databaseUrl, webDist: undefined };
  const handle = await connectDatabase(config);
  await migrateToLatest(handle.db as never);
  if (opts.seed !== false) await seedDemoData(handle.db);
  const app = await buildApp({ config, handle });
  return {
    app,
    handle,
    async close() {
      await app.close();
      await handle.db.destroy();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
