import fs from 'node:fs';
import { createRequire } from 'node:module';
import type axe from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.JIBSA_CHROMIUM ?? '/usr/bin/chromium';

/** Flags this machine needs: no sandbox as root, and no background traffic to a closed network. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Outside CI a missing Chromium skips browser tests with a printed reason; under CI it fails. */
export function browserAvailable(): boolean {
  if (fs.existsSync(CHROMIUM_PATH)) return true;
  const reason = `Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium)`;
  if (process.env.CI === 'true') throw new Error(`CI=true and ${reason}`);
  console.warn(`[skip] browser tests skipped: ${reason}`);
  return false;
}

export async function launchBrowser(): Promise<Browser> {
  // Playwright gives every launch a new empty profile folder of its own.
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
}

/** axe-core's own build, injected into a page once per document (the app changes screens by hash, not by load). */
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  // Only failures are read: passed and inapplicable nodes are not described (a CSS selector each).
  resultTypes: ['violations'],
};

/**
 * WCAG 2.2 A/AA violations on the page as it is now: an empty list is the pass. axe-core runs in
 * the page itself, as @axe-core/playwright's legacy mode runs it, but is injected only when the
 * document lacks it: the wrapper injected its 550 KB on every call and finished each run in a new
 * page, which was half of a staff browser test's time (about 2.2 s a check, now about 1 s). The app
 * has no frames, so the top document is the whole page.
 */
export async function axeViolations(page: Page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    (options) => (window as unknown as { axe: typeof axe }).axe.run(document, options as axe.RunOptions),
    AXE_OPTIONS,
  );
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

/** A fresh page in its own context (axe needs a context, and tests stay independent). */
export async function newPage(browser: Browser, opts: { mobile?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext(
    opts.mobile ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } : {},
  );
  return context.newPage();
}

/**
 * Counts the page's requests still unanswered. An in-app link changes only the hash, so
 * `waitForLoadState('networkidle')` returns at once there, before the screen's lists arrive;
 * `quiet()` waits until every request has answered and none started for a moment.
 */
export function trackRequests(page: Page) {
  let open = 0;
  let last = Date.now();
  page.on('request', () => {
    open++;
    last = Date.now();
  });
  const done = () => {
    open = Math.max(0, open - 1);
    last = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    async quiet(ms = 250, timeout = 15_000) {
      const until = Date.now() + timeout;
      while (open > 0 || Date.now() - last < ms) {
        if (Date.now() > until) throw new Error(`${open} request(s) still open after ${timeout} ms`);
        await page.waitForTimeout(50);
      }
    },
  };
}
