import iconv from 'iconv-lite';

/** The text encodings a list may come in. CP949 is what Korean Excel saves "CSV" as. */
export const ENCODINGS = ['utf-8', 'utf-8-bom', 'cp949', 'utf-16le', 'utf-16be'] as const;
export type TextEncoding = (typeof ENCODINGS)[number];

/**
 * Guesses a text file's encoding from its first bytes: a byte-order mark settles it; otherwise
 * text that is valid UTF-8 is UTF-8 and anything else is taken as CP949 (a superset of EUC-KR,
 * with the 8,822 extra syllables 통합형 한글 adds). ASCII alone reads the same either way.
 */
export function detectEncoding(head: Uint8Array): TextEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8-bom';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return isUtf8(trimPartial(head)) ? 'utf-8' : 'cp949';
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A sample cut mid-character would look invalid: drop an incomplete UTF-8 sequence at its end. */
function trimPartial(bytes: Uint8Array): Uint8Array {
  let i = bytes.length - 1;
  let back = 0;
  while (i >= 0 && back < 3 && ((bytes[i] as number) & 0xc0) === 0x80) {
    i--;
    back++;
  }
  if (i < 0) return bytes;
  const lead = bytes[i] as number;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return need > back + 1 ? bytes.subarray(0, i) : bytes;
}

/** Text from a file's bytes in pieces: `write` each piece as it comes, then `end`. */
export interface ChunkDecoder {
  write(bytes: Uint8Array): string;
  end(): string;
}

/**
 * A decoder for the encoding that is handed each piece of the file and gives back its text (a
 * character split between pieces comes whole with the later one); a byte-order mark is dropped.
 * Called rather than piped, so no stream between the file and the reader buffers text ahead of
 * it: what the reader has taken is what the file's progress counts (csv-rows.ts). UTF-8, what most
 * lists are, goes through the platform's TextDecoder (about twice as fast as iconv-lite on a 100 MB
 * list; bytes that are not UTF-8 become U+FFFD either way); the rest through iconv-lite.
 */
export function chunkDecoder(encoding: TextEncoding): ChunkDecoder {
  if (encoding === 'utf-8' || encoding === 'utf-8-bom') {
    // ignoreBOM false: a leading byte-order mark is consumed, as iconv-lite's stripBOM does.
    const text = new TextDecoder('utf-8', { ignoreBOM: false });
    return { write: (bytes) => text.decode(bytes, { stream: true }), end: () => text.decode() };
  }
  const iconvDecoder = iconv.getDecoder(encoding, { stripBOM: true });
  // A Buffer over the same memory (the file's pieces already are Buffers), not a copy of each piece.
  const view = (b: Uint8Array) => (Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength));
  return { write: (bytes) => iconvDecoder.write(view(bytes)), end: () => iconvDecoder.end() ?? '' };
}

/** Encodes text, for tests and for writing files Korean Excel opens as it expects. */
export function encode(text: string, encoding: TextEncoding): Buffer {
  if (encoding === 'utf-8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  return iconv.encode(text, encoding, { addBOM: encoding.startsWith('utf-16') });
}
