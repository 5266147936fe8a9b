/**
 * A JSON answer as UTF-8 bytes, in one pass over the text. Buffer.from(text) walks a long string
 * twice (once to measure its UTF-8 length, once to write it); for a screening answer of ~60 KB of
 * mostly Korean text that was a tenth of a request. encodeInto writes straight into a slab sized
 * for many answers, and each answer is the slice it wrote: no copy and no allocation per answer
 * (copying out of a scratch area into a buffer of its own was a sixth of this step). Slices never
 * overlap, so an answer still being written to a socket is not touched by the next; a slab is
 * freed when its last slice is. Lone surrogates become U+FFFD either way, so the bytes are the
 * same as Buffer.from's.
 */
const encoder = new TextEncoder();

/** One slab holds a dozen default screening answers; a text that might not fit in one takes the two-pass way. */
const SLAB_BYTES = 1024 * 1024;
let slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
let used = 0;

export function utf8(text: string): Buffer {
  // Room for the worst case (3 bytes per UTF-16 unit), so encodeInto always writes the whole text.
  const worst = text.length * 3;
  if (worst > SLAB_BYTES) return Buffer.from(text, 'utf8');
  if (SLAB_BYTES - used < worst) {
    slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
    used = 0;
  }
  const start = used;
  const { written } = encoder.encodeInto(text, slab.subarray(start));
  // The next slice starts on an 8-byte boundary, as Buffer's own pool aligns its slices.
  used = start + ((written + 7) & ~7);
  return slab.subarray(start, start + written);
}
