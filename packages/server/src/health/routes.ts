import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { migrationsCurrent } from '../db/migrate.ts';

const Health = Type.Object({ status: Type.String() });
const Ready = Type.Object({ status: Type.String(), database: Type.String(), migrations: Type.String() });

export async function healthRoutes(app: FastifyInstance) {
  const handle = app.database;
  app.get(
    '/healthz',
    { schema: { tags: ['operations'], summary: 'Alive (프로세스 동작 확인)', response: { 200: Health } } },
    async () => ({ status: 'ok' }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['operations'],
        summary: 'Ready: database reachable and migrations current (DB 연결·마이그레이션 확인)',
        response: { 200: Ready, 503: Ready },
      },
    },
    async (_request, reply) => {
      try {
        await sql`select 1`.execute(handle.db);
        const current = await migrationsCurrent(handle.db as never);
        return reply.status(current ? 200 : 503).send({
          status: current ? 'ready' : 'not-ready',
          database: handle.kind,
          migrations: current ? 'current' : 'pending',
        });
      } catch {
        return reply.status(503).send({ status: 'not-ready', database: 'unreachable', migrations: 'unknown' });
      }
    },
  );
}
