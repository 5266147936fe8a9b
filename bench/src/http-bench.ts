import http from 'node:http';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { screenHousehold } from '@jibsa/programs';
import fastJson from 'fast-json-stringify';
import { defaultScreenThreads } from '../../packages/server/src/config.ts';
import { utf8 } from '../../packages/server/src/http/utf8.ts';
import { fullScreening, leanScreening } from '../../packages/server/src/screening/lean.ts';
import { leanScreeningBytes } from '../../packages/server/src/screening/lean-bytes.ts';
import { LeanScreenResponse } from '../../packages/server/src/screening/lean-schemas.ts';
import { ScreenResponse } from '../../packages/server/src/screening/schemas.ts';
import {
  type BenchServer,
  cpuTimes,
  distinctScreenBodies,
  SCREEN_BODY,
  startBenchServer,
  startStaticPeer,
} from './bench-server.ts';

/**
 * Issue 11's HTTP rows: POST /api/screen on the built server, 127.0.0.1, keep-alive, at concurrency
 * 10 and 50, every request a household not sent before (distinctScreenBodies). The peer, measured in
 * the same run on the same server, is the previous answer shape (`?detail=full`: every figure with its
 * citation inline); the floor is bare node:http sending the same number of ready-made bytes. Each row
 * also says the server's CPU time per request, which other work on a shared machine disturbs less
 * than requests per second. Then the serialiser alone, schema-compiled (fast-json-stringify) against
 * JSON.stringify on the same answers, and the NDJSON batch endpoint. `--quick` runs each phase 2 s
 * instead of 6 s.
 */
const QUICK = process.argv.includes('--quick');
const PHASE_MS = QUICK ? 2_000 : 6_000;

const body = SCREEN_BODY;
/** More than any row sends, so no household repeats within a run. */
const bodies = distinctScreenBodies(QUICK ? 40_000 : 100_000);
let sent = 0;

interface Phase {
  perSec: number;
  /** Server CPU (user + system) per answered request, ms. */
  cpuMs: number;
  /** The system (kernel) part of cpuMs. */
  sysMs: number;
  p50: number;
  p99: number;
  bytes: number;
  errors: number;
}

