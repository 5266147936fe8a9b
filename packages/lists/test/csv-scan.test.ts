import { describe, expect, it } from 'vitest';
import { csvTextBlocks, MAX_ROW_CHARS } from '../src/csv-rows.ts';
import { ListError, type SourceRow } from '../src/list-error.ts';

/** Every row (or the error that stopped the file) from CSV text handed over in the given pieces. */
async function read(pieces: string[], delimiter: string, fast: boolean) {
  const rows: SourceRow[] = [];
  try {
    async function* chunks() {
      yield* pieces;
    }
    for await (const block of csvTextBlocks(chunks(), delimiter, { fast })) rows.push(...block);
  } catch (error) {
    if (!(error instanceof ListError)) throw error;
    return { rows, error: { code: error.code, label: error.label } };
  }
  return { rows, error: null };
}

function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 4_294_967_296;
  };
  return { next, pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] as T };
}

/** Cells as lists hold them, and the odd things files hold: stray quotes, line breaks in quotes, blank cells. */
function cell(r: ReturnType<typeof random>, d: string): string {
  const word = r.pick(['김가상', '광주광역시 북구', '1948.5.1', '120만원', '0', 'O', '월세', 'a b', '똠', '']);
  const odd = r.next() < 0.15;
  if (!odd) return r.next() < 0.2 ? `"${word}"` : word;
  return r.pick([
    `"1,200,000"`,
    `"${word}${d}${word}"`,
    `"say ""hi"""`,
    `""`,
    `${word}"${word}`,
    `"${word}"${word}`,
    ` "${word}"`,
    `"${word}\r\n${word}"`,
    `"${word}\n${word}"`,
    `"${word}\r${word}"`,
    `${word}\r${word}`,
    `"${word}`,
    `${word}"`,
    `"`,
  ]);
}

function randomCsv(seed: number): { text: string; delimiter: string } {
  const r = random(seed);
  const delimiter = r.pick([',', ',', '\t', ';']);
  const eol = r.pick(['\r\n', '\r\n', '\n']);
  const lines: string[] = [];
  const records = 1 + Math.floor(r.next() * 25);
  for (let i = 0; i < records; i++) {
    const n = r.next() < 0.08 ? 0 : 1 + Math.floor(r.next() * 6);
    lines.push(Array.from({ length: n }, () => cell(r, delimiter)).join(delimiter));
  }
  let text = lines.map((l) => l + (r.next() < 0.04 ? r.pick(['\n', '\r\n', '\r']) : eol)).join('');
  if (r.next() < 0.3) text = text.slice(0, text.length - eol.length);
  return { text, delimiter };
}

/** The text cut into 1–6 pieces at random places (a read block can end anywhere, even inside CRLF). */
function pieces(text: string, seed: number): string[] {
  const r = random(seed ^ 0x5bd1e995);
  const cuts = Array.from({ length: Math.floor(r.next() * 6) }, () => Math.floor(r.next() * (text.length + 1)));
  cuts.sort((a, b) => a - b);
  const out: string[] = [];
  let at = 0;
  for (const c of [...cuts, text.length]) {
    out.push(text.slice(at, c));
    at = c;
  }
  return out;
}

describe('the CSV scanner reads rows exactly as csv-parse does', () => {
  it('on 600 random files with quotes, line breaks in quotes, blank lines and mixed line endings', async () => {
    let fallbacks = 0;
    for (let seed = 1; seed <= 600; seed++) {
      const { text, delimiter } = randomCsv(seed);
      const expected = await read([text], delimiter, false);
      const got = await read(pieces(text, seed), delimiter, true);
      expect({ seed, ...got }).toEqual({ seed, ...expected });
      if (/["\r]/.test(text)) fallbacks++;
    }
    // The generator must reach the odd cases, not only the plain ones.
    expect(fallbacks).toBeGreaterThan(200);
  });

  it('hands a record near the length limit to csv-parse, which reads it (or stops the file past the limit)', async () => {
    const long = 'x'.repeat(MAX_ROW_CHARS * 0.75);
    const text = `a,b\r\n1,2\r\n${long},3\r\n4,5\r\n`;
    const fast = await read(pieces(text, 3), ',', true);
    expect(fast).toEqual(await read([text], ',', false));
    expect(fast.rows.map((r) => r.row)).toEqual([1, 2, 3, 4]);
    const tooLong = `a,b\r\n1,2\r\n${'y'.repeat(MAX_ROW_CHARS + 10)}`;
    const stopped = await read(pieces(tooLong, 4), ',', true);
    const whole = await read([tooLong], ',', false);
    // The same stop; the rows before it are handed on or not depending on where a read block ends, as with csv-parse alone.
    expect(stopped.error).toEqual(whole.error);
    expect(stopped.rows.slice(0, whole.rows.length)).toEqual(whole.rows);
    expect(stopped.error?.code).toBe('long_line');
    expect(stopped.error?.label.ko).toContain('3번째 줄이 너무 깁니다');
  });

  it('counts rows on after the point where csv-parse takes over', async () => {
    const text = 'h1,h2\r\nA,1\r\nB,"2\r\nstill 2"\r\nC,3\r\nD,"4\r\n';
    const got = await read(pieces(text, 9), ',', true);
    expect(got.rows).toEqual([
      { row: 1, cells: ['h1', 'h2'] },
      { row: 2, cells: ['A', '1'] },
      // csv-parse counts the CR and the LF inside the quotes as a line each: kept as it was.
      { row: 5, cells: ['B', '2\r\nstill 2'] },
      { row: 6, cells: ['C', '3'] },
      { row: 7, broken: expect.objectContaining({ ko: expect.stringContaining('따옴표') }) },
    ]);
    expect(got).toEqual(await read([text], ',', false));
  });
});
