import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: a person reads this code aloud to a counselor over the phone.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function newReference(): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `JB-${code.slice(0, 3)}-${code.slice(3)}`;
}
