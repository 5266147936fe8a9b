import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { safeError } from '../platform/logging.ts';
import { ERRORS, type ErrorCode, fail } from './error-codes.ts';
import { type Problem, ProblemError, problem } from './problem.ts';
import { type AjvIssue, fieldErrors } from './validation-messages.ts';

function send(reply: FastifyReply, request: FastifyRequest, body: Problem, retryAfterSeconds?: number) {
  if (retryAfterSeconds !== undefined) reply.header('retry-after', String(retryAfterSeconds));
  return reply
    .status(body.status)
    .type('application/problem+json')
    .send({ ...body, instance: request.url.split('?')[0] });
}

function sendProblemError(reply: FastifyReply, request: FastifyRequest, error: ProblemError) {
  return send(
    reply,
    request,
    problem(error.status, error.code, error.detail, error.detailEn, error.errors),
    error.retryAfterSeconds,
  );
}

/** Fastify's own client-error codes, mapped to the stable Jibsa codes of the table. */
const FASTIFY_CLIENT_ERRORS: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'JIBSA_BAD_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'JIBSA_BAD_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'JIBSA_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'JIBSA_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'JIBSA_BAD_REQUEST',
  FST_ERR_BAD_URL: 'JIBSA_BAD_REQUEST',
  FST_ERR_ASYNC_CONSTRAINT: 'JIBSA_BAD_REQUEST',
  // @fastify/multipart's
  FST_PARTS_LIMIT: 'JIBSA_TOO_LARGE',
  FST_FILES_LIMIT: 'JIBSA_TOO_LARGE',
  FST_FIELDS_LIMIT: 'JIBSA_TOO_LARGE',
  FST_PROTO_VIOLATION: 'JIBSA_BAD_REQUEST',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'JIBSA_MEDIA_TYPE',
  FST_MP_PREMATURE_CLOSE: 'JIBSA_BAD_REQUEST',
};

/** Words for codes whose table entry alone would say too little. */
const SPECIFIC_WORDS: Record<string, { ko: string; en: string }> = {
  FST_ERR_BAD_URL: { ko: '주소가 올바르지 않습니다.', en: 'The URL is malformed.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { ko: '요청 본문이 비어 있습니다.', en: 'The request body is empty.' },
  FST_PARTS_LIMIT: {
    ko: '한 번에 보낸 항목이 너무 많습니다. 파일 하나만 보내 주세요.',
    en: 'Too many parts: send one file.',
  },
  FST_FILES_LIMIT: { ko: '파일은 한 번에 하나만 보낼 수 있습니다.', en: 'Send one file at a time.' },
  FST_FIELDS_LIMIT: { ko: '파일과 함께 보낸 항목이 너무 많습니다.', en: 'Too many fields were sent with the file.' },
};

// busboy (under @fastify/multipart) reports a body that is not well-formed multipart with plain
// Errors, no code: a client's mistake (no boundary, an empty or over-long one, the wrong one, a body
// or a file cut short), not a 500. Its messages, as busboy words them, are all there is to go on.
const MALFORMED_MULTIPART =
  /^(Multipart: Boundary not found|Boundary required|The needle cannot .+)$|unexpected end of multipart data$/i;

function clientProblem(error: FastifyError): ProblemError | undefined {
  if (!error.code && MALFORMED_MULTIPART.test(error.message)) {
    return fail('JIBSA_BAD_REQUEST', {
      ko: '파일을 보낸 형식(multipart/form-data)이 올바르지 않거나 중간에 끊겼습니다. 파일을 다시 골라 보내 주세요.',
      en: 'The file upload (multipart/form-data) is malformed or was cut short. Please choose the file and send it again.',
    });
  }
  const known = error.code ? FASTIFY_CLIENT_ERRORS[error.code] : undefined;
  if (!known) return undefined;
  const words = SPECIFIC_WORDS[error.code];
  return words ? fail(known, words) : fail(known);
}

/** Errors Fastify raises before routing (a bad %-encoding in the URL …) answer as problems too. */
export function sendFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  return sendProblemError(reply, request, clientProblem(error) ?? fail('JIBSA_BAD_REQUEST'));
}

export function installErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProblemError) return sendProblemError(reply, request, error);
    if (error.validation) {
      const errors = fieldErrors(error.validation as AjvIssue[], error.validationContext);
      return sendProblemError(reply, request, fail('JIBSA_VALIDATION', { errors }));
    }
    const known = clientProblem(error);
    if (known) return sendProblemError(reply, request, known);
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return send(reply, request, problem(status, 'JIBSA_BAD_REQUEST', ERRORS.JIBSA_BAD_REQUEST.ko, error.message));
    }
    request.log.error({ err: safeError(error) }, 'unhandled error');
    return sendProblemError(reply, request, fail('JIBSA_INTERNAL'));
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblemError(
      reply,
      request,
      fail('JIBSA_NOT_FOUND', {
        ko: `찾는 주소가 없습니다: ${request.method} ${request.url.split('?')[0]}`,
        en: `No such route: ${request.method} ${request.url.split('?')[0]}`,
      }),
    ),
  );
}
