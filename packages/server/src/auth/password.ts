import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { hash, verify } from '@node-rs/argon2';

/** OWASP Password Storage Cheat Sheet: argon2id, 19 MiB, 2 iterations, 1 lane. */
// algorithm 2 is Argon2id (a const enum in the binding's types, so named by value here).
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

const scryptAsync = promisify(scrypt) as (pw: string, salt: Buffer, len: number, opts: object) => Promise<Buffer>;

/**
 * Checks a password against a stored hash. Hashes from before argon2id (scrypt, N=2^14, below
 * OWASP's 2^17) still verify once and say so, so the caller can store a new hash.
 */
export async function verifyPassword(password: string, stored: string): Promise<{ ok: boolean; outdated: boolean }> {
  if (stored.startsWith('$argon2id$')) {
    const ok = await verify(stored, password).catch(() => false);
    return {
      ok,
      outdated: ok && !stored.includes(`m=${ARGON2.memoryCost},t=${ARGON2.timeCost},p=${ARGON2.parallelism}`),
    };
  }
  const [scheme, n, r, p, saltText, keyText] = stored.split('$');
  if (scheme !== 'scrypt' || !saltText || !keyText) return { ok: false, outdated: false };
  const expected = Buffer.from(keyText, 'base64');
  const key = await scryptAsync(password, Buffer.from(saltText, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 64 * 1024 * 1024,
  });
  const ok = timingSafeEqual(key, expected);
  return { ok, outdated: ok };
}

let dummy: Promise<string> | undefined;

/**
 * Spends the same time as a real check when the username is unknown, so a wrong password for
 * an existing account cannot be told apart from an unknown account by its answer time.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(password, await dummy);
  return false;
}
