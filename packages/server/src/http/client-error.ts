import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { ERRORS, type ErrorCode } from './error-codes.ts';
import { problem } from './problem.ts';

/** Node's parser codes for a request it could not read, as the API's codes. */
const PARSER_ERRORS: Record<string, ErrorCode> = {
  HPE_HEADER_OVERFLOW: 'JIBSA_HEADERS_TOO_LARGE',
  ERR_HTTP_REQUEST_TIMEOUT: 'JIBSA_REQUEST_TIMEOUT',
};

/**
 * Answers a request Node's HTTP parser refused (an address or headers past the size limit, bytes
 * that are not HTTP, a request that took too long to arrive) before Fastify saw it. Fastify's own
 * answer here is plain JSON in English; every error of this API is problem+json in Korean and
 * English, so this one is too. Written straight to the socket, which is then closed: the parser
 * cannot go on reading a connection it lost its place in.
 */
export function answerClientError(this: FastifyInstance, error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code = (error.code && PARSER_ERRORS[error.code]) || 'JIBSA_MALFORMED_REQUEST';
  const spec = ERRORS[code];
  // The parser's code only: the bytes it refused may hold anything, personal data included.
  // Debug, not info: a flood of such requests would otherwise flood the log too.
  this.log.debug({ parserError: error.code, status: spec.status }, 'request refused by the HTTP parser');
  // An answer already begun on this connection cannot be followed by another (as Node's own handler).
  const begun = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
  if (socket.writable && !begun) {
    const p = problem(spec.status, code, spec.ko, spec.en);
    const body = Buffer.from(JSON.stringify(p));
    const head =
      `HTTP/1.1 ${spec.status} ${p.title}\r\n` +
      'Content-Type: application/problem+json; charset=utf-8\r\n' +
      `Content-Length: ${body.length}\r\n` +
      'Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n';
    socket.write(Buffer.concat([Buffer.from(head, 'latin1'), body]));
  }
  socket.destroy(error);
}
