import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../support/browser.ts';
import { HOUSEHOLDS } from '../support/households.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';
import { shownPrograms, walkQuestionnaire } from '../support/selfcheck.ts';
import { unmarkedKorean } from '../support/unmarked-korean.ts';

describe.runIf(browserAvailable())('English mode marks Korean passages lang="ko"', () => {
  const env = useProductInBrowser();

  it('on questions, the result, the catalog and program pages', async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(() => localStorage.setItem('jibsa.lang', 'en'));
    const page = await context.newPage();
    await page.goto(`${env.product.url}/#/check`);
    await page.waitForSelector('[data-question-path]');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    // The tab is named as the header names the app in English.
    expect(await page.title()).toMatch(/ · Jibsa$/);
    const found: Record<string, string[]> = {};
    const check = async (where: string) => {
      const k = await unmarkedKorean(page);
      if (k.length) found[where] = k;
    };
    await check('first question');
    // The text-size buttons show a sample letter an English reader knows (on a phone it is all they show).
    expect(await page.locator('.size-glyph').allTextContents()).toEqual(['A', 'A', 'A']);
    await walkQuestionnaire(page, HOUSEHOLDS.elderly);
    await shownPrograms(page);
    for (const b of await page.locator('.card-toggle').all()) await b.click();
    for (const s of await page.locator('.program-card summary').all()) await s.click();
    await check('result');
    // Korean names inside English sentences are elements, never written into text as objects.
    expect(await page.locator('.apply-at li').count()).toBeGreaterThan(0);
    expect(await page.locator('main').textContent()).not.toContain('[object Object]');
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
    // The public board: posts are written in Korean (titles, authors, bodies, a notice's facts).
    await page.goto(`${env.product.url}/#/board`);
    await page.waitForSelector('.board .data-table');
    await check('board');
    const post = await page.locator('.board .data-table tbody a').first().getAttribute('href');
    await page.goto(`${env.product.url}/${post}`);
    await page.waitForSelector('.board-post');
    await check(String(post));
    // Its page for printing and sharing, served by the server, follows the reader's language too.
    await page.getByRole('link', { name: 'Address for printing and sharing' }).click();
    await page.waitForSelector('main article h1');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await check(`${post} printable`);
    await page.getByRole('link', { name: '← Back to the board' }).waitFor();
    expect(found).toEqual({});
    await context.close();
  }, 240_000);
});
