import { SCREEN_BODY, startBenchServer } from './bench-server.ts';

/**
 * Bounded load test on 127.0.0.1 only (issue #15): POST /api/screen at concurrency 50, first
 * alone, then with a hostile request mixed in every second (a 2 MB household of 38,000 members,
 * JSON nested 5,000 deep, a 21-person household). The peer is the same server in the same run
 * without the hostile requests: p99 of normal requests should stay within 2× of it.
 */
const CONCURRENCY = 50;
const PHASE_MS = 8_000;

const household = SCREEN_BODY;

const hostile = [
  JSON.stringify({ household: { members: Array.from({ length: 38_000 }, () => ({ relation: 'child', age: 5 })) } }),
  `{"household":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`,
  JSON.stringify({ household: { members: Array.from({ length: 21 }, () => ({ age: 5 })) } }),
];

const post = (url: string, body: string) =>
  fetch(`${url}/api/screen`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(
    async (r) => {
      await r.arrayBuffer();
      return r.status;
    },
  );

async function phase(url: string, withHostile: boolean) {
  const latencies: number[] = [];
  let errors = 0;
  const hostileStatuses: number[] = [];
  const end = Date.now() + PHASE_MS;
  const worker = async () => {
    while (Date.now() < end) {
      const started = performance.now();
      const status = await post(url, household).catch(() => 0);
      if (status === 200) latencies.push(performance.now() - started);
      else errors++;
    }
  };
  let timer: NodeJS.Timeout | undefined;
  if (withHostile) {
    let i = 0;
    timer = setInterval(() => {
      const body = hostile[i++ % hostile.length] as string;
      void post(url, body).then(
        (s) => hostileStatuses.push(s),
        () => hostileStatuses.push(0),
      );
    }, 1000);
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  if (timer) clearInterval(timer);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  return { perSec: (latencies.length / PHASE_MS) * 1000, p50: at(0.5), p99: at(0.99), errors, hostileStatuses };
}

export async function runHttpHostileBench(): Promise<Record<string, number>> {
  const server = await startBenchServer();
  try {
    await Promise.all(Array.from({ length: 200 }, () => post(server.url, household))); // warm-up
    const base = await phase(server.url, false);
    const mixed = await phase(server.url, true);
    const ratio = mixed.p99 / base.p99;
    const f = (n: number) => n.toFixed(1);
    console.log(`POST /api/screen at concurrency ${CONCURRENCY}, ${PHASE_MS / 1000} s each, 127.0.0.1`);
    console.log(
      `  normal only (peer):       ${f(base.perSec)} req/s, p50 ${f(base.p50)} ms, p99 ${f(base.p99)} ms, errors ${base.errors}`,
    );
    console.log(
      `  + 1 hostile request/s:    ${f(mixed.perSec)} req/s, p50 ${f(mixed.p50)} ms, p99 ${f(mixed.p99)} ms, errors ${mixed.errors}`,
    );
    console.log(`  hostile answers: ${mixed.hostileStatuses.join(' ')} (413 too large, 400 refused)`);
    console.log(`  p99 ratio with/without hostile: ×${ratio.toFixed(2)} (limit ×2.00) ${ratio <= 2 ? 'OK' : 'OVER'}`);
    return { httpHostileP99Ratio: ratio, httpBaseReqPerSec: base.perSec, httpBaseP99Ms: base.p99 };
  } finally {
    await server.stop();
  }
}
