import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ELDERLY_RENTER_ALONE } from '../../packages/server/test/support/households.ts';

const SERVER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../packages/server/dist/main.js');

export interface BenchServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** The young generation `npm start` gives the server (docs/http-screen-performance.md says why). */
const SERVER_NODE_ARGS = ['--max-semi-space-size=64'];

/** The built server as an operator runs it, on 127.0.0.1, on an empty data folder, without demo data. */
export async function startBenchServer(
  env: Record<string, string> = {},
  { nodeArgs = [], script = SERVER }: { nodeArgs?: string[]; script?: string } = {},
): Promise<BenchServer> {
  if (!fs.existsSync(script)) throw new Error(`${script} is missing: run npm run build first`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-bench-http-'));
  const child = spawn(process.execPath, [...SERVER_NODE_ARGS, ...nodeArgs, script], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      JIBSA_DATA_DIR: dir,
      JIBSA_SEED_DEMO: 'false',
      JIBSA_RATE_SCREEN_PER_MINUTE: '1000000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return runningServer(child, () => fs.rmSync(dir, { recursive: true, force: true }));
}

/** The screening request both HTTP benches send: a 78-year-old living alone in 광산구 on a pension. */
export const SCREEN_BODY = JSON.stringify({ date: '2026-03-01', household: ELDERLY_RENTER_ALONE });

/**
 * `n` different households, each SCREEN_BODY's with another pension (₩7 apart) and age: a server
 * that remembered answers, or a compiler that specialised on one input, gains nothing from them,
 * so a row measured with these is the cost of screening a household it has not seen.
 */
export function distinctScreenBodies(n: number): string[] {
  const [member] = ELDERLY_RENTER_ALONE.members;
  return Array.from({ length: n }, (_, i) =>
    JSON.stringify({
      date: '2026-03-01',
      household: {
        ...ELDERLY_RENTER_ALONE,
        members: [{ ...member, age: 65 + (i % 30), pensionIncome: 300_000 + i * 7 }],
      },
    }),
  );
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); NaN elsewhere. */
export function cpuSeconds(pid: number | undefined): number {
  const { user, system } = cpuTimes(pid);
  return user + system;
}

/**
 * User and system CPU seconds of a process so far, apart: the kernel's share of a request (socket
 * reads and writes) is small and steady, so a row's user time is where the server's own work shows.
 */
export function cpuTimes(pid: number | undefined): { user: number; system: number } {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime, stime in clock ticks (USER_HZ 100)
    return { user: Number(fields[11]) / 100, system: Number(fields[12]) / 100 };
  } catch {
    return { user: Number.NaN, system: Number.NaN };
  }
}

/**
 * The floor under any server: bare node:http that reads and parses the request and answers with
 * `bytes` ready-made bytes. Measured with the same client, it shows what the machine allows for an
 * answer of that size before any screening, validation or hook runs.
 */
export async function startStaticPeer(bytes: number): Promise<BenchServer> {
  const source = `
    const body = Buffer.alloc(${bytes}, 32);
    const server = require('node:http').createServer((req, res) => {
      const chunks = [];
      req.on('data', (d) => chunks.push(d));
      req.on('end', () => {
        JSON.parse(Buffer.concat(chunks).toString('utf8'));
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
        res.end(body);
      });
    });
    server.listen(0, '127.0.0.1', () => console.log('running at http://localhost:' + server.address().port));
    process.on('SIGTERM', () => server.close(() => process.exit(0)));`;
  const child = spawn(process.execPath, ['-e', source], { stdio: ['ignore', 'pipe', 'pipe'] });
  return runningServer(child);
}

/**
 * A spawned server once it prints 'running at …' (its URL on 127.0.0.1); it fails with what the
 * child printed if it exits or stays silent first. `stop` ends it, then runs `cleanup`.
 */
async function runningServer(child: ChildProcess, cleanup: () => void = () => {}): Promise<BenchServer> {
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 180_000);
    child.stdout?.on('data', (d) => {
      out += String(d);
      const m = out.match(/running at (http:\/\/localhost:\d+)/);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1].replace('localhost', '127.0.0.1'));
      }
    });
    child.stderr?.on('data', (d) => {
      out += String(d);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  return {
    url,
    child,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      cleanup();
    },
  };
}
