import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/connect.ts';
import { installErrorHandling } from './http/error-handler.ts';
import { installOpenApi } from './http/openapi.ts';
import { authRoutes } from './routes/auth.ts';
import { consultationRoutes } from './routes/consultations.ts';
import { healthRoutes } from './routes/health.ts';
import { screeningRoutes } from './routes/screening.ts';

export interface AppContext {
  config: Config;
  handle: DatabaseHandle;
}

export async function buildApp(ctx: AppContext): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: ctx.config.logLevel },
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    ajv: { customOptions: { allErrors: true, coerceTypes: 'array', removeAdditional: false } },
    bodyLimit: 2 * 1024 * 1024,
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  installErrorHandling(app);
  await installOpenApi(app);
  await app.register(cookie);
  await app.register(healthRoutes, ctx);
  await app.register(authRoutes, ctx);
  await app.register(consultationRoutes, ctx);
  await app.register(screeningRoutes, ctx);

  await serveWebApp(app, ctx.config.webDist);
  return app;
}

/** The production web build is served by the same server; client routes fall back to index.html. */
async function serveWebApp(app: FastifyInstance, webDist: string | undefined) {
  if (!webDist || !fs.existsSync(path.join(webDist, 'index.html'))) return;
  await app.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: false, index: 'index.html' });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    // Browser navigation gets the app (client-side routes); anything else gets a 404 problem.
    const wantsHtml = (request.headers.accept ?? '').includes('text/html');
    if (request.url.startsWith('/api/') || !wantsHtml) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
}
