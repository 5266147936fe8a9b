/**
 * The server's errors (RFC 9457 problem+json, packages/server/src/http/problem.ts) as the web app
 * reads them: one shape for every screen, both languages side by side, field paths kept.
 */
import type { FieldError as WireFieldError, Problem as WireProblem } from '@jibsa/server/problem';

export interface Problem {
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
  /** The server's stable code (JIBSA_VALIDATION …), or NETWORK / UNKNOWN. */
  code: string;
  detail: { ko: string; en: string };
  errors: { path: string; ko: string; en: string }[];
}

/**
 * What arrives on the wire: the server's own schema type, every part optional, because a proxy or
 * gateway in between may answer with something else.
 */
type ProblemBody = Partial<Omit<WireProblem, 'errors'>> & { errors?: Partial<WireFieldError>[] };

/** "phone: 형식이 맞지 않습니다" → "형식이 맞지 않습니다": the field is shown beside it already. */
export function stripPath(detail: string): string {
  return detail.replace(/^[\w.[\]]+:\s*/, '');
}

/**
 * The server's English field messages are predicates meant to follow a field's path ("is required.",
 * "must be at least 3 characters."); with the path gone they are made whole sentences, which is how
 * they stand under a field and after its label in the summary ("Username: This field is required.").
 */
export function englishSentence(text: string): string {
  const t = text.trim();
  if (/^(is|must|has)\b/.test(t)) return `This field ${t}`;
  return t.charAt(0).toUpperCase() + t.slice(1);
}

export function problemFrom(status: number, body: unknown): Problem {
  const p = (body && typeof body === 'object' ? body : {}) as ProblemBody;
  return {
    status,
    code: p.code ?? 'UNKNOWN',
    detail: p.detail ? { ko: p.detail, en: p.detail_en ?? p.detail } : noDetail(status),
    errors: (p.errors ?? []).map((e) => ({
      path: e.path ?? '',
      ko: stripPath(e.detail ?? ''),
      en: englishSentence(stripPath(e.detail_en ?? e.detail ?? '')),
    })),
  };
}

/** Reads a failed response's problem; a body that is not JSON still gives a usable message. */
export async function readProblem(res: Response): Promise<Problem> {
  return problemFrom(res.status, await res.json().catch(() => ({})));
}

export const NETWORK_PROBLEM: Problem = {
  status: 0,
  code: 'NETWORK',
  detail: { ko: '서버에 연결할 수 없습니다.', en: 'Cannot reach the server.' },
  errors: [],
};

/** An answer with no words of its own (a proxy's or gateway's page): said plainly, not "오류 502". */
function noDetail(status: number): { ko: string; en: string } {
  return status >= 500
    ? {
        ko: '센터 서버에 잠시 문제가 있어 처리하지 못했습니다. 조금 뒤에 다시 해 주세요.',
        en: "The center's server had a problem and could not do this. Please try again in a little while.",
      }
    : { ko: `요청을 처리하지 못했습니다 (오류 ${status}).`, en: `The request could not be done (error ${status}).` };
}
