/**
 * Web bench: (1) gzipped JS the self-check route loads, as Chromium actually fetches it from
 * packages/web/dist; (2) median time from the last answer to the result rendered, read from the
 * performance marks the app sets: first frame showing the result ("jibsa:answer-to-result") and
 * the frame with every program card ("jibsa:answer-to-complete"). Run alone:
 *   node --import tsx bench/src/web-bench.ts
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { householdSchema, screenHousehold } from '@jibsa/programs';
import { chromium } from 'playwright-core';
import {
  type Answers,
  emptyAnswers,
  setAnswer,
  setMembers,
} from '../../packages/web/src/self-check/questionnaire/state.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'packages/web/dist');
const CHROMIUM = process.env.JIBSA_CHROMIUM ?? '/usr/bin/chromium';
const BUDGET_KB = 150;
const RUNS = 25;

export interface WebBenchResult {
  selfCheckJsGzipBytes: number;
  selfCheckJsFiles: { file: string; bytes: number; gzipBytes: number }[];
  answerToResultMs: { median: number; p90: number; runs: number };
  answerToCompleteMs: { median: number; p90: number; runs: number };
  screenHouseholdNodeMs: number;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** A static server for dist (no API needed: evaluation runs in the browser). */
function serveDist(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = path.join(DIST, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Household (1) of the browser tests with every schema field known, so nothing is left to ask. */
function fullAnswers(): Answers {
  let a = setAnswer(emptyAnswers, 'gwangjuDistrict', 'gwangsan');
  a = setMembers(a, [{ relation: 'head', age: 78 }]);
  const known: Record<string, number | boolean | string> = {
    tenure: 'monthly_rent',
    housingType: 'multi_family',
    deposit: 5_000_000,
    monthlyRent: 300_000,
  };
  for (const [name, f] of Object.entries(householdSchema.household)) {
    if (name in known || name === 'gwangjuDistrict' || name === 'region') continue;
    known[name] = f.type === 'boolean' ? false : f.type === 'number' ? (f.unit === 'count' ? 1 : 0) : '';
    if (known[name] === '') delete known[name];
  }
  for (const [k, v] of Object.entries(known)) a = setAnswer(a, k, v);
  for (const name of ['earnedIncome', 'businessIncome', 'otherIncome']) a = setAnswer(a, `members[0].${name}`, 0);
  a = setAnswer(a, 'members[0].pensionIncome', 350_000);
  return setAnswer(a, 'members[0].disabled', false);
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
}

export async function runWebBench(): Promise<WebBenchResult> {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    console.log('packages/web/dist missing: building the web app…');
    execSync('npm run build -w @jibsa/web', { cwd: ROOT, stdio: 'inherit' });
  }
  const answers = fullAnswers();
  const server = await serveDist();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const scripts = new Set<string>();
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
    });
    await page.addInitScript(`sessionStorage.setItem('jibsa.answers', ${JSON.stringify(JSON.stringify(answers))})`);
    await page.goto(`${base}/#/check?q=monthlyRent`);
    await page.waitForSelector('[data-question-path="monthlyRent"]');

    const files = [...scripts].sort().map((p) => {
      const buf = fs.readFileSync(path.join(DIST, p));
      return { file: p.replace(/^\//, ''), bytes: buf.length, gzipBytes: zlib.gzipSync(buf, { level: 9 }).length };
    });
    const gzipTotal = files.reduce((s, f) => s + f.gzipBytes, 0);

    const durations: number[] = [];
    const complete: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.evaluate(`location.hash = '#/check?q=monthlyRent'`);
      await page.waitForSelector('[data-question-path="monthlyRent"]');
      await page.click('[data-question-path] button[type=submit]');
      await page.waitForFunction(`performance.getEntriesByName('jibsa:answer-to-complete').length > ${i}`);
      const d = await page.evaluate(`performance.getEntriesByName('jibsa:answer-to-result')[${i}].duration`);
      durations.push(Number(d));
      const c = await page.evaluate(`performance.getEntriesByName('jibsa:answer-to-complete')[${i}].duration`);
      complete.push(Number(c));
    }

    const household = Object.fromEntries(Object.entries(answers.household));
    const input = { ...household, members: answers.members };
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) screenHousehold(input);
    const nodeMs = (performance.now() - t0) / 200;

    const result: WebBenchResult = {
      selfCheckJsGzipBytes: gzipTotal,
      selfCheckJsFiles: files,
      answerToResultMs: { median: quantile(durations, 0.5), p90: quantile(durations, 0.9), runs: RUNS },
      answerToCompleteMs: { median: quantile(complete, 0.5), p90: quantile(complete, 0.9), runs: RUNS },
      screenHouseholdNodeMs: nodeMs,
    };
    print(result);
    return result;
  } finally {
    await browser.close();
    server.close();
  }
}

function print(r: WebBenchResult) {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  console.log('\n## Web app (packages/web)');
  console.log(
    `Self-check route JS (gzip -9, as loaded by Chromium): ${kb(r.selfCheckJsGzipBytes)} (budget ${BUDGET_KB} KB)`,
  );
  for (const f of r.selfCheckJsFiles) console.log(`  ${f.file}  ${kb(f.bytes)} raw, ${kb(f.gzipBytes)} gzip`);
  const ms = r.answerToResultMs;
  console.log(
    `Last answer → result rendered (Chromium, ${ms.runs} runs): median ${ms.median.toFixed(1)} ms, p90 ${ms.p90.toFixed(1)} ms (budget 100 ms)`,
  );
  const c = r.answerToCompleteMs;
  console.log(`Last answer → every card rendered: median ${c.median.toFixed(1)} ms, p90 ${c.p90.toFixed(1)} ms`);
  console.log(`screenHousehold alone (Node, 200 runs): ${r.screenHouseholdNodeMs.toFixed(2)} ms per household`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runWebBench();
}
