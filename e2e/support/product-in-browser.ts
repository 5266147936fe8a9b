import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startProduct } from './server.ts';

export interface ProductInBrowser {
  product: Awaited<ReturnType<typeof startProduct>>;
  browser: Browser;
}

/** Starts the built product and Chromium once for a test file and stops both after it. */
export function useProductInBrowser(): ProductInBrowser {
  const env = {} as ProductInBrowser;
  beforeAll(async () => {
    env.product = await startProduct();
    env.browser = await launchBrowser();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.product?.cleanup();
  });
  return env;
}
