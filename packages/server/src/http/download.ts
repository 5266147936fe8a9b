import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

/** A file to save: its type, an ASCII name for old clients and the Korean name for the rest; never cached. */
export function download(reply: FastifyReply, type: string, ascii: string, korean: string, body: Readable) {
  return reply
    .type(type)
    .header('cache-control', 'no-store')
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(korean)}`)
    .send(body);
}
