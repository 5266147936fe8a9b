/**
 * Where answers are written as bytes (utf8.ts, json-bytes.ts): one large buffer that many answers
 * share, each the slice it wrote. No allocation per answer, and no copy out of a scratch area
 * (that copy was a sixth of turning an answer into bytes). Slices never overlap, so an answer still
 * being written to a socket is not touched by the next; a slab is freed when its last slice is.
 */
export const SLAB_BYTES = 1024 * 1024;
let allocate = (bytes: number): Buffer => Buffer.allocUnsafeSlow(bytes);
let slab = allocate(SLAB_BYTES);
let used = 0;

/**
 * From now on, slabs are shared memory: a screening thread (screen-worker.ts) hands its answers to
 * the request thread as they lie in the slab, with no copy, which is safe because a slice is never
 * written again once taken.
 */
export function useSharedSlabs(): void {
  allocate = (bytes) => Buffer.from(new SharedArrayBuffer(bytes));
  slab = allocate(SLAB_BYTES);
  used = 0;
}

/**
 * A place to write at least `min` bytes: the current slab from its first free byte, a new slab, or
 * for more than a slab holds a buffer of its own. Nothing is taken until `slabUsed` says how much.
 */
export function slabFor(min: number): { buf: Buffer; start: number } {
  if (SLAB_BYTES - used >= min) return { buf: slab, start: used };
  if (min > SLAB_BYTES) return { buf: Buffer.allocUnsafeSlow(min), start: 0 };
  slab = allocate(SLAB_BYTES);
  used = 0;
  return { buf: slab, start: 0 };
}

/** The bytes of `buf` up to `end` are an answer's now. The next starts on an 8-byte boundary, as Buffer's pool aligns. */
export function slabUsed(buf: Buffer, end: number): void {
  if (buf === slab) used = (end + 7) & ~7;
}

/** `bytes` copied into the slab: an answer a screening thread wrote into shared memory, made this thread's. */
export function slabCopy(bytes: Uint8Array): Buffer {
  const { buf, start } = slabFor(bytes.byteLength);
  buf.set(bytes, start);
  slabUsed(buf, start + bytes.byteLength);
  return buf.subarray(start, start + bytes.byteLength);
}
