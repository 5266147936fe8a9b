import { expect } from 'vitest';

/** Logs in through the API as a demo account: the session cookie and CSRF header for later calls. */
export async function apiLogin(url: string, username: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'jibsa-demo' }),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}
