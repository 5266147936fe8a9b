import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTestApp } from '../support/app.ts';

describe('the web build, rebuilt while the server runs', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-web-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<script src="/assets/index-old.js"></script>');
  fs.writeFileSync(path.join(dist, 'assets', 'index-old.js'), 'old()');
  fs.writeFileSync(path.join(dist, 'secret.txt'), 'not a build file');
  let close: (() => Promise<void>) | undefined;
  afterAll(async () => {
    await close?.();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it("serves the new index.html's new asset files (they were 404s: every page went blank until a restart)", async () => {
    const t = await makeTestApp({ seed: false, webDist: dist });
    close = t.close;
    const get = (url: string, accept = '*/*') => t.app.inject({ method: 'GET', url, headers: { accept } });
    expect((await get('/assets/index-old.js')).body).toBe('old()');
    // A rebuild: new names, the old file gone.
    fs.writeFileSync(path.join(dist, 'index.html'), '<script src="/assets/index-new.js"></script>');
    fs.writeFileSync(path.join(dist, 'assets', 'index-new.js'), 'new()');
    expect((await get('/#/staff', 'text/html')).body).toContain('index-new.js');
    const fresh = await get('/assets/index-new.js?v=1');
    expect(fresh.statusCode).toBe(200);
    expect(fresh.body).toBe('new()');
    expect(fresh.headers['content-type']).toMatch(/javascript/);
    // Nothing else on the disk is reachable this way, and a missing file is still a 404 problem.
    for (const url of [
      '/assets/..%2f..%2fpackage.json',
      '/assets/%2e%2e%2fsecret.txt',
      '/assets/missing.js',
      '/package.json',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toMatch(/problem\+json/);
    }
  });
});
