import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Problem, ProblemError, problem } from './problem.ts';
import { type AjvIssue, fieldErrors } from './validation-messages.ts';

function send(reply: FastifyReply, request: FastifyRequest, body: Problem) {
  return reply
    .status(body.status)
    .type('application/problem+json')
    .send({ ...body, instance: request.url });
}

/** Maps Fastify's own client-error codes to stable Jibsa codes and plain words. */
const FASTIFY_CLIENT_ERRORS: Record<string, [number, string, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [
    400,
    'JIBSA_BAD_JSON',
    '요청 본문이 올바른 JSON이 아닙니다.',
    'The request body is not valid JSON.',
  ],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'JIBSA_BAD_JSON', '요청 본문이 비어 있습니다.', 'The request body is empty.'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'JIBSA_TOO_LARGE', '보낸 내용이 너무 큽니다.', 'The request body is too large.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'JIBSA_MEDIA_TYPE', '지원하지 않는 형식입니다.', 'Unsupported media type.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    400,
    'JIBSA_BAD_REQUEST',
    '요청 길이가 올바르지 않습니다.',
    'Invalid content length.',
  ],
  FST_ERR_BAD_URL: [400, 'JIBSA_BAD_REQUEST', '주소가 올바르지 않습니다.', 'The URL is malformed.'],
};

export function installErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProblemError) {
      return send(reply, request, problem(error.status, error.code, error.detail, error.detailEn, error.errors));
    }
    if (error.validation) {
      const errors = fieldErrors(error.validation as AjvIssue[], error.validationContext);
      return send(
        reply,
        request,
        problem(
          400,
          'JIBSA_VALIDATION',
          '입력한 내용을 확인해 주세요. 아래 항목에 문제가 있습니다.',
          'Please check your input: the fields below have problems.',
          errors,
        ),
      );
    }
    const known = error.code ? FASTIFY_CLIENT_ERRORS[error.code] : undefined;
    if (known) return send(reply, request, problem(...known));
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return send(reply, request, problem(status, 'JIBSA_BAD_REQUEST', '요청을 처리할 수 없습니다.', error.message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(
      reply,
      request,
      problem(
        500,
        'JIBSA_INTERNAL',
        '서버에 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.',
        'Something went wrong on the server.',
      ),
    );
  });

  app.setNotFoundHandler((request, reply) =>
    send(
      reply,
      request,
      problem(
        404,
        'JIBSA_NOT_FOUND',
        `찾는 주소가 없습니다: ${request.method} ${request.url}`,
        `No such route: ${request.method} ${request.url}`,
      ),
    ),
  );
}
