import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer } from './support/spawn-server.ts';
import { copyPgliteTemplate } from './support/templates.ts';

/** Polls the server's output until `test` holds (the server logs each request as it arrives). */
async function until(output: () => string, test: (out: string) => boolean): Promise<void> {
  while (!test(output())) await new Promise((r) => setTimeout(r, 5));
}

/**
 * A log-in whose body is sent in two halves: the server has the request (it logs it) but cannot
 * answer until `finish` sends the rest. In flight for as long as the test wants, however fast
 * the machine hashes passwords.
 */
function heldLogin(url: string) {
  const body = Buffer.from(JSON.stringify({ username: 'admin', password: 'jibsa-demo' }));
  const half = Math.floor(body.length / 2);
  const req = http.request(`${url}/api/auth/login`, {
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': body.length },
  });
  const status = new Promise<number>((resolve, reject) => {
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
  });
  let answered = false;
  // A refused or cut request fails the test through `status`; this only notes an answer.
  status.then(
    () => {
      answered = true;
    },
    () => {},
  );
  req.write(body.subarray(0, half));
  return { status, answered: () => answered, finish: () => req.end(body.subarray(half)) };
}

describe('graceful shutdown', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-stop-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finishes in-flight requests on SIGTERM, then exits 0', async () => {
    await copyPgliteTemplate('seeded', dir);
    const server = await spawnServer({ JIBSA_DATA_DIR: dir, LOG_LEVEL: 'info', JIBSA_RATE_LOGIN_PER_MINUTE: '1000' });
    const held = Array.from({ length: 3 }, () => heldLogin(server.url));
    await until(server.output, (out) => (out.match(/"incoming request"/g) ?? []).length >= held.length);
    const exited = server.stop();
    await until(server.output, (out) => out.includes('shutting down'));
    // The shutdown has begun and no log-in has been answered: each is still waiting for its body.
    expect(held.map((h) => h.answered())).toEqual([false, false, false]);
    for (const h of held) h.finish();
    expect(await Promise.all(held.map((h) => h.status))).toEqual([200, 200, 200]);
    expect(await exited).toBe(0);
  }, 60_000);
});