/** One request on a kept-alive socket; resolves with status and body length. */
function post(agent: http.Agent, url: URL, path: string, payload: string, type = 'application/json') {
  return new Promise<{ status: number; bytes: number }>((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path,
        headers: { 'content-type': type, 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        let bytes = 0;
        res.on('data', (d: Buffer) => {
          bytes += d.length;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export async function phase(server: BenchServer, path: string, concurrency: number): Promise<Phase> {
  const url = new URL(server.url);
  const before = cpuTimes(server.child.pid);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  const end = Date.now() + PHASE_MS;
  const worker = async () => {
    while (Date.now() < end) {
      const started = performance.now();
      const r = await post(agent, url, path, bodies[sent++ % bodies.length] as string).catch(() => ({
        status: 0,
        bytes: 0,
      }));
      if (r.status === 200) {
        latencies.push(performance.now() - started);
        bytes = r.bytes;
      } else errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  const after = cpuTimes(server.child.pid);
  const perRequest = (seconds: number) => (seconds * 1000) / (latencies.length + errors);
  const sysMs = perRequest(after.system - before.system);
  const cpuMs = perRequest(after.user - before.user) + sysMs;
  return { perSec: (latencies.length / PHASE_MS) * 1000, cpuMs, sysMs, p50: at(0.5), p99: at(0.99), bytes, errors };
}

/** Microseconds per call, best of three rounds (the least disturbed by other work on the machine). */
function micros(fn: () => unknown, n: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    for (let i = 0; i < n; i++) fn();
    best = Math.min(best, ((performance.now() - started) / n) * 1000);
  }
  return best;
}

/**
 * The server writes the lean answer straight as UTF-8 bytes (lean-bytes.ts) and the full one with
 * JSON.stringify; JSON.stringify of the lean object and the schema-compiled serialiser are the peers.
 */
function serialisers() {
  const stringifyLean = fastJson(LeanScreenResponse as never);
  const stringifyFull = fastJson(ScreenResponse as never);
  const outcome = screenHousehold(JSON.parse(body).household, { date: '2026-03-01' });
  if (!outcome.ok) throw new Error('bench household is invalid');
  const lean = leanScreening(outcome);
  const full = fullScreening(outcome);
  const n = QUICK ? 200 : 1000;
  return {
    leanSchema: micros(() => stringifyLean(lean), n),
    leanJson: micros(() => JSON.stringify(lean), n),
    fullSchema: micros(() => stringifyFull(full), n / 4),
    fullJson: micros(() => JSON.stringify(full), n / 4),
    ...freshMicros(QUICK ? 400 : 2000),
  };
}

/**
 * Writing as the server meets it: each answer written once, right after screening. The rows above
 * write one answer again and again, whose sentences (built by joining strings) are already
 * flattened by then; the first write of an answer also flattens them, so it costs more. The two
 * ways take turns household by household (each includes making the UTF-8 bytes sent), so whatever
 * else the machine does falls on both alike; the first of five rounds warms up and is not counted.
 */
function freshMicros(n: number): { leanJsonFresh: number; leanWrittenFresh: number } {
  const bodies = distinctScreenBodies(n * 5);
  const total = [0, 0];
  for (let i = 0; i < bodies.length; i++) {
    const { household, date } = JSON.parse(bodies[i] as string);
    const outcome = screenHousehold(household, { date });
    if (!outcome.ok) throw new Error('bench household is invalid');
    const way = (i + Math.floor(i / n)) % 2;
    const started = performance.now();
    if (way === 0) utf8(JSON.stringify(leanScreening(outcome)));
    else leanScreeningBytes(outcome);
    if (i >= n) total[way] = (total[way] as number) + performance.now() - started;
  }
  const each = (ms: number) => (ms / (n * 2)) * 1000;
  return { leanJsonFresh: each(total[0] as number), leanWrittenFresh: each(total[1] as number) };
}

async function batchLinesPerSec(url: URL): Promise<number> {
  const lines = Array.from({ length: QUICK ? 2_000 : 10_000 }, () => JSON.parse(body).household);
  const payload = `${lines.map((h) => JSON.stringify(h)).join('\n')}\n`;
  const agent = new http.Agent({ keepAlive: true });
  await post(agent, url, '/api/screen/batch?date=2026-03-01', payload, 'application/x-ndjson'); // compile the date
  const started = performance.now();
  const r = await post(agent, url, '/api/screen/batch?date=2026-03-01', payload, 'application/x-ndjson');
  agent.destroy();
  if (r.status !== 200) throw new Error(`batch answered ${r.status}`);
  return lines.length / ((performance.now() - started) / 1000);
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

export async function runHttpBench(): Promise<Record<string, number>> {
  const s = serialisers();
  const f = (n: number) => n.toFixed(1);
  console.log('serialising one answer (µs, best of 3), schema-compiled (fast-json-stringify) vs JSON.stringify:');
  console.log(
    `  lean: schema ${f(s.leanSchema)}, JSON.stringify ${f(s.leanJson)} (×${(s.leanJson / s.leanSchema).toFixed(2)})`,
  );
  console.log(
    `  lean, each answer fresh, as UTF-8 bytes, the two ways taking turns: JSON.stringify ${f(s.leanJsonFresh)}, written straight as bytes (the server's, lean-bytes.ts) ${f(s.leanWrittenFresh)} (×${(s.leanJsonFresh / s.leanWrittenFresh).toFixed(2)})`,
  );
  console.log(
    `  full: schema ${f(s.fullSchema)}, JSON.stringify ${f(s.fullJson)} (×${(s.fullJson / s.fullSchema).toFixed(2)})`,
  );
  const server = await startBenchServer({ JIBSA_RATE_SCREEN_BATCH_PER_MINUTE: '1000000' });
  let floor: BenchServer | undefined;
  let inline: BenchServer | undefined;
  try {
    const url = new URL(server.url);
    await phase(server, '/api/screen', 10); // warm-up
    // The same server screening on its request thread, as before screening threads (peer), taking
    // turns with the default server so that both see the machine alike.
    inline = await startBenchServer({ JIBSA_RATE_SCREEN_BATCH_PER_MINUTE: '1000000', JIBSA_SCREEN_THREADS: '0' });
    await phase(inline, '/api/screen', 10); // warm-up
    const rows: Array<[string, number, Phase]> = [];
    for (const concurrency of [10, 50]) {
      rows.push(['lean (default)', concurrency, await phase(server, '/api/screen', concurrency)]);
      rows.push(['lean, request thread (peer)', concurrency, await phase(inline, '/api/screen', concurrency)]);
      rows.push([
        'full (previous shape, peer)',
        concurrency,
        await phase(server, '/api/screen?detail=full', concurrency),
      ]);
    }
    // The lean answer in one language (what a client showing Korean asks for), at concurrency 50.
    rows.push(['lean, ?lang=ko', 50, await phase(server, '/api/screen?lang=ko', 50)]);
    await inline.stop();
    inline = undefined;
    floor = await startStaticPeer(rows[0]?.[2].bytes ?? 0);
    await phase(floor, '/', 10); // warm-up
    for (const concurrency of [10, 50])
      rows.push(['bare node:http, same bytes', concurrency, await phase(floor, '/', concurrency)]);
    console.log(`POST /api/screen, ${PHASE_MS / 1000} s per row, keep-alive, 127.0.0.1, a new household each request;`);
    console.log(`goal ≥ 3,000 req/s, p99 ≤ 10 ms at concurrency 10 and ≤ 40 ms at 50 (load average ${loadAverage()})`);
    for (const [name, c, r] of rows) {
      console.log(
        `  ${name.padEnd(28)} c=${String(c).padEnd(3)} ${f(r.perSec).padStart(7)} req/s  p50 ${f(r.p50)} ms  p99 ${f(r.p99)} ms  server CPU ${r.cpuMs.toFixed(2)} ms/req (system ${r.sysMs.toFixed(2)})  ${(r.bytes / 1024).toFixed(1)} KB  errors ${r.errors}`,
      );
    }
    const lean = (c: number) => rows.find(([n, cc]) => n === 'lean (default)' && cc === c)?.[2] as Phase;
    const ko = rows.find(([n]) => n === 'lean, ?lang=ko')?.[2] as Phase;
    const full = (c: number) => rows.find(([n, cc]) => n.startsWith('full') && cc === c)?.[2] as Phase;
    console.log(
      `  lean vs full at c=50: ×${(lean(50).perSec / full(50).perSec).toFixed(2)} req/s, ×${(full(50).p99 / lean(50).p99).toFixed(2)} lower p99, ×${(full(50).bytes / lean(50).bytes).toFixed(1)} fewer bytes`,
    );
    const peer = (c: number) => rows.find(([n, cc]) => n.startsWith('lean, request thread') && cc === c)?.[2] as Phase;
    console.log(
      `  screening threads (${process.env.JIBSA_SCREEN_THREADS ?? defaultScreenThreads()}) vs the request thread: ×${(lean(10).perSec / peer(10).perSec).toFixed(2)} req/s at c=10, ×${(lean(50).perSec / peer(50).perSec).toFixed(2)} at c=50`,
    );
    console.log(
      `  ?lang=ko vs both languages at c=50: ×${(ko.perSec / lean(50).perSec).toFixed(2)} req/s, ×${(lean(50).bytes / ko.bytes).toFixed(1)} fewer bytes`,
    );
    const bare = rows.find(([n, c]) => n.startsWith('bare') && c === 50)?.[2] as Phase;
    console.log(
      `  lean vs bare node:http at c=50: ${((lean(50).perSec / bare.perSec) * 100).toFixed(0)}% of the floor's req/s`,
    );
    const batch = await batchLinesPerSec(url);
    console.log(`POST /api/screen/batch (NDJSON), one request: ${Math.round(batch).toLocaleString('en')} households/s`);
    return {
      httpReqPerSec: lean(50).perSec,
      httpP99MsAt10: lean(10).p99,
      httpP99MsAt50: lean(50).p99,
      httpReqPerSecAt10: lean(10).perSec,
      httpServerCpuMsPerReq: lean(50).cpuMs,
      httpBareReqPerSec: bare.perSec,
      httpResponseBytes: lean(50).bytes,
      httpKoReqPerSec: ko.perSec,
      httpKoResponseBytes: ko.bytes,
      httpFullReqPerSec: full(50).perSec,
      httpRequestThreadReqPerSec: peer(50).perSec,
      httpRequestThreadReqPerSecAt10: peer(10).perSec,
      httpFullP99MsAt10: full(10).p99,
      httpFullResponseBytes: full(50).bytes,
      httpBatchHouseholdsPerSec: batch,
      httpSerialiseLeanSchemaMicros: s.leanSchema,
      httpSerialiseLeanJsonMicros: s.leanJson,
      httpSerialiseLeanJsonFreshMicros: s.leanJsonFresh,
    };
  } finally {
    await floor?.stop();
    await inline?.stop();
    await server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runHttpBench();
