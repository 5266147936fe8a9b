import { SLAB_BYTES, slabFor, slabUsed } from './slab.ts';

/**
 * A JSON answer as UTF-8 bytes, in one pass over the text. Buffer.from(text) walks a long string
 * twice (once to measure its UTF-8 length, once to write it); for a screening answer of ~60 KB of
 * mostly Korean text that was a tenth of a request. encodeInto writes straight into the shared slab
 * (slab.ts). Lone surrogates become U+FFFD either way, so the bytes are the same as Buffer.from's.
 */
const encoder = new TextEncoder();

export function utf8(text: string): Buffer {
  // Room for the worst case (3 bytes per UTF-16 unit), so encodeInto always writes the whole text;
  // a text that might not fit in a slab takes the two-pass way.
  const worst = text.length * 3;
  if (worst > SLAB_BYTES) return Buffer.from(text, 'utf8');
  const { buf, start } = slabFor(worst);
  const { written } = encoder.encodeInto(text, buf.subarray(start));
  slabUsed(buf, start + written);
  return buf.subarray(start, start + written);
}
