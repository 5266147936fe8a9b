import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer } from './support/spawn-server.ts';
import { copyPgliteTemplate } from './support/templates.ts';

describe('graceful shutdown', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-stop-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finishes in-flight requests on SIGTERM, then exits 0', async () => {
    await copyPgliteTemplate('seeded', dir);
    const server = await spawnServer({ JIBSA_DATA_DIR: dir, LOG_LEVEL: 'info', JIBSA_RATE_LOGIN_PER_MINUTE: '1000' });
    let answered = 0;
    const login = () =>
      fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'jibsa-demo' }),
      }).then((r) => {
        answered++;
        return r.status;
      });
    // Password hashing (argon2id, four at a time) keeps forty log-ins busy for a while.
    const inFlight = Array.from({ length: 40 }, login);
    await new Promise<void>((resolve) => {
      const seen = () => {
        if ((server.output().match(/"incoming request"/g) ?? []).length >= 40) resolve();
        else setTimeout(seen, 2);
      };
      seen();
    });
    // Every log-in has reached the server, and not all have been answered, when SIGTERM is sent.
    const answeredAtSignal = answered;
    const exited = server.stop();
    expect(answeredAtSignal).toBeLessThan(40);
    expect(await Promise.all(inFlight)).toEqual(Array(40).fill(200));
    expect(await exited).toBe(0);
    // All forty were answered although the shutdown had begun.
    expect(server.output()).toContain('shutting down');
  }, 90_000);
});
