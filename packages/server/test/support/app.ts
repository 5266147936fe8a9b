import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { readConfig } from '../../src/config.ts';
import { connectDatabase, type DatabaseHandle } from '../../src/db/connect.ts';
import { copyPgliteTemplate, prepareDatabase } from './templates.ts';

/** An in-process app on a fresh PGlite folder (or a given PostgreSQL URL), for app.inject() tests. */
export async function makeTestApp(
  opts: {
    databaseUrl?: string;
    seed?: boolean;
    /** Environment settings as an operator would give them (JIBSA_RATE_…, JIBSA_TRUST_PROXY …). */
    env?: Record<string, string>;
    /** Where log lines go (to read them in a test); silent otherwise. */
    logStream?: NodeJS.WritableStream;
    /** A web build to serve, as `npm start` serves packages/web/dist; none otherwise. */
    webDist?: string;
  } = {},
): Promise<{
  app: FastifyInstance;
  handle: DatabaseHandle;
  close(): Promise<void>;
}> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-test-'));
  // Tests send many requests from one address: generous limits unless a test sets its own.
  const env = {
    LOG_LEVEL: opts.logStream ? 'info' : 'silent',
    JIBSA_RATE_SCREEN_PER_MINUTE: '100000',
    JIBSA_RATE_SCREEN_BATCH_PER_MINUTE: '100000',
    JIBSA_RATE_CONSULTATIONS_PER_MINUTE: '100000',
    JIBSA_RATE_LOGIN_PER_MINUTE: '100000',
    JIBSA_RATE_REFUSED_PER_MINUTE: '100000',
    ...opts.env,
  };
  const config = { ...readConfig(env), dataDir, databaseUrl: opts.databaseUrl, webDist: opts.webDist };
  const kind = opts.seed === false ? 'migrated' : 'seeded';
  const copied = !opts.databaseUrl && (await copyPgliteTemplate(kind, dataDir));
  const handle = await connectDatabase(config);
  // A copied folder is ready. A PostgreSQL database made from the run's template is too: migrating
  // and seeding then find their markers and return.
  if (!copied) await prepareDatabase(handle.db, kind);
  const app = await buildApp({ config, handle }, { logStream: opts.logStream });
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

export type TestApp = Awaited<ReturnType<typeof makeTestApp>>;

/**
 * The app of one describe block: made before its tests and closed after them, or made fresh for each
 * test with `each` (no test then leans on another's data). The object stands for whichever app is
 * current, so tests read `t.app` and `t.handle` as from a TestApp, without a `let` and two hooks each.
 */
export function appPerBlock<O extends object>(
  make: (opts?: O) => Promise<TestApp>,
  opts: O & { each?: boolean } = {} as O,
): TestApp {
  const { each, ...appOptions } = opts;
  let current: TestApp | undefined;
  const now = (): TestApp => {
    if (!current) throw new Error('the block’s app is made only while its tests run');
    return current;
  };
  (each ? beforeEach : beforeAll)(async () => {
    current = await make(appOptions as O);
  });
  (each ? afterEach : afterAll)(async () => {
    await current?.close();
    current = undefined;
  });
  return {
    get app() {
      return now().app;
    },
    get handle() {
      return now().handle;
    },
    close: () => now().close(),
  };
}
