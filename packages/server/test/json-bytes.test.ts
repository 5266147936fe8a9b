import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keptBytes, writeJson } from '../src/http/json-bytes.ts';

/** `[s0, s1, …]` written with the byte writer: strings, a kept piece, a number, as the lean answer mixes them. */
function written(strings: readonly string[], n: number | null = 1.5): Buffer {
  return writeJson((out) => {
    out.ascii('[');
    for (const s of strings) {
      out.string(s);
      out.ascii(',');
    }
    out.bytes(keptBytes('{"kept":"집사"}'));
    out.ascii(',');
    out.number(n);
    out.ascii(']');
  });
}

const expected = (strings: readonly string[], n: number | null = 1.5) =>
  Buffer.from(JSON.stringify([...strings, { kept: '집사' }, n]), 'utf8');

describe('writeJson: JSON straight into UTF-8 bytes', () => {
  it('writes any string as JSON.stringify does, escapes and lone surrogates included', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 200 }), { maxLength: 8 }), (strings) => {
        expect(written(strings).equals(expected(strings))).toBe(true);
      }),
      { numRuns: 1500 },
    );
    const odd = ['', '"', '\\', '\n\u0001\u001f', '\uD800', 'a\uDC00', '😀', '\u2028', '집사 Jibsa — ₩1,000'];
    expect(written(odd).toString()).toBe(JSON.stringify([...odd, { kept: '집사' }, 1.5]));
  });

  it('writes numbers as JSON.stringify does: not finite is null', () => {
    for (const n of [0, -0, 12.5, 1e21, 247000, Number.NaN, Number.POSITIVE_INFINITY, null])
      expect(written([], n).equals(expected([], n))).toBe(true);
  });

  it('grows past the room it starts with and past a whole slab, keeping what it wrote', () => {
    // 50,000 and 400,000 Korean syllables a string: 150 KB (over the 128 KB start) and 1.2 MB (over a slab).
    for (const n of [50_000, 400_000]) {
      const strings = ['앞', '한'.repeat(n), 'end'];
      expect(written(strings).equals(expected(strings))).toBe(true);
    }
  });

  it('never hands out overlapping bytes: every answer kept stays as written across many slabs', () => {
    const all = Array.from({ length: 300 }, (_, i) => [`${i}`, '집사'.repeat((i * 53) % 3000), 'x'.repeat(i * 7)]);
    const kept = all.map((strings) => written(strings));
    all.forEach((strings, i) => {
      expect(kept[i]?.equals(expected(strings))).toBe(true);
    });
  });
});
