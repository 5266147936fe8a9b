import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { connectDatabase, type DatabaseHandle } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-accounts.ts';
import { seedDemoData } from './seed/demo-seed.ts';

export interface RunningServer {
  app: FastifyInstance;
  handle: DatabaseHandle;
  url: string;
  seeded: 'seeded' | 'already' | 'off';
  close(): Promise<void>;
}

/** Where the web build sits next to the bundled server (packages/server/dist → packages/web/dist). */
export function defaultWebDist(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');
}

export async function startServer(config: Config): Promise<RunningServer> {
  const handle = await connectDatabase(config);
  await migrateToLatest(handle.db as never);
  const seeded = config.seedDemo ? await seedDemoData(handle.db) : 'off';
  const app = await buildApp({ config: { ...config, webDist: config.webDist ?? defaultWebDist() }, handle });
  const address = await app.listen({ port: config.port, host: config.host });
  app.screenPool?.warm();
  const port = new URL(address).port;
  return {
    app,
    handle,
    seeded,
    url: `http://localhost:${port}`,
    async close() {
      // Fastify's close lets in-flight requests finish before the database goes away, but only
      // for the grace period: an answer its client never reads keeps its socket busy, and Fastify
      // closes idle sockets only, so past the grace every socket left is cut.
      const cut = setTimeout(() => app.server.closeAllConnections(), config.shutdownGraceSeconds * 1000);
      cut.unref();
      try {
        await app.close();
      } finally {
        clearTimeout(cut);
      }
      await handle.db.destroy();
    },
  };
}

export function startupBanner(server: RunningServer): string {
  const lines = [
    '',
    `  집사 Jibsa is running at ${server.url}`,
    `  API docs: ${server.url}/api/docs`,
    `  Database: ${server.handle.kind} (${server.handle.location})${server.seeded === 'seeded' ? ', demo data loaded now' : ''}`,
  ];
  if (server.seeded !== 'off') {
    lines.push(`  Demo logins (password for all: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.username.padEnd(20)} ${a.role.padEnd(10)} ${a.displayName}`);
  }
  return `${lines.join('\n')}\n`;
}
