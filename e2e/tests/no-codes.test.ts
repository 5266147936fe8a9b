import { catalog } from '@jibsa/programs';
import { INFO_ONLY_WHY } from '@jibsa/programs/catalog-texts';
import { describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, newPage } from '../support/browser.ts';
import { HOUSEHOLDS } from '../support/households.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';
import { shownPrograms, walkQuestionnaire } from '../support/selfcheck.ts';

/**
 * Words in lower-case Latin letters in the Korean page's visible text: program ids, enum values and
 * table keys ("public-rental.permanent", "monthly_rent", "(seoul)") would show up here. Web
 * addresses shown as link text, and names written with Latin letters inside a Korean word ("기금e든든"),
 * are the only Latin words a citizen should meet.
 */
function codesIn(text: string): string[] {
  const words = text
    .replace(/(https?:\/\/|www\.)\S+|\S+\.(go|co|or)\.kr\S*/g, ' ')
    // A unit written after its number ("2,000cc", as Korean guides write engine size) is not a code.
    .match(/(?<![가-힣A-Za-z0-9])[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*(?![가-힣])/g);
  return [...new Set(words ?? [])];
}

describe.runIf(browserAvailable())('no internal codes in the Korean pages', () => {
  const env = useProductInBrowser();

  it('the catalog and every program page read in words; information-only programs say why', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.product.url}/#/programs`);
    await page.waitForSelector('.catalog-list');
    expect(codesIn(await page.locator('main').innerText())).toEqual([]);
    const info = catalog.filter((e) => !e.program);
    for (const e of info) {
      await expect(page.locator(`[data-program-id="${e.id}"] .info-only-why`).innerText()).resolves.toContain(
        INFO_ONLY_WHY[e.id]?.ko.slice(0, 20),
      );
    }
    // The agency filter: one option per agency, no near-duplicates.
    const options = await page.locator('#f-agency option').allInnerTexts();
    expect(options.length).toBe(new Set(options).size);
    expect(options.length).toBeLessThanOrEqual(8);
    const found: Record<string, string[]> = {};
    for (const e of catalog) {
      await page.goto(`${env.product.url}/#/programs/${e.id}`);
      await page.waitForSelector(`.program-page[data-program-id="${e.id}"]`);
      const codes = codesIn(await page.locator('main').innerText());
      if (codes.length) found[e.id] = codes;
    }
    expect(found).toEqual({});
    await page.goto(`${env.product.url}/#/programs/${info[0]?.id}`);
    await page.waitForSelector('.info-only-why');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('the result page, with every card open, reads in words', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.product.url}/#/check`);
    await page.waitForSelector('[data-question-path]');
    await walkQuestionnaire(page, HOUSEHOLDS.family);
    await shownPrograms(page);
    for (const b of await page.locator('.card-toggle').all()) await b.click();
    for (const s of await page.locator('.program-card summary').all()) await s.click();
    expect(codesIn(await page.locator('main').innerText())).toEqual([]);
    await page.context().close();
  }, 180_000);
});
