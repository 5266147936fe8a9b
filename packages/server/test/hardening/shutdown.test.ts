// A stop must not hang on a client that never finishes its request or never reads its answer.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { startServer } from '../../src/server.ts';
import { copyPgliteTemplate } from '../support/templates.ts';

it('cuts a connection still busy after the grace period', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-shutdown-'));
  await copyPgliteTemplate('migrated', dataDir);
  const server = await startServer({
    ...readConfig({ LOG_LEVEL: 'silent', PORT: '0', JIBSA_SEED_DEMO: 'false', JIBSA_SHUTDOWN_GRACE_SECONDS: '1' }),
    dataDir,
    webDist: undefined,
  });
  try {
    const port = Number(new URL(server.url).port);
    // A request whose body never arrives: its handler waits, so Fastify counts the socket busy.
    const stuck = net.connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => stuck.once('connect', () => resolve()));
    stuck.write(
      'POST /api/screen HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{',
    );
    const cut = new Promise<void>((resolve) => stuck.once('close', () => resolve()));
    await new Promise((r) => setTimeout(r, 200));

    const started = Date.now();
    await server.close();
    const took = Date.now() - started;
    await cut;
    expect(took).toBeGreaterThanOrEqual(900);
    expect(took).toBeLessThan(5000);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}, 30_000);
