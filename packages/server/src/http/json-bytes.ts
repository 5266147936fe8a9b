import { slabFor, slabUsed } from './slab.ts';

/**
 * JSON written straight into UTF-8 bytes, for answers built from many pieces, most of them the same
 * for every request. Joining the pieces as text makes a rope, and turning a rope into bytes first
 * copies every piece into one flat string, then encodes it all, shared pieces included: for a
 * 60 KB screening answer that flattening cost about as much as the encoding. Here each shared piece
 * is encoded once and copied as bytes (`bytes`), JSON's punctuation is written byte by byte
 * (`ascii`), and only text that differs per request is encoded (`string`), straight into place.
 *
 * `writeJson` runs the writer to the end before it returns, so no two answers are ever written at
 * once; the bytes come from the shared slab (slab.ts), one slice an answer.
 */
export function writeJson(write: (out: JsonBytes) => void): Buffer {
  const out = new JsonBytes();
  write(out);
  return out.done();
}

/** What JSON.stringify escapes: quote, backslash, control characters, and surrogates (a lone one is escaped). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what JSON must escape.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** Room a slice starts with: a default screening answer is ~60 KB; a longer one grows (`room`). */
const START_BYTES = 128 * 1024;

export class JsonBytes {
  private buf: Buffer;
  private start: number;
  private pos: number;

  constructor() {
    const s = slabFor(START_BYTES);
    this.buf = s.buf;
    this.start = s.start;
    this.pos = s.start;
  }

  /** JSON's own characters and numbers: ASCII only, one byte each. */
  ascii(text: string): void {
    this.room(text.length);
    const b = this.buf;
    let p = this.pos;
    for (let i = 0; i < text.length; i++) b[p++] = text.charCodeAt(i);
    this.pos = p;
  }

  /** Bytes encoded once and kept (a shared label, a figure). */
  bytes(u: Uint8Array): void {
    this.room(u.length);
    this.buf.set(u, this.pos);
    this.pos += u.length;
  }

  /** A string as JSON.stringify writes it, as UTF-8: quoted, escaped only where it must be. */
  string(x: string): void {
    if (NEEDS_ESCAPE.test(x)) {
      const json = JSON.stringify(x);
      this.room(json.length * 3);
      this.pos += this.buf.write(json, this.pos);
      return;
    }
    // At most 3 bytes per UTF-16 unit, so the write is never cut short.
    this.room(x.length * 3 + 2);
    const b = this.buf;
    b[this.pos++] = 0x22;
    this.pos += b.write(x, this.pos);
    b[this.pos++] = 0x22;
  }

  /** A number as JSON.stringify writes it (not finite: null). */
  number(x: number | null): void {
    this.ascii(x === null || !Number.isFinite(x) ? 'null' : `${x}`);
  }

  done(): Buffer {
    const out = this.buf.subarray(this.start, this.pos);
    slabUsed(this.buf, this.pos);
    return out;
  }

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    // Moved to a slab of its own with room to spare; what was written so far comes along.
    const written = this.pos - this.start;
    const s = slabFor(Math.max(START_BYTES, (written + n) * 2));
    this.buf.copy(s.buf, s.start, this.start, this.pos);
    this.buf = s.buf;
    this.start = s.start;
    this.pos = s.start + written;
  }
}

/** Text as kept bytes, for `JsonBytes.bytes`. */
export const keptBytes = (text: string): Uint8Array => Buffer.from(text, 'utf8');
