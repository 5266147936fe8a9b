/**
 * A byte buffer with room for `k` more bytes after the `used` ones: the same buffer when it has
 * them, else a copy at least twice as large (doubling keeps a long list's copies to a few).
 */
export function withRoom(buf: Uint8Array<ArrayBuffer>, used: number, k: number): Uint8Array<ArrayBuffer> {
  if (used + k <= buf.length) return buf;
  let size = buf.length * 2;
  while (size < used + k) size *= 2;
  const next = new Uint8Array(size);
  next.set(buf.subarray(0, used));
  return next;
}
