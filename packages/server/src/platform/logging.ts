import type { FastifyServerOptions } from 'fastify';

/**
 * Logs carry no personal data. Requests are logged by method, path (no query string: search
 * words and reasons live there) and id; never headers, cookies, bodies or the client address.
 * Errors are logged by type, code and stack frames: a database error's message and its query
 * parameters can hold the very values that were being written, so they are left out.
 */
export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        id: req.id,
        method: req.method,
        path: String(req.url).split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: safeError as never,
    },
  };
}

export function safeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const e = err as Error & { code?: unknown; statusCode?: unknown; severity?: unknown };
  const fromDatabase = typeof e.severity === 'string' || /^[0-9A-Z]{5}$/.test(String(e.code ?? ''));
  return {
    type: e.name,
    ...(e.code !== undefined ? { code: String(e.code) } : {}),
    ...(e.statusCode !== undefined ? { statusCode: e.statusCode } : {}),
    ...(fromDatabase ? {} : { message: e.message.slice(0, 300) }),
    stack: (e.stack ?? '')
      .split('\n')
      .filter((line) => line.trimStart().startsWith('at '))
      .slice(0, 12)
      .join('\n'),
  };
}
