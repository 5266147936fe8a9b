import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { DatabaseHandle } from '../db/connect.ts';
import type { Database } from '../db/schema.ts';

/** What every domain plugin reads from the app: the configuration and the database. */
export interface AppContext {
  config: Config;
  handle: DatabaseHandle;
}

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    database: DatabaseHandle;
    db: Kysely<Database>;
  }
}

/** Shares config and database with every encapsulated domain plugin (fastify-plugin lifts the decorators). */
export const contextPlugin = fp<AppContext>(
  async (app, ctx) => {
    app.decorate('config', ctx.config);
    app.decorate('database', ctx.handle);
    app.decorate('db', ctx.handle.db);
  },
  { name: 'jibsa-context' },
);
