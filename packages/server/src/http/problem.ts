import { type Static, Type } from 'typebox';

const FieldErrorSchema = Type.Object({
  path: Type.String({ description: 'The field, dotted ("members.1.age"), or "(body)"' }),
  code: Type.String(),
  detail: Type.String(),
  detail_en: Type.String(),
});

/** RFC 9457 problem details, with a stable `code` a client can switch on. The type comes from the schema. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String({ description: 'Stable machine-readable code, e.g. JIBSA_VALIDATION' }),
    detail: Type.String({ description: '사람이 읽는 설명 (한국어)' }),
    detail_en: Type.String({ description: 'Human-readable explanation (English)' }),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(FieldErrorSchema)),
  },
  { $id: 'Problem', title: 'Problem (RFC 9457)' },
);

export type Problem = Static<typeof ProblemSchema>;
/** One field's problem, in both languages. */
export type FieldError = Static<typeof FieldErrorSchema>;

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly detailEn: string,
    readonly errors?: FieldError[],
    /** For 429 and 503: sent as Retry-After. */
    readonly retryAfterSeconds?: number,
  ) {
    super(detailEn);
    this.name = 'ProblemError';
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problem(
  status: number,
  code: string,
  detail: string,
  detailEn: string,
  errors?: FieldError[],
): Problem {
  return {
    type: `https://jibsa.kr/problems/${code
      .toLowerCase()
      .replace(/^jibsa_/, '')
      .replaceAll('_', '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    code,
    detail,
    detail_en: detailEn,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

/** One field error in both languages, the field named in each. */
export function fieldError(path: string, ko: string, en: string, code = 'invalid'): FieldError {
  return { path, code, detail: `${path}: ${ko}`, detail_en: `${path}: ${en}` };
}
