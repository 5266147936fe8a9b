import type { FastifyInstance } from 'fastify';
import { beforeAll } from 'vitest';

export interface StaffLogin {
  cookies: Record<string, string>;
  /** Headers a state-changing request of this session must carry. */
  csrf: Record<string, string>;
}

/** Logs a demo account in through the API, as the staff web app does. */
export async function loginAs(app: FastifyInstance, username: string, password = 'jibsa-demo'): Promise<StaffLogin> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'jibsa_session');
  return { cookies: { jibsa_session: cookie?.value ?? '' }, csrf: { 'x-csrf-token': res.json().csrfToken } };
}

/**
 * A demo account logged in before the block's tests, once the block's app is made (call it after
 * `appPerBlock`, whose hook runs first): the object reads as that login.
 */
export function loginPerBlock(t: { readonly app: FastifyInstance }, username: string): StaffLogin {
  let login: StaffLogin | undefined;
  beforeAll(async () => {
    login = await loginAs(t.app, username);
  });
  const now = (): StaffLogin => {
    if (!login) throw new Error(`${username} is logged in only while the block's tests run`);
    return login;
  };
  return {
    get cookies() {
      return now().cookies;
    },
    get csrf() {
      return now().csrf;
    },
  };
}
