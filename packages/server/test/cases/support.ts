import { multipart } from '@jibsa/lists/test-files';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import { loginPerBlock, type StaffLogin } from '../support/staff.ts';

/** A small client for the case API as one staff member, over app.inject. */
export function asStaff(app: FastifyInstance, login: StaffLogin) {
  return clientOf(() => app, login);
}

/**
 * A client for a demo account logged in before the block's tests (call it after `appPerBlock`):
 * it sends to whichever app the block has at the time.
 */
export function staffPerBlock(t: { readonly app: FastifyInstance }, username: string) {
  return clientOf(() => t.app, loginPerBlock(t, username));
}

function clientOf(appNow: () => FastifyInstance, login: StaffLogin) {
  const send = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    appNow().inject({
      method,
      url,
      cookies: login.cookies,
      headers: method === 'GET' ? {} : login.csrf,
      ...(payload ? { payload } : {}),
    });
  return {
    /** The session the client sends, for a request it does not make itself. */
    login,
    /** A file sent as a browser's form sends it (one part named "file"). */
    upload: (url: string, filename: string, bytes: Buffer) => {
      const form = multipart(filename, bytes);
      return appNow().inject({
        method: 'POST',
        url,
        cookies: login.cookies,
        payload: form.payload,
        headers: { ...form.headers, ...login.csrf },
      });
    },
    get: (url: string) => send('GET', url),
    /** A read as the app makes one that must not come from a link: with the session's CSRF token. */
    getFromApp: (url: string) => appNow().inject({ method: 'GET', url, cookies: login.cookies, headers: login.csrf }),
    post: (url: string, payload: object) => send('POST', url, payload),
    patch: (url: string, payload: object) => send('PATCH', url, payload),
    delete: (url: string) => send('DELETE', url),
  };
}

export const consent = { collection: true, sharing: true };

export const householdOf = (ages: number[], monthlyIncome = 0) => ({
  address: { sido: '광주광역시', sigungu: '동구' },
  members: ages.map((age, i) => ({ age, ...(i === 0 ? { earnedIncome: monthlyIncome } : {}) })),
});

/** The smallest valid PNG signature plus some bytes: enough for content sniffing. */
export const PNG_BASE64 = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('fictional scan'),
]).toString('base64');

/**
 * Adds a 동구 counselor with the demo password (a colleague to hand a case to), or a disabled one
 * (`disabled`), beside the demo's own.
 */
export async function addDongCounselor(db: Kysely<Database>, username: string, displayName: string, disabled: boolean) {
  const { password_hash } = await db
    .selectFrom('staff_user')
    .select('password_hash')
    .where('username', '=', 'counselor.dong')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('staff_user')
    .values({
      username,
      display_name: displayName,
      role: 'counselor',
      district: 'dong',
      organization: '광주주거복지센터',
      password_hash,
      locked_until: null,
      password_changed_at: null,
      disabled_at: disabled ? new Date() : null,
    })
    .execute();
}
