/**
 * A JSON answer as UTF-8 bytes, in one pass over the text. Buffer.from(text) walks a long string
 * twice (once to measure its UTF-8 length, once to write it); for a screening answer of ~60 KB of
 * mostly Korean text that was a tenth of a request. encodeInto writes into a scratch area sized for
 * the worst case (3 bytes per UTF-16 unit) and the used part is copied into a buffer of its own.
 * Lone surrogates become U+FFFD either way, so the bytes are the same as Buffer.from's.
 */
const encoder = new TextEncoder();

/** Above this the scratch area is not grown (rare huge answers take the two-pass way instead). */
const MAX_SCRATCH = 4 * 1024 * 1024;
let scratch = new Uint8Array(256 * 1024);

export function utf8(text: string): Buffer {
  const worst = text.length * 3;
  if (worst > scratch.length) {
    if (worst > MAX_SCRATCH) return Buffer.from(text, 'utf8');
    scratch = new Uint8Array(Math.min(MAX_SCRATCH, Math.max(worst, scratch.length * 2)));
  }
  const { written } = encoder.encodeInto(text, scratch);
  const bytes = Buffer.allocUnsafe(written);
  bytes.set(scratch.subarray(0, written));
  return bytes;
}
