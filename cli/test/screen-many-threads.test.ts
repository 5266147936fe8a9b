import fs from 'node:fs';
import path from 'node:path';
import { encode, type SourceRow } from '@jibsa/lists';
import { csvText, random, randomList, tempDir } from '@jibsa/lists/test-files';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScreenManyOptions } from '../src/screen-many-command.ts';
import { runScreenMany } from './support/io.ts';

const tmp = tempDir();
afterAll(() => tmp.remove());

/** screen-many with the list read on a worker thread, or on the main thread as before. */
const run = (opts: Partial<ScreenManyOptions>, threads: boolean) => runScreenMany({ ...opts, threads });

/** Both ways, with results and error files read back. */
async function both(name: string, opts: Partial<ScreenManyOptions>) {
  const outputs = [];
  for (const threads of [true, false]) {
    const out = path.join(tmp.dir, `${name}-results.csv`);
    const errors = path.join(tmp.dir, `${name}-errors.csv`);
    fs.rmSync(out, { force: true });
    fs.rmSync(errors, { force: true });
    const ran = await run({ out, errors, ...opts }, threads);
    const read = (f: string) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : null);
    outputs.push({ ...ran, results: read(out), errors: read(errors) });
  }
  return outputs;
}

/** A random list (UTF-8, with BOM, or CP949) with a quoted comma, a line break inside quotes, stray quotes. */
function listFile(seed: number, rows = 3000): string {
  const { headers, rows: list } = randomList(seed, rows);
  const r = random(seed);
  const lines = list.flatMap((row: SourceRow) => ('cells' in row ? [csvText([row.cells]).trimEnd()] : []));
  const at = () => Math.floor(r.next() * lines.length);
  if (seed % 2 === 0) lines.splice(at(), 0, `가상,"30만"원,x`, '');
  lines.splice(at(), 0, csvText([['이, "가상"', ...headers.slice(1).map(() => '')]]).trimEnd());
  if (seed % 3 === 1) lines.splice(at(), 0, csvText([['박\n가상', ...headers.slice(1).map(() => '1')]]).trimEnd());
  const text = `${csvText([headers]).trimEnd()}\r\n${lines.join('\r\n')}\r\n`;
  const encoding = (['utf-8', 'utf-8-bom', 'cp949'] as const)[seed % 3] as 'utf-8';
  return tmp.file(`list-${seed}.csv`, encode(text, encoding));
}

describe('screen-many reading the list on a worker thread', () => {
  it('writes the same results, error report, messages and exit code as on one thread', async () => {
    for (let seed = 1; seed <= 3; seed++) {
      const [threads, one] = await both(`seed-${seed}`, { in: listFile(seed) });
      expect(threads).toEqual(one);
      expect(one?.errors?.split('\r\n').length).toBeGreaterThan(3);
      expect(one?.results?.split('\r\n').length).toBeGreaterThan(300);
    }
  }, 120_000);

  it('the same on a list of many blocks (the worker reads ahead, waits, and hands them over in order)', async () => {
    const text = fs.readFileSync(listFile(3), 'utf8');
    const [header, ...lines] = text.split('\r\n');
    const body = lines.filter((l) => l !== '').join('\r\n');
    // About 4.5 MiB: blocks are read a MiB at a time, and the worker waits three blocks ahead.
    const copies = Math.ceil((4.5 * 2 ** 20) / body.length);
    const file = tmp.file('long-list.csv', `${header}\r\n${Array(copies).fill(body).join('\r\n')}\r\n`);
    const [threads, one] = await both('blocks', { in: file });
    expect(threads).toEqual(one);
    expect(one?.results?.split('\r\n').length).toBeGreaterThan(10_000);
  }, 120_000);

  it('the same where figures for the date are missing (households sent over from the worker)', async () => {
    const file = listFile(7, 500);
    const [threads, one] = await both('missing', { in: file, to: 'ndjson', date: '2024-01-01' });
    expect(threads).toEqual(one);
    expect(one?.results).toContain('unavailableParameter');
  });

  it('stops with the same message on a line too long to be a row', async () => {
    const file = tmp.file('long.csv', `성명,보증금\r\n가상,1\r\n${'가'.repeat(300_000)}\r\n`);
    const [threads, one] = await both('long', { in: file });
    expect(threads).toEqual(one);
    expect(one?.code).toBe(1);
    expect(one?.err).toContain('너무 깁니다');
  });
});
