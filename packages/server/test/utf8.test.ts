import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8 } from '../src/http/utf8.ts';

describe('utf8: an answer text as bytes in one pass', () => {
  it('gives exactly the bytes Buffer.from gives, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(utf8(text).equals(Buffer.from(text, 'utf8'))).toBe(true);
      }),
      { numRuns: 2000 },
    );
    for (const text of ['', '\uD800', '\uDC00a', 'a\uD83D', '😀', '집사 Jibsa — ₩1,000', '\u0000']) {
      expect(utf8(text).equals(Buffer.from(text, 'utf8'))).toBe(true);
    }
  });

  it('returns bytes of its own: the next answer does not overwrite the last', () => {
    const first = utf8('가'.repeat(1000));
    const copy = Buffer.from(first);
    utf8('b'.repeat(5000));
    expect(first.equals(copy)).toBe(true);
  });

  it('grows for long texts and falls back for very long ones, with the same bytes', () => {
    // 100,000 Korean syllables need 300 KB of scratch (more than it starts with); 2 M need more than it ever holds.
    for (const n of [100_000, 2_000_000]) {
      const text = `${'한'.repeat(n)}end`;
      const bytes = utf8(text);
      expect(bytes.length).toBe(n * 3 + 3);
      expect(bytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
    }
  });

  it('never hands out overlapping bytes: every answer kept stays as written across many slabs', () => {
    // ~3 MB of answers of mixed sizes, all kept: each must still equal its own text's bytes at the end.
    const texts = Array.from(
      { length: 400 },
      (_, i) => `{"n":${i},"t":"${'집사'.repeat((i * 37) % 2000)}${'x'.repeat(i)}"}`,
    );
    const kept = texts.map((t) => utf8(t));
    texts.forEach((t, i) => {
      expect(kept[i]?.equals(Buffer.from(t, 'utf8'))).toBe(true);
    });
  });
});
