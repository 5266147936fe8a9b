import { type FieldError, fieldError, ProblemError } from './problem.ts';

interface ErrorSpec {
  status: number;
  ko: string;
  en: string;
}

/**
 * Every stable error code the API answers with, in one table: a client switches on the code, a
 * person reads `detail`. Adding a code here is the only way to answer with a new one.
 */
export const ERRORS = {
  JIBSA_VALIDATION: {
    status: 400,
    ko: '입력한 내용을 확인해 주세요. 아래 항목에 문제가 있습니다.',
    en: 'Please check your input: the fields below have problems.',
  },
  JIBSA_BAD_JSON: { status: 400, ko: '요청 본문이 올바른 JSON이 아닙니다.', en: 'The request body is not valid JSON.' },
  JIBSA_BAD_REQUEST: { status: 400, ko: '요청을 처리할 수 없습니다.', en: 'The request cannot be processed.' },
  JIBSA_MALFORMED_REQUEST: {
    status: 400,
    ko: '요청의 형식이 HTTP 규칙에 맞지 않아 읽을 수 없습니다.',
    en: 'The request does not follow HTTP and cannot be read.',
  },
  JIBSA_CONSENT_MISSING: {
    status: 400,
    ko: '동의하지 않은 정보가 함께 왔습니다. 동의한 정보만 보낼 수 있습니다.',
    en: 'Data was sent without consent. Only consented data may be sent.',
  },
  JIBSA_UNAUTHORIZED: { status: 401, ko: '로그인이 필요합니다.', en: 'You need to log in.' },
  JIBSA_LOGIN_FAILED: {
    status: 401,
    ko: '아이디 또는 비밀번호가 맞지 않습니다.',
    en: 'Wrong username or password.',
  },
  JIBSA_FORBIDDEN: { status: 403, ko: '이 일을 할 권한이 없습니다.', en: 'You may not do this.' },
  JIBSA_CSRF: {
    status: 403,
    ko: '보안 확인에 실패했습니다. 화면을 새로 고친 뒤 다시 해 주세요.',
    en: 'The security check failed. Reload the page and try again.',
  },
  JIBSA_CROSS_SITE: {
    status: 403,
    ko: '다른 사이트에서 온 요청은 받을 수 없습니다.',
    en: 'Requests from another site are refused.',
  },
  JIBSA_PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    ko: '관리자가 비밀번호를 새로 정했습니다. 먼저 비밀번호를 바꿔 주세요.',
    en: 'An administrator reset your password. Change it before anything else.',
  },
  JIBSA_DEMO_PASSWORD_REMOTE: {
    status: 403,
    ko: '공개된 체험용 비밀번호로는 이 컴퓨터 밖에서 로그인할 수 없습니다. 관리자가 비밀번호를 바꿔야 합니다.',
    en: 'The published demo password only works on this machine. An administrator must change the password first.',
  },
  JIBSA_NOT_FOUND: { status: 404, ko: '찾는 것이 없습니다.', en: 'Not found.' },
  JIBSA_PROGRAM_NOT_FOUND: { status: 404, ko: '그런 제도를 찾을 수 없습니다.', en: 'No such program.' },
  JIBSA_CASE_CONFLICT: {
    status: 409,
    ko: '그사이 다른 사람이 이 사례를 고쳤습니다. 바뀐 내용을 확인한 뒤 다시 저장해 주세요.',
    en: 'Someone else changed this case meanwhile. Check what changed, then save again.',
  },
  JIBSA_CASE_STATE: {
    status: 409,
    ko: '지금 사례 상태에서는 할 수 없는 일입니다.',
    en: 'Not possible in the case’s current status.',
  },
  JIBSA_REFERRAL_STATE: {
    status: 409,
    ko: '지금 연계 상태에서는 할 수 없는 일입니다.',
    en: 'Not possible in the referral’s current state.',
  },
  JIBSA_REFERRAL_OPEN: {
    status: 409,
    ko: '이 가구는 이 서비스에 이미 연계 중입니다. 그 연계가 끝난 뒤에 다시 보낼 수 있습니다.',
    en: 'This household already has an open referral to this service. It can be sent again once that one has ended.',
  },
  JIBSA_CONFLICT: {
    status: 409,
    ko: '다른 사람이 먼저 고쳤습니다. 새로 불러온 뒤 다시 해 주세요.',
    en: 'Someone changed this first. Reload and try again.',
  },
  JIBSA_LIST_NOT_SCREENED: {
    status: 409,
    ko: '선별이 끝난 명단에서만 할 수 있습니다.',
    en: 'Only possible once the list’s screening has finished.',
  },
  JIBSA_FILE_REFUSED: {
    status: 415,
    ko: '올릴 수 없는 파일입니다.',
    en: 'This file cannot be uploaded.',
  },
  JIBSA_LIST_UNREADABLE: {
    status: 422,
    ko: '올린 파일을 가구 명단으로 읽을 수 없습니다.',
    en: 'The uploaded file cannot be read as a list of households.',
  },
  JIBSA_TOO_LARGE: { status: 413, ko: '보낸 내용이 너무 큽니다.', en: 'The request body is too large.' },
  JIBSA_REQUEST_TIMEOUT: {
    status: 408,
    ko: '요청이 다 오기까지 너무 오래 걸려 연결을 닫았습니다. 다시 보내 주세요.',
    en: 'The request took too long to arrive, so the connection was closed. Please send it again.',
  },
  JIBSA_HEADERS_TOO_LARGE: {
    status: 431,
    ko: '주소나 머리글(헤더)이 너무 깁니다. 주소를 줄여 다시 보내 주세요.',
    en: 'The address or the request headers are too long. Please shorten them and try again.',
  },
  JIBSA_MEDIA_TYPE: { status: 415, ko: '지원하지 않는 형식입니다.', en: 'Unsupported media type.' },
  JIBSA_ACCOUNT_LOCKED: {
    status: 429,
    ko: '로그인 실패가 여러 번 있어 잠시 잠겼습니다. 잠시 후 다시 해 주세요.',
    en: 'Too many failed log-ins: this account is locked for a while. Try again later.',
  },
  JIBSA_RATE_LIMITED: {
    status: 429,
    ko: '요청이 너무 많습니다. 잠시 후 다시 해 주세요.',
    en: 'Too many requests. Please try again shortly.',
  },
  JIBSA_INTERNAL: {
    status: 500,
    ko: '서버에 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.',
    en: 'Something went wrong on the server.',
  },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

/** A ProblemError for a code of the table; detail may be made more specific than the table's words. */
export function fail(
  code: ErrorCode,
  opts: { ko?: string; en?: string; errors?: FieldError[]; retryAfterSeconds?: number } = {},
): ProblemError {
  const spec: ErrorSpec = ERRORS[code];
  return new ProblemError(
    spec.status,
    code,
    opts.ko ?? spec.ko,
    opts.en ?? spec.en,
    opts.errors,
    opts.retryAfterSeconds,
  );
}

/** A 400 listing every bad field, in Korean and English, under the table's JIBSA_VALIDATION words. */
export function invalid(errors: readonly { path: string; ko: string; en: string; code?: string }[]): ProblemError {
  return fail('JIBSA_VALIDATION', { errors: errors.map((e) => fieldError(e.path, e.ko, e.en, e.code)) });
}
