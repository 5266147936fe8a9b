import { NETWORK_PROBLEM, type Problem, readProblem } from '../../shared/api/problem.ts';

/** The staff API client: cookie session plus the CSRF token on every request. */
let csrfToken = '';
export const setCsrfToken = (token: string) => {
  csrfToken = token;
};

export type { Problem } from '../../shared/api/problem.ts';

/**
 * Told when a request is refused for want of a session (it timed out, or ended elsewhere): the staff
 * area then asks for the log-in in place, so the screen, and what was typed on it (kept-drafts.ts),
 * come back after it rather than after a reload that would lose them.
 */
let sessionEnded: (() => void) | null = null;
export function whenSessionEnds(f: (() => void) | null): void {
  sessionEnded = f;
}
/** The log-in's own refusals (a wrong password) are not a session ending. */
const endsSession = (res: Response, url: string) => res.status === 401 && !url.startsWith('/api/auth/');

export type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export async function api<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
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
        // On reads too: a few (another 구's case opened with a reason) must come from the app, not a link.
        ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
      },
      ...(body !== undefined ? { body: form ? body : JSON.stringify(body) } : {}),
    });
  } catch {
    return { ok: false, problem: NETWORK_PROBLEM };
  }
  // 204 (password changed or reset, logged out) has no body to read.
  if (res.status === 204) return { ok: true, value: undefined as T };
  if (res.ok) return { ok: true, value: (await res.json()) as T };
  if (endsSession(res, url)) sessionEnded?.();
  return { ok: false, problem: await readProblem(res) };
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

/**
 * Downloads a file the API makes (a CSV export) with the session, then hands it to the browser
 * as a download; a refusal comes back as the problem, so the form can show it by its fields.
 */
export async function download(url: string, filename: string): Promise<Result<undefined>> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin' });
  } catch {
    return { ok: false, problem: NETWORK_PROBLEM };
  }
  if (!res.ok) {
    if (endsSession(res, url)) sessionEnded?.();
    return { ok: false, problem: await readProblem(res) };
  }
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // The click has handed the file over; the URL is freed after the browser has read it.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return { ok: true, value: undefined };
}
