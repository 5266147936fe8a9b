import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../../packages/server/test/support/app.ts';
import { ELDERLY_RENTER_ALONE } from '../../packages/server/test/support/households.ts';
import { main } from '../src/main.ts';
import { yearRanges } from '../src/programs-command.ts';
import { runCaptured } from './support/io.ts';

const run = (argv: string[], stdin = '') => runCaptured((io) => main(argv, io), stdin);

const household = ELDERLY_RENTER_ALONE;

describe('jibsa CLI', () => {
  it('screens a household file as a readable Korean table', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-cli-')), 'household.json');
    fs.writeFileSync(file, JSON.stringify(household));
    const { code, out } = await run(['screen', file, '--date', '2026-03-01']);
    expect(code).toBe(0);
    expect(out).toContain('기준일 2026-03-01');
    const rentLine = out.split('\n').find((l) => l.startsWith('주거급여 (임차급여)'));
    expect(rentLine).toContain('받을 수 있음');
    expect(rentLine).toContain('247,000원');
  });

  it('prints JSON from standard input with --json, the same result as the API', { timeout: 120_000 }, async () => {
    const { code, out } = await run(['screen', '-', '--json', '--date', '2026-03-01'], JSON.stringify(household));
    expect(code).toBe(0);
    const parsed = JSON.parse(out);
    expect(parsed.programs.find((p: { id: string }) => p.id === 'housing-benefit.rent')).toMatchObject({
      status: 'eligible',
      amount: 247_000,
    });
    // The API, asked the same question in process, answers with the same JSON.
    const server = await makeTestApp({ seed: false });
    try {
      const res = await server.app.inject({
        method: 'POST',
        // The full answer: the CLI prints each figure with its citation, as ?detail=full does.
        url: '/api/screen?detail=full',
        payload: { household, date: '2026-03-01' },
      });
      expect(res.statusCode).toBe(200);
      expect(parsed).toEqual(res.json());
    } finally {
      await server.close();
    }
  });

  it('names each bad field and exits 1', async () => {
    const { code, err } = await run(['screen', '-'], JSON.stringify({ region: 'mars', members: [{ age: 'old' }] }));
    expect(code).toBe(1);
    expect(err).toMatch(/^region: /m);
    expect(err).toMatch(/^members\[0\]\.age: /m);
  });

  it('rejects broken JSON, a bad date and an unknown command clearly', async () => {
    expect((await run(['screen', '-'], '{oops')).code).toBe(1);
    expect((await run(['screen', '-', '--date', '2026/01/01'], '{}')).code).toBe(2);
    const unknown = await run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('알 수 없는 명령');
  });

  it('lists every program with the years its figures cover', async () => {
    const { code, out } = await run(['programs']);
    expect(code).toBe(0);
    expect(out).toMatch(/basic-livelihood.livelihood\s+생계급여\s+2019–\d{4}/);
    // A program that began after 2019 says when, so an empty early year is not read as missing data.
    expect(out).toMatch(/youth-rent\s+청년월세 특별지원\s+2022–\d{4} \(2022-08-22 시작/);
    // Years where some cells are missing (기준임대료 2025 covers only 1·3급지) say so.
    expect(out).toMatch(/housing-benefit.rent\s+주거급여 \(임차급여\)\s+2019–\d{4} \(일부 빠짐: [^)]*2025/);
    const json = JSON.parse((await run(['programs', '--json'])).out);
    expect(json.length).toBeGreaterThanOrEqual(5);
    expect(json.find((p: { id: string }) => p.id === 'youth-rent').startedOn).toBe('2022-08-22');
  });

  it('writes year lists as ranges', () => {
    expect(yearRanges([2019, 2020, 2021, 2024, 2026])).toBe('2019–2021, 2024, 2026');
    expect(yearRanges([])).toBe('');
  });

  it('screen-many: one result per line, bad lines reported with their number, good lines still screened', async () => {
    const lines = [
      JSON.stringify(household),
      '{ not json',
      '',
      JSON.stringify({ region: 'mars', members: [{ age: 'old' }] }),
      JSON.stringify({ ...household, members: [{ ...household.members[0], pensionIncome: 5_000_000 }] }),
    ].join('\n');
    const { code, out, err } = await run(['screen-many', '-', '--date', '2026-03-01'], lines);
    expect(code).toBe(1);
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.line, r.ok])).toEqual([
      [1, true],
      [2, false],
      [4, false],
      [5, true],
    ]);
    const rent = (r: { programs: { id: string; status: string; amount: number | null }[] }) =>
      r.programs.find((p) => p.id === 'housing-benefit.rent');
    expect(rent(rows[0])).toMatchObject({ status: 'eligible', amount: 247_000 });
    expect(rent(rows[3])).toMatchObject({ status: 'ineligible' });
    expect(rows[2].errors.map((e: { path: string }) => e.path).sort()).toEqual(['members[0].age', 'region']);
    expect(rows[0].rulesVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(err).toContain('가구 2개를 선별했습니다');
  });

  it('screen-many reads a file and refuses a date that is not a real day', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-cli-')), 'households.ndjson');
    fs.writeFileSync(file, `${JSON.stringify(household)}\n${JSON.stringify(household)}\n`);
    const ok = await run(['screen-many', file, '--date', '2024-06-01']);
    expect(ok.code).toBe(0);
    expect(ok.out.trim().split('\n')).toHaveLength(2);
    expect((await run(['screen-many', file, '--date', '2024-02-30'])).code).toBe(2);
    expect((await run(['screen-many', `${file}.missing`])).code).toBe(1);
  });
});
