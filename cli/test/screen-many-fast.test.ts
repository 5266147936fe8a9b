import fs from 'node:fs';
import path from 'node:path';
import { encode, type SourceRow } from '@jibsa/lists';
import { csvText, random, randomList, tempDir } from '@jibsa/lists/test-files';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScreenManyOptions } from '../src/screen-many-command.ts';
import { runScreenMany } from './support/io.ts';

const tmp = tempDir();
afterAll(() => tmp.remove());

/** Runs screen-many on the column path (fast) or a row at a time through household objects (as before it). */
const run = (opts: Partial<ScreenManyOptions>, fast: boolean) => runScreenMany({ ...opts, fast });

/** A random list as a CSV file, with lines csv-parse reads in its own way (stray quotes, a quote never closed). */
function listFile(seed: number): string {
  const { headers, rows } = randomList(seed, 400);
  const r = random(seed);
  const lines = rows.flatMap((row: SourceRow) => ('cells' in row ? [csvText([row.cells]).trimEnd()] : []));
  if (seed % 2 === 0) lines.splice(Math.floor(r.next() * lines.length), 0, `가상,"30만"원,x`, '');
  if (seed % 4 === 1) lines.push(`가상,"10만`);
  const text = `${csvText([headers]).trimEnd()}\r\n${lines.join('\r\n')}\r\n`;
  const encoding = (['utf-8', 'utf-8-bom', 'cp949'] as const)[seed % 3] as 'utf-8';
  return tmp.file(`list-${seed}.csv`, encode(text, encoding));
}

describe('screen-many on the column path', () => {
  it('writes the same results, error report, messages and exit code as the row path, on random lists', async () => {
    let badRows = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const file = listFile(seed);
      const outputs = [];
      for (const fast of [true, false]) {
        const out = path.join(tmp.dir, `results-${seed}.csv`);
        const errors = path.join(tmp.dir, `errors-${seed}.csv`);
        fs.rmSync(out, { force: true });
        fs.rmSync(errors, { force: true });
        const ran = await run({ in: file, out, errors }, fast);
        outputs.push({
          seed,
          ...ran,
          results: fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : null,
          errors: fs.existsSync(errors) ? fs.readFileSync(errors, 'utf8') : null,
        });
      }
      expect(outputs[0]).toEqual(outputs[1]);
      badRows += (outputs[0]?.errors ?? '').split('\r\n').length - 2;
    }
    expect(badRows).toBeGreaterThan(100);
  }, 90_000);

  it('the same NDJSON, and the same row errors on standard error, as the row path', async () => {
    for (const seed of [21, 22]) {
      const file = listFile(seed);
      const [fast, slow] = [await run({ in: file, to: 'ndjson' }, true), await run({ in: file, to: 'ndjson' }, false)];
      expect(fast).toEqual(slow);
      expect(fast.err).toMatch(/\d+행 · 열 "/);
    }
  });

  it('gives reasons only with --explain', async () => {
    const file = listFile(3);
    const plain = await run({ in: file }, true);
    expect(plain.out.split('\r\n', 1)[0]).not.toContain('이유');
    const explained = await run({ in: file, explain: true }, true);
    expect(explained.out.split('\r\n', 1)[0]).toContain('주거급여 (임차급여) 이유');
  });
});
