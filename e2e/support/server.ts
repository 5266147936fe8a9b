import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type SpawnedServer, spawnServer } from '../../packages/server/test/support/spawn-server.ts';

/** The built product on a throw-away PGlite folder, as `npm start` runs it. */
export async function startProduct(): Promise<SpawnedServer & { cleanup(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-e2e-'));
  const server = await spawnServer({ JIBSA_DATA_DIR: dir });
  return {
    ...server,
    async cleanup() {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
