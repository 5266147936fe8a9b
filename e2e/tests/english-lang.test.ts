import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../support/browser.ts';
import { HOUSEHOLDS } from '../support/households.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';
import { shownPrograms, walkQuestionnaire } from '../support/selfcheck.ts';

/** Visible text with Hangul whose nearest lang attribute is not "ko" (WCAG 3.1.2 Language of Parts). */
const unmarkedKorean = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      if (!/[가-힣]/.test(text)) continue;
      const el = n.parentElement;
      if (!el || el.closest('[hidden], .visually-hidden') || el.getClientRects().length === 0) continue;
      if (el.closest('[lang]')?.getAttribute('lang') !== 'ko') out.push(text.trim().slice(0, 40));
    }
    return [...new Set(out)];
  });

describe.runIf(browserAvailable())('English mode marks Korean passages lang="ko"', () => {
  const env = useProductInBrowser();

  it('on questions, the result, the catalog and program pages', async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(() => localStorage.setItem('jibsa.lang', 'en'));
    const page = await context.newPage();
    await page.goto(`${env.product.url}/#/check`);
    await page.waitForSelector('[data-question-path]');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const found: Record<string, string[]> = {};
    const check = async (where: string) => {
      const k = await unmarkedKorean(page);
      if (k.length) found[where] = k;
    };
    await check('first question');
    await walkQuestionnaire(page, HOUSEHOLDS.elderly);
    await shownPrograms(page);
    for (const b of await page.locator('.card-toggle').all()) await b.click();
    for (const s of await page.locator('.program-card summary').all()) await s.click();
    await check('result');
    await page.goto(`${env.product.url}/#/check?q=members[0].pensionIncome`);
    await page.waitForSelector('[data-question-path]');
    await check('money question');
    await page.goto(`${env.product.url}/#/programs`);
    await page.waitForSelector('.catalog-list');
    await check('catalog');
    for (const id of ['housing-benefit.rent', 'public-rental.permanent', 'gwangju-local.gmcc-rental']) {
      await page.goto(`${env.product.url}/#/programs/${id}`);
      await page.waitForSelector(`.program-page[data-program-id="${id}"]`);
      await check(id);
    }
    expect(found).toEqual({});
    await context.close();
  }, 240_000);
});
