import { describe, expect, it } from 'vitest';
import { browserAvailable, newPage } from '../support/browser.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';

/**
 * The server sends a strict Content-Security-Policy (no inline script, no inline style attribute,
 * nothing from elsewhere, no framing). Every page must work under it: any violation the browser
 * reports is a failure.
 */
describe.runIf(browserAvailable())('content security policy in Chromium', () => {
  const env = useProductInBrowser();

  it('no page of the app or the API docs trips the CSP', async () => {
    const programs = (await (await fetch(`${env.product.url}/api/programs`)).json()) as { programs: { id: string }[] };
    const firstProgram = programs.programs[0]?.id ?? '';
    const pages = ['/', '/#/check', '/#/programs', `/#/programs/${firstProgram}`, '/api/docs/'];
    const page = await newPage(env.browser);
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => {
        seen.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const consoleCsp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text());
    });
    for (const path of pages) {
      const response = await page.goto(`${env.product.url}${path}`);
      if (!path.includes('#')) {
        expect(response?.headers()['content-security-policy'], path).toBeTruthy();
      }
      await page.waitForLoadState('networkidle');
      await page.waitForSelector(path.startsWith('/api/docs') ? '.swagger-ui' : 'main h1', { timeout: 15_000 });
      const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
      expect(violations, path).toEqual([]);
    }
    expect(consoleCsp).toEqual([]);
  }, 90_000);
});
