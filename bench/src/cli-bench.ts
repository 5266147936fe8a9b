import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapRow, openList, type SourceRow, suggestMapping } from '@jibsa/lists';
import { writeHouseholdListCsv } from './household-list-csv.ts';

const QUICK = process.argv.includes('--quick');
const DATE = '2026-03-01';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

/** Runs the CLI as a user would, in a child process: wall seconds and peak RSS from GNU time. */
function timedCli(args: string[]): { seconds: number; cpuSeconds: number; rssMiB: number; code: number } {
  const quoted = args.map((a) => `'${a}'`).join(' ');
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %U %S %M %x', 'sh', '-c', `node cli/bin/jibsa.mjs ${quoted} > /dev/null 2>/dev/null`],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  const [seconds, user, sys, kib, code] = run.stderr.trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
  // CPU seconds beside wall seconds: on a machine shared with other work, wall time alone misleads.
  return {
    seconds: seconds as number,
    cpuSeconds: (user as number) + (sys as number),
    rssMiB: (kib as number) / 1024,
    code: code as number,
  };
}

/** The list's households as NDJSON (the format screen-many read before CSV), for the peer run. */
async function toNdjson(csv: string, file: string, rows: number) {
  const list = await openList(csv);
  const mapping = suggestMapping(list.headers);
  const lines: string[] = [];
  for await (const r of list.rows as AsyncIterable<SourceRow>) {
    if ('cells' in r) lines.push(JSON.stringify(mapRow(list.headers, r.cells, mapping).household));
    if (lines.length === rows) break;
  }
  list.close();
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}

/**
 * Issue 11/12's CLI row: a list of fictional households as CSV (made here) through `jibsa
 * screen-many --in list.csv --out results.csv`, measured as a child process, the results checked
 * to hold every row. Peer in the same run: the same households as NDJSON through the NDJSON path,
 * on a tenth of the rows. `--quick` uses 100,000 rows (and says so in the keys: cli100k…).
 */
export async function runCliBench(): Promise<Record<string, number>> {
  const N = QUICK ? 100_000 : 1_000_000;
  const P = N / 10;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-cli-bench-'));
  try {
    const csv = path.join(dir, 'list.csv');
    const bytes = await writeHouseholdListCsv(csv, N);
    const out = path.join(dir, 'results.csv');
    const run = timedCli(['screen-many', '--in', csv, '--out', out, '--date', DATE]);
    const written = countLines(out) - 1;
    if (run.code !== 0 || written !== N)
      throw new Error(`screen-many wrote ${written} of ${N} rows (exit ${run.code})`);
    const ndjson = path.join(dir, 'list.ndjson');
    await toNdjson(csv, ndjson, P);
    const peer = timedCli(['screen-many', '--in', ndjson, '--out', path.join(dir, 'results.ndjson'), '--date', DATE]);
    // Start-up (loading the CLI's bundle, the catalog compiled for the date) on a one-row list, so the peer's smaller size is read fairly.
    const one = path.join(dir, 'one.ndjson');
    fs.writeFileSync(one, `${fs.readFileSync(ndjson, 'utf8').split('\n', 1)[0]}\n`);
    const startup = timedCli([
      'screen-many',
      '--in',
      one,
      '--out',
      path.join(dir, 'one-results.ndjson'),
      '--date',
      DATE,
    ]);
    const tag = QUICK ? 'cli100k' : 'cli1m';
    const results: Record<string, number> = {
      [`${tag}Seconds`]: run.seconds,
      [`${tag}PeakRssMiB`]: run.rssMiB,
      [`${tag}CpuSeconds`]: run.cpuSeconds,
      cliCsvRowsPerSec: N / run.seconds,
      cliNdjsonRowsPerSec: P / peer.seconds,
      cliStartupSeconds: startup.seconds,
    };
    console.log(
      `jibsa screen-many, ${fmt(N)}-row CSV (${fmt(bytes / 2 ** 20)} MiB) → results CSV${QUICK ? ' (--quick: 100,000 rows, not 1M)' : ''}: ${fmt(run.seconds, 1)} s (CPU ${fmt(run.cpuSeconds, 1)} s), ${fmt(results.cliCsvRowsPerSec as number)} rows/s, peak RSS ${fmt(run.rssMiB)} MiB   goal < 10 s for 1M, < 1024 MiB (load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')})`,
    );
    console.log(
      `  peer: the same households as NDJSON, ${fmt(P)} lines: ${fmt(peer.seconds, 1)} s (CPU ${fmt(peer.cpuSeconds, 1)} s), ${fmt(results.cliNdjsonRowsPerSec as number)} rows/s, peak RSS ${fmt(peer.rssMiB)} MiB   CSV path ×${fmt((results.cliCsvRowsPerSec as number) / (results.cliNdjsonRowsPerSec as number), 2)}`,
    );
    console.log(`  start-up alone (one household): ${fmt(startup.seconds, 1)} s, counted in both figures above`);
    return results;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function countLines(file: string): number {
  const fd = fs.openSync(file, 'r');
  const buffer = Buffer.alloc(1 << 20);
  let lines = 0;
  try {
    for (let n = fs.readSync(fd, buffer); n > 0; n = fs.readSync(fd, buffer)) {
      for (let i = 0; i < n; i++) if (buffer[i] === 10) lines++;
    }
  } finally {
    fs.closeSync(fd);
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await runCliBench()));
