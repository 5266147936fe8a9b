import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startProduct } from './server.ts';

export interface ProductInBrowser {
  product: Awaited<ReturnType<typeof startProduct>>;
  browser: Browser;
}

/** Starts the built product (with `settings` added to its environment) and Chromium once for a test file and stops both after it. */
export function useProductInBrowser(settings: Record<string, string> = {}): ProductInBrowser {
  const env = {} as ProductInBrowser;
  beforeAll(async () => {
    env.product = await startProduct(settings);
    env.browser = await launchBrowser();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.product?.cleanup();
  });
  return env;
}
