import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvBytes, tempDir } from '@jibsa/lists/test-files';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('..', import.meta.url));
const tmp = tempDir();
afterAll(() => tmp.remove());

// The bundle is built here when missing (land.sh builds it before the tests).
beforeAll(() => {
  if (fs.existsSync(path.join(CLI, 'dist', 'jibsa.js'))) return;
  const built = spawnSync(process.execPath, ['build.mjs'], { cwd: CLI, encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
}, 60_000);

/** `jibsa` as a user runs it, from the bundle or the TypeScript sources. */
function jibsa(mode: 'bundle' | 'source', args: string[], stdin = '') {
  const run = spawnSync(process.execPath, [path.join(CLI, 'bin', 'jibsa.mjs'), ...args], {
    input: stdin,
    env: { ...process.env, JIBSA_CLI: mode },
  });
  return { code: run.status, out: run.stdout.toString('utf8'), err: run.stderr.toString('utf8') };
}

const HEADER = ['성명', '주소', '생년월일', '가구원수', '점유형태', '보증금', '월세', '연금', '금융재산'];
const row = (name: string, rent = '30만원') => [
  name,
  '광주광역시 북구 가상로 1',
  '1947.5.1',
  '1',
  '월세',
  '5,000,000',
  rent,
  '35만',
  '0',
];

describe('jibsa from the bundle and from the sources', () => {
  it('writes the same results, row errors and exit code (quoted comma and line break, a bad row)', () => {
    const rows = [HEADER, row('김가상'), row('이, "가상"'), row('박\n가상'), row('최가상', '삼십만원'), row('정가상')];
    const input = tmp.file('list.csv', csvBytes(rows, 'utf-8'));
    const errors = path.join(tmp.dir, 'errors.csv');
    const args = ['screen-many', '--in', input, '--to', 'csv', '--errors', errors, '--date', '2026-03-01'];
    const bundle = jibsa('bundle', args);
    const bundleErrors = fs.readFileSync(errors, 'utf8');
    const source = jibsa('source', args);
    expect(bundle.code).toBe(1);
    expect(bundle).toEqual(source);
    expect(bundleErrors).toBe(fs.readFileSync(errors, 'utf8'));
    expect(bundleErrors).toContain('6,최가상,월세');
    // A record over two lines is numbered by the line it ends on, as csv-parse counts.
    const lines = bundle.out.split('\r\n');
    expect(lines.map((l) => l.split(',')[0])).toEqual(['\uFEFF행 번호', '2', '3', '5', '7', '']);
    expect(lines[2]).toMatch(/^3,"이, ""가상""",/);
    expect(lines[3]).toMatch(/^5,"박\n가상",/);
  });

  it('reads CP949 and NDJSON alike, and lists programs alike', () => {
    const input = tmp.file('cp949.csv', csvBytes([HEADER, row('김똠순')], 'cp949'));
    const csv = ['screen-many', '--in', input, '--to', 'csv', '--date', '2026-03-01'];
    const bundle = jibsa('bundle', csv);
    expect(bundle.code).toBe(0);
    expect(bundle.out.split('\r\n')[1]).toMatch(/^2,김똠순,/);
    expect(bundle).toEqual(jibsa('source', csv));
    const household = JSON.stringify({ region: 'gwangju', householdSize: 1, members: [{ age: 78 }] });
    const ndjson = ['screen-many', '--date', '2026-03-01'];
    expect(jibsa('bundle', ndjson, `${household}\n{oops\n`)).toEqual(jibsa('source', ndjson, `${household}\n{oops\n`));
    expect(jibsa('bundle', ['programs', '--json'])).toEqual(jibsa('source', ['programs', '--json']));
  });
});
