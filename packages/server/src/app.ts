import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { adminRoutes } from './admin/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { boardRoutes } from './board/routes.ts';
import { caseDomain } from './cases/plugin.ts';
import { consultationRoutes } from './consultations/routes.ts';
import { directoryDomain } from './directory/plugin.ts';
import { exportRoutes } from './exports/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { answerClientError } from './http/client-error.ts';
import { installErrorHandling, sendFrameworkError } from './http/error-handler.ts';
import { refuseHostileInput } from './http/hostile-input.ts';
import { installOpenApi } from './http/openapi.ts';
import { plainTextInput } from './http/plain-text.ts';
import { strictBodySchemaController } from './http/validators.ts';
import { noticeRoutes } from './notices/routes.ts';
import { outreachDomain } from './outreach/plugin.ts';
import { pathwayRoutes } from './pathway/routes.ts';
import { type AppContext, contextPlugin } from './platform/context.ts';
import { startHousekeeping } from './platform/housekeeping.ts';
import { loggerOptions, safeError } from './platform/logging.ts';
import { rateCountersPlugin } from './platform/rate-limit.ts';
import { installSecurityHeaders, noStoreByDefault } from './platform/security-headers.ts';
import { programRoutes } from './programs/routes.ts';
import { referralDomain } from './referrals/plugin.ts';
import { screeningRoutes } from './screening/routes.ts';
import { ScreenPool } from './screening/screen-pool.ts';
import { statsRoutes } from './stats/routes.ts';

export type { AppContext } from './platform/context.ts';

/** Each domain is one encapsulated plugin owning its routes, schemas and queries. */
const DOMAINS = [
  healthRoutes,
  authRoutes,
  consultationRoutes,
  screeningRoutes,
  programRoutes,
  caseDomain,
  pathwayRoutes,
  statsRoutes,
  adminRoutes,
  boardRoutes,
  noticeRoutes,
  directoryDomain,
  referralDomain,
  exportRoutes,
  outreachDomain,
];

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export interface BuildOptions {
  /** Log lines go here instead of standard output (tests read them). */
  logStream?: NodeJS.WritableStream;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route as registered: the fuzz and OpenAPI tests walk this, not a list of their own. */
    routeList: { method: string; url: string; hidden: boolean }[];
  }
}

export async function buildApp(ctx: AppContext, options: BuildOptions = {}): Promise<FastifyInstance> {
  const trustProxy = ctx.config.trustProxy;
  const app = Fastify({
    logger: loggerOptions(ctx.config.logLevel, options.logStream),
    trustProxy: trustProxy || false,
    // A request id from outside is believed only from a configured proxy, and only if it looks like one.
    requestIdHeader: false,
    genReqId: (req) => {
      const sent = trustProxy ? req.headers['x-request-id'] : undefined;
      return typeof sent === 'string' && SAFE_REQUEST_ID.test(sent) ? sent : randomUUID();
    },
    schemaController: strictBodySchemaController,
    bodyLimit: 1024 * 1024,
    frameworkErrors: sendFrameworkError,
    clientErrorHandler: answerClientError,
    routerOptions: { maxParamLength: 200 },
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const routeList: FastifyInstance['routeList'] = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routeList.push({ method, url: route.url, hidden: Boolean(route.schema?.hide) });
    }
  });
  const pool =
    ctx.config.screenThreads > 0
      ? new ScreenPool(ctx.config.screenThreads, undefined, (error) =>
          app.log.error({ err: safeError(error) }, 'screening threads cannot start: screening on the request thread'),
        )
      : null;
  app.decorate('screenPool', pool);
  if (pool) app.addHook('onClose', () => pool.close());
  await app.register(contextPlugin, ctx);
  await app.register(rateCountersPlugin);
  installErrorHandling(app);
  refuseHostileInput(app);
  plainTextInput(app);
  await installSecurityHeaders(app);
  noStoreByDefault(app);
  await installOpenApi(app);
  await app.register(cookie);
  for (const domain of DOMAINS) await app.register(domain);
  startHousekeeping(app);

  await serveWebApp(app, ctx.config.webDist);
  return app;
}

/** A file under the build's assets/ folder made after the server started, by its path there; else null. */
function builtLater(webDist: string, url: string): string | null {
  const name = url.split('?')[0] ?? '';
  // Hashed asset names only: no '..', no encoded characters, nothing outside assets/.
  if (!/^\/assets\/[\w.-]+$/.test(name) || name.includes('..')) return null;
  return fs.existsSync(path.join(webDist, name)) ? name.slice(1) : null;
}

/** The production web build is served by the same server; client routes fall back to index.html. */
async function serveWebApp(app: FastifyInstance, webDist: string | undefined) {
  if (!webDist || !fs.existsSync(path.join(webDist, 'index.html'))) return;
  await app.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: false, index: 'index.html' });
  // Browsers and bookmarks still ask for /favicon.ico: answer with the SVG icon, not a 404.
  if (fs.existsSync(path.join(webDist, 'favicon.svg'))) {
    app.get('/favicon.ico', { schema: { hide: true } }, (_request, reply) =>
      reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').sendFile('favicon.svg'),
    );
  }
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    // Browser navigation gets the app (client-side routes); anything else gets a 404 problem.
    const wantsHtml = (request.headers.accept ?? '').includes('text/html');
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    if (wantsHtml) return reply.sendFile('index.html');
    // Files are routed as found at start (wildcard: false): a build made while the server runs
    // gives index.html new asset names, which were 404s, and every page went blank until a restart.
    const asset = builtLater(webDist, request.url);
    return asset ? reply.sendFile(asset) : reply.callNotFound();
  });
}
