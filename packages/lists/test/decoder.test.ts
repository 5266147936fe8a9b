import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { chunkDecoder } from '../src/encoding.ts';

/** The decoder's text for `bytes` arriving in the given pieces. */
async function decoded(bytes: Uint8Array, cuts: number[], encoding: 'utf-8' | 'utf-8-bom'): Promise<string> {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces: Buffer[] = [];
  let from = 0;
  for (const c of [...at, bytes.length]) {
    pieces.push(Buffer.from(bytes.subarray(from, c)));
    from = c;
  }
  const decode = chunkDecoder(encoding);
  let text = '';
  for (const piece of pieces) text += decode.write(piece);
  return text + decode.end();
}

/**
 * UTF-8 lists are decoded by the platform's TextDecoder, not iconv-lite: the text must be what
 * iconv-lite gives for the whole file (a byte-order mark dropped, bytes that are not UTF-8 made
 * U+FFFD), wherever the file's chunks happen to split a character.
 */
describe('the UTF-8 decoder reads as iconv-lite does', () => {
  const korean = fc.constantFrom('가', '힣', '광산구', '월세', ',', '"', '\r\n', 'a', '1,200,000', '🏠', 'é');
  const text = fc.array(korean, { maxLength: 60 }).map((xs) => xs.join(''));
  const junk = fc.uint8Array({ maxLength: 4 }).map((b) => b.map((x) => 0x80 | (x & 0x7f)));

  it('for text with Korean, emoji and stray bytes, split anywhere, with and without a BOM', async () => {
    await fc.assert(
      fc.asyncProperty(
        text,
        junk,
        text,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.boolean(),
        async (a, bad, b, cuts, bom) => {
          const bytes = Buffer.concat([
            Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []),
            Buffer.from(a, 'utf8'),
            Buffer.from(bad),
            Buffer.from(b, 'utf8'),
          ]);
          const want = iconv.decode(bytes, 'utf-8', { stripBOM: true });
          expect(await decoded(bytes, cuts, bom ? 'utf-8-bom' : 'utf-8')).toBe(want);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});
