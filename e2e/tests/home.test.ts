import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser, newPage } from '../support/browser.ts';
import { startProduct } from '../support/server.ts';

describe.runIf(browserAvailable())('home page in Chromium', () => {
  let product: Awaited<ReturnType<typeof startProduct>>;
  let browser: Browser;
  beforeAll(async () => {
    product = await startProduct();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.cleanup();
  });

  it('shows its Korean title and passes axe', async () => {
    const page = await newPage(browser);
    await page.goto(product.url);
    expect(await page.title()).toContain('집사');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('주거복지');
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    expect(await axeViolations(page)).toEqual([]);
  });
});
