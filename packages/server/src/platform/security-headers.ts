import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Security headers on every answer (helmet), with a CSP the web app passes: its scripts and styles
 * are files from this server, React sets styles through the DOM, nothing loads from elsewhere.
 */
const OPTIONS: HelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  referrerPolicy: { policy: 'no-referrer' },
  crossOriginEmbedderPolicy: false,
};

interface HeaderPlan {
  set: [name: string, value: string][];
  remove: string[];
}

/**
 * What helmet does to a response with these options, found once by running its middleware on a
 * stand-in response. Every value above is a fixed string (no per-request nonce or function), so
 * the headers are the same for every answer; @fastify/helmet built the whole middleware again
 * (parsing the CSP directives) on every request, which was several percent of a small answer.
 */
export function helmetHeaders(options: HelmetOptions): HeaderPlan {
  const plan: HeaderPlan = { set: [], remove: [] };
  const res = {
    setHeader(name: string, value: unknown) {
      plan.set.push([name, String(value)]);
    },
    removeHeader(name: string) {
      plan.remove.push(name);
    },
  };
  helmet(options)({} as IncomingMessage, res as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  // helmet runs its middleware synchronously; were that to change, no header must go missing silently.
  if (plan.set.length === 0) throw new Error('helmet set no security headers');
  return plan;
}

/** The plan applied to each request's raw response before anything else, as helmet's hook did. */
export async function installSecurityHeaders(app: FastifyInstance) {
  const { set, remove } = helmetHeaders(OPTIONS);
  app.addHook('onRequest', (_request, reply, done) => {
    const raw = reply.raw;
    for (const name of remove) raw.removeHeader(name);
    for (const [name, value] of set) raw.setHeader(name, value);
    done();
  });
}

/**
 * API answers are not kept by browsers or proxies unless a route says they may be (the program
 * list with its ETag, the directory): a case, a referral or a screening is personal, and a shared
 * computer's cache or a proxy should not hold it after the staff member has gone (ASVS 8.2.1).
 */
export function noStoreByDefault(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
}
