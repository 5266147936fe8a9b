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

/** The built server as an operator runs it, on 127.0.0.1, on an empty data folder, without demo data. */
export async function startBenchServer(env: Record<string, string> = {}): Promise<BenchServer> {
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-bench-http-'));
  const child = spawn(process.execPath, [SERVER], {
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
  });
  return {
    url,
    child,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The screening request both HTTP benches send: a 78-year-old living alone in 광산구 on a pension. */
export const SCREEN_BODY = JSON.stringify({ date: '2026-03-01', household: ELDERLY_RENTER_ALONE });
