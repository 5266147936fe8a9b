import { catalog, findProgram, todayIso } from '@jibsa/programs';
import { parameterValue } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, newPage } from '../support/browser.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';

describe.runIf(browserAvailable())('program catalog in Chromium', () => {
  const env = useProductInBrowser();

  it('lists every program, searches and filters, and passes axe', async () => {
    const page = await newPage(env.browser);
    await page.goto(env.product.url);
    await page.getByRole('link', { name: '지원 제도 보기' }).click();
    await page.waitForSelector('.catalog-item');
    expect(await page.locator('.catalog-item').count()).toBe(catalog.length);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel(/찾을 말/).fill('수선');
    await expect(page.locator('.catalog-item').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('수선유지급여')]),
    );
    await page.getByLabel(/찾을 말/).fill('');
    await page.getByLabel('도움의 종류').selectOption('repair');
    const ids = await page
      .locator('.catalog-item')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.programId));
    expect(ids).toEqual(catalog.filter((e) => e.metadata.helpType === 'repair').map((e) => e.id));
    await page.getByLabel('도움의 종류').selectOption('');
    await page.getByLabel('누구를 위한 제도').selectOption('elderly');
    expect(await page.locator('.catalog-item').count()).toBe(
      catalog.filter((e) => e.metadata.audience.includes('elderly')).length,
    );
    await page.context().close();
  }, 90_000);

  it('shows a program page with years covered and cited, marked figures', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.product.url}/#/programs/housing-benefit.rent`);
    await page.waitForSelector('.program-page');
    await expect(page.locator('h1').textContent()).resolves.toBe('주거급여 (임차급여)');
    await expect(page.locator('.years').textContent()).resolves.toMatch(/20\d\d/);
    // The hard words of its texts in plain words, with today's 1인 기준 중위소득 in won.
    const median = findProgram('housing-benefit.rent')?.program?.parameters.get('basic-livelihood.median-income');
    const today = todayIso();
    const one = parameterValue(median as NonNullable<typeof median>, today, ['1']);
    const words = (await page.locator('.plain-words').textContent()) ?? '';
    expect(words).toContain('소득인정액');
    expect(words).toContain(`1인 가구는 한 달 ${one.toLocaleString('ko-KR')}원입니다`);
    // About a hundred figures: folded behind a summary that says how many, opened on demand.
    const fold = page.locator('.figures-fold');
    expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await expect(fold.locator('summary').textContent()).resolves.toMatch(/^기준 금액과 출처 \d+개 보기$/);
    await fold.locator('summary').click();
    expect(await page.locator('.figures tbody tr').count()).toBeGreaterThan(3);
    expect(await page.locator('.figures a[href^="http"]').count()).toBeGreaterThan(0);
    await expect(page.locator('.figures').first().textContent()).resolves.toContain('출처 하나뿐');
    // What a mark means is written on the page, not only in a tooltip touch and keyboard users cannot open.
    expect(await page.locator('.figures [title]').count()).toBe(0);
    await expect(page.locator('.evidence-legend').first().textContent()).resolves.toContain(
      '출처 하나뿐: 출처 한 곳에서만 본 수치입니다. 상담 때 확인하세요.',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('fits its figures on a phone in English at the largest text size: no card wider than the screen', async () => {
    const page = await newPage(env.browser, { mobile: true });
    await page.goto(env.product.url);
    await page.evaluate(() => {
      localStorage.setItem('jibsa.lang', 'en');
      localStorage.setItem('jibsa.textSize', 'xlarge');
    });
    await page.goto(`${env.product.url}/#/programs/housing-benefit.rent`);
    // Only the hash changed: the settings are read again on a load.
    await page.reload();
    await page.locator('.figures-fold summary').click();
    await page.waitForSelector('.program-page .figures tbody tr');
    expect(await page.getAttribute('html', 'data-text-size')).toBe('xlarge');
    // Each figure's card (a row, on a phone) fits the width it is given: nothing to scroll sideways.
    const widest = await page
      .locator('.figures')
      .first()
      .evaluate((table) => {
        const wrap = table.closest('.table-wrap') as HTMLElement;
        return { scroll: wrap.scrollWidth, width: wrap.clientWidth };
      });
    expect(widest.scroll).toBeLessThanOrEqual(widest.width);
    // The column headings are hidden on a phone: each value is labelled with its column instead.
    const label = await page
      .locator('.figures td[data-label]')
      .first()
      .evaluate((td) => ({ column: td.getAttribute('data-label'), before: getComputedStyle(td, '::before').content }));
    expect(label.column).toBe('Value');
    expect(label.before).not.toBe('none');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.context().close();
  }, 90_000);

  it('moves a page opened under an old program id to its current address; old shared lists still list', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.product.url}/#/programs/housing-benefit-rent`);
    await page.waitForSelector('.program-page[data-program-id="housing-benefit.rent"]');
    await page.waitForFunction(() => location.hash === '#/programs/housing-benefit.rent');
    await expect(page.locator('h1').textContent()).resolves.toBe('주거급여 (임차급여)');
    await page.goto(`${env.product.url}/#/programs?ids=housing-benefit-rent,livelihood-benefit`);
    await page.waitForSelector('.catalog-item');
    const ids = await page
      .locator('.catalog-item')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.programId));
    expect(ids).toEqual(['housing-benefit.rent', 'basic-livelihood.livelihood']);
    await page.context().close();
  }, 60_000);

  it('opens a shared link of programs with no personal data', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.product.url}/#/programs?ids=housing-benefit.rent,basic-livelihood.livelihood`);
    await page.waitForSelector('.catalog-item');
    const ids = await page
      .locator('.catalog-item')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.programId));
    expect(ids).toEqual(['housing-benefit.rent', 'basic-livelihood.livelihood']);
    await expect(page.locator('h1').textContent()).resolves.toBe('공유받은 제도 목록');
    await page.context().close();
  }, 60_000);

  it('switches to English: UI strings and the catalog texts', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.product.url}/#/programs`);
    await page.waitForSelector('.catalog-item');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Housing support programs');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.locator('.catalog-list').textContent()).resolves.toContain('Housing benefit (rent support)');
    await page.reload();
    await page.waitForSelector('.catalog-item');
    await expect(page.locator('h1').textContent()).resolves.toBe('Housing support programs');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '한국어' }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    await page.context().close();
  }, 60_000);
});
