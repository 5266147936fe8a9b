/** The staff API client: cookie session plus the CSRF token on every state-changing request. */
let csrfToken = '';
export const setCsrfToken = (token: string) => {
  csrfToken = token;
};

export interface Problem {
  status: number;
  code: string;
  detail: { ko: string; en: string };
  errors: { path: string; ko: string; en: string }[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem };

const stripPath = (s: string) => s.replace(/^[\w.[\]]+:\s*/, '');

export async function api<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT',
  url: string,
  body?: unknown,
): Promise<Result<T>> {
  const form = body instanceof FormData;
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: {
        // A FormData body sets its own multipart content type (with the boundary).
        ...(body !== undefined && !form ? { 'content-type': 'application/json' } : {}),
        ...(method !== 'GET' ? { 'x-csrf-token': csrfToken } : {}),
      },
      ...(body !== undefined ? { body: form ? body : JSON.stringify(body) } : {}),
    });
  } catch {
    return {
      ok: false,
      problem: {
        status: 0,
        code: 'NETWORK',
        detail: { ko: '서버에 연결할 수 없습니다.', en: 'Cannot reach the server.' },
        errors: [],
      },
    };
  }
  if (res.ok) return { ok: true, value: (await res.json()) as T };
  const p = (await res.json().catch(() => ({}))) as {
    code?: string;
    detail?: string;
    detail_en?: string;
    errors?: { path: string; detail: string; detail_en: string }[];
  };
  return {
    ok: false,
    problem: {
      status: res.status,
      code: p.code ?? 'UNKNOWN',
      detail: { ko: p.detail ?? `오류 ${res.status}`, en: p.detail_en ?? `Error ${res.status}` },
      errors: (p.errors ?? []).map((e) => ({ path: e.path, ko: stripPath(e.detail), en: stripPath(e.detail_en) })),
    },
  };
}

/** Reads a picked file as base64 for the document upload. */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
