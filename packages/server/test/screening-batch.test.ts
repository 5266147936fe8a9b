import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { screenManyCommand } from '../../../cli/src/screen-many-command.ts';
import { ndjsonLines } from '../src/screening/ndjson-lines.ts';
import { appPerBlock, makeTestApp } from './support/app.ts';
import { ELDERLY_RENTER } from './support/households.ts';

const renter = ELDERLY_RENTER;
const NDJSON = { 'content-type': 'application/x-ndjson' };
type Line = { line: number; ok: boolean; programs?: { id: string; status: string; amount: number | null }[] };
const linesOf = (body: string) =>
  body
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line & { errors?: { path: string; code?: string; message: { ko: string } }[] });

describe('POST /api/screen/batch (NDJSON in, NDJSON out)', () => {
  const t = appPerBlock(makeTestApp, { seed: false });
  const batch = (payload: string, headers: Record<string, string> = NDJSON, query = '?date=2026-03-01') =>
    t.app.inject({ method: 'POST', url: `/api/screen/batch${query}`, payload, headers });

  it('answers good and bad lines by line number, in the rows `jibsa screen-many` writes', async () => {
    const input = [
      JSON.stringify(renter),
      '',
      '{oops',
      JSON.stringify({ region: 'mars', members: [{ age: -3 }] }),
      JSON.stringify({ ...renter, monthlyRent: 600_000 }),
    ].join('\n');
    const res = await batch(input);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = linesOf(res.body);
    expect(lines.map((l) => [l.line, l.ok])).toEqual([
      [1, true],
      [3, false],
      [4, false],
      [5, true],
    ]);
    expect(lines[0]?.programs?.find((p) => p.id === 'housing-benefit.rent')).toMatchObject({
      status: 'eligible',
      amount: 247_000,
    });
    expect(lines[1]?.errors?.[0]?.message.ko).toMatch(/JSON 형식이 아닙니다/);
    expect(lines[2]?.errors?.map((e) => e.path).sort()).toEqual(['members[0].age', 'region']);
    // The CLI, given the same lines, writes the same rows.
    let out = '';
    const io = {
      stdout: { write: (s: string | Uint8Array) => (out += String(s)) },
      stderr: { write: () => true },
      stdin: Readable.from([input]),
    };
    await screenManyCommand(
      {
        in: undefined,
        out: undefined,
        from: 'ndjson',
        to: 'ndjson',
        errors: undefined,
        mapping: undefined,
        explain: false,
        date: '2026-03-01',
        lang: 'ko',
      },
      io,
    );
    expect(lines).toEqual(linesOf(out));
  });

  it('reports an oversized line and screens the lines after it', async () => {
    const long = JSON.stringify({ ...renter, note: 'x'.repeat(70 * 1024) });
    const res = await batch([long, JSON.stringify(renter)].join('\n'));
    expect(res.statusCode).toBe(200);
    const lines = linesOf(res.body);
    expect(lines.map((l) => [l.line, l.ok])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(lines[0]?.errors?.[0]).toMatchObject({ path: '', code: 'lineTooLong' });
    expect(lines[0]?.errors?.[0]?.message.ko).toMatch(/[가-힣]/);
    // The limits of every request body hold for each line: nesting, characters.
    const deep = `{"members":${'['.repeat(20)}${']'.repeat(20)}}`;
    const refused = linesOf((await batch([deep, JSON.stringify({ region: 'a\u0000' })].join('\n'))).body);
    expect(refused.map((l) => [l.line, l.ok, l.errors?.[0]?.code])).toEqual([
      [1, false, 'depth'],
      [2, false, 'character'],
    ]);
  });

  it('refuses an empty body, a wrong content type and a bad date with problem+json 4xx', async () => {
    const refusals = [
      await batch(''),
      await batch('\n  \n'),
      await batch(JSON.stringify(renter), { 'content-type': 'application/json' }),
      await batch(JSON.stringify(renter), { 'content-type': 'text/plain' }),
      await batch(JSON.stringify(renter), NDJSON, '?date=2025-02-30'),
      await batch(JSON.stringify(renter), NDJSON, '?date=2026-03-01&extra=1'),
    ];
    expect(refusals.map((r) => r.statusCode)).toEqual([400, 400, 415, 415, 400, 400]);
    for (const r of refusals) {
      expect(r.headers['content-type']).toMatch(/problem\+json/);
      expect(r.json().detail).toMatch(/[가-힣]/);
    }
  });

  it('streams: the first answer comes back before the request body has ended', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const firstAnswer = await new Promise<string>((resolve, reject) => {
      const req = http.request({ port, method: 'POST', path: '/api/screen/batch?date=2026-03-01', headers: NDJSON });
      req.on('error', reject);
      req.on('response', (res) => {
        res.setEncoding('utf8');
        res.once('data', (chunk: string) => {
          resolve(chunk);
          // Only now does the rest of the body go: the server answered line 1 while waiting for it.
          req.end(`${JSON.stringify(renter)}\n`);
          res.resume();
        });
      });
      req.write(`${JSON.stringify(renter)}\n`);
    });
    expect(linesOf(firstAnswer)[0]).toMatchObject({ line: 1, ok: true });
  });
});

describe('NDJSON line reader', () => {
  const read = async (chunks: string[], limits = { maxLineBytes: 10, maxBytes: 1000, maxLines: 3 }) => {
    const out = [];
    for await (const block of ndjsonLines(Readable.from(chunks.map((c) => Buffer.from(c))), limits)) out.push(...block);
    return out;
  };

  it('joins lines across chunks (also inside a Korean character), skips blank lines, counts them', async () => {
    const bytes = Buffer.from('{"a":"가"}\n\n[1]');
    const chunks = [bytes.subarray(0, 7), bytes.subarray(7)].map((b) => b.toString('latin1'));
    const out = [];
    for await (const block of ndjsonLines(Readable.from(chunks.map((c) => Buffer.from(c, 'latin1'))), {
      maxLineBytes: 20,
      maxBytes: 100,
      maxLines: 3,
    }))
      out.push(...block);
    expect(out).toEqual([
      { line: 1, text: '{"a":"가"}' },
      { line: 3, text: '[1]' },
    ]);
  });

  it('reports a line over the limit without keeping it, then stops at the line and byte limits', async () => {
    expect(await read(['12345', '678901234\n1\r\n', '2\n3\n4\n'])).toEqual([
      { line: 1, refused: 'lineTooLong' },
      { line: 2, text: '1' },
      { line: 3, text: '2' },
      { line: 4, refused: 'tooManyLines' },
    ]);
    expect(await read(['1\n', '2'.repeat(8), '\n3\n'], { maxLineBytes: 10, maxBytes: 5, maxLines: 9 })).toEqual([
      { line: 1, text: '1' },
      { line: 2, refused: 'bodyTooLarge' },
    ]);
  });
});
