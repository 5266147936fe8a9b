import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer } from './support/spawn-server.ts';

describe('graceful shutdown', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-stop-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finishes in-flight requests on SIGTERM, then exits 0', async () => {
    const server = await spawnServer({ JIBSA_DATA_DIR: dir, LOG_LEVEL: 'info', JIBSA_RATE_LOGIN_PER_MINUTE: '1000' });
    const login = () =>
      fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'jibsa-demo' }),
      }).then((r) => r.status);
    // Password hashing keeps each log-in busy for a while: these are in flight when SIGTERM lands.
    const inFlight = Array.from({ length: 16 }, login);
    await new Promise<void>((resolve) => {
      const seen = () => {
        if ((server.output().match(/"incoming request"/g) ?? []).length >= 16) resolve();
        else setTimeout(seen, 2);
      };
      seen();
    });
    const exited = server.stop();
    expect(await Promise.all(inFlight)).toEqual(Array(16).fill(200));
    expect(await exited).toBe(0);
    // The shutdown began while log-ins were still being answered, not after they were all done.
    const out = server.output();
    expect(out.indexOf('shutting down')).toBeGreaterThan(-1);
    expect(out.indexOf('shutting down')).toBeLessThan(out.lastIndexOf('"request completed"'));
  }, 90_000);
});
