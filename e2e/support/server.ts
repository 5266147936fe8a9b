import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type SpawnedServer, spawnServer } from '../../packages/server/test/support/spawn-server.ts';
import { copyPgliteTemplate } from '../../packages/server/test/support/templates.ts';

/**
 * The built product on a throw-away PGlite folder, as `npm start` runs it. The folder starts as a copy
 * of the run's migrated and seeded template, so the server finds its data as on a second start
 * (server tests cover the first start: packages/server/test/start-restart.test.ts). `env` adds settings.
 */
export async function startProduct(
  env: Record<string, string> = {},
): Promise<SpawnedServer & { cleanup(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-e2e-'));
  await copyPgliteTemplate('seeded', dir);
  const server = await spawnServer({ ...env, JIBSA_DATA_DIR: dir });
  return {
    ...server,
    async cleanup() {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
