import { describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, newPage } from '../support/browser.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';

describe.runIf(browserAvailable())('home page in Chromium', () => {
  const env = useProductInBrowser();

  it('shows its Korean title and passes axe', async () => {
    const page = await newPage(env.browser);
    await page.goto(env.product.url);
    expect(await page.title()).toContain('집사');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('주거복지');
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    expect(await page.getByRole('link', { name: '자가진단 시작' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: '지원 제도 보기' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    // The board of 모집공고 is led to from every public page (the header has no room for it at 360 px).
    const board = page.locator('.site-footer').getByRole('link', { name: '소식과 공지 (모집공고)' });
    expect(await board.getAttribute('href')).toBe('#/board');
    // Staff find their log-in from the public pages, at the bottom, without knowing the address.
    await page.locator('.site-footer').getByRole('link', { name: '센터 직원·협력 기관 로그인' }).click();
    await page.locator('#staff-username').waitFor();
    expect(await page.locator('.site-footer a').count()).toBe(0);
  });

  it('passes axe at mobile size, in English and at the largest text size', async () => {
    const page = await newPage(env.browser, { mobile: true });
    await page.goto(env.product.url);
    await page.getByRole('button', { name: '아주 크게' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Housing');
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('keeps the text size after a reload', async () => {
    const page = await newPage(env.browser);
    await page.goto(env.product.url);
    const rootFontSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    const normal = await rootFontSize();
    await page.getByRole('button', { name: '크게', exact: true }).click();
    expect(await page.getAttribute('html', 'data-text-size')).toBe('large');
    expect(await rootFontSize()).toBe('20px');
    await page.reload();
    await page.waitForSelector('.big-actions');
    // Measured again after the reload: the text is still large, not only the setting remembered.
    expect(await rootFontSize()).toBe('20px');
    expect(normal).not.toBe('20px');
    expect(await page.getAttribute('html', 'data-text-size')).toBe('large');
    expect(await page.getByRole('button', { name: '크게', exact: true }).getAttribute('aria-pressed')).toBe('true');
  });

  it('works from the keyboard: skip link first, then the big actions', async () => {
    const page = await newPage(env.browser);
    await page.goto(env.product.url);
    await page.waitForSelector('.big-actions');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => document.activeElement?.textContent);
    expect(skip).toBe('본문 바로가기');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('자가진단 시작');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-question-path="gwangjuDistrict"]');
    // Focus moves to the question, so a screen reader reads it first.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });

  it('keeps the header to one or two lines at 360 px, at every text size and in both languages', async () => {
    for (const lang of ['ko', 'en']) {
      for (const size of ['normal', 'large', 'xlarge']) {
        const context = await env.browser.newContext({ viewport: { width: 360, height: 800 } });
        await context.addInitScript(
          ([l, s]) => {
            localStorage.setItem('jibsa.lang', l as string);
            localStorage.setItem('jibsa.textSize', s as string);
          },
          [lang, size],
        );
        const page = await context.newPage();
        await page.goto(env.product.url);
        await page.waitForSelector('.site-header');
        const m = await page.evaluate(() => {
          const controls = Array.from(document.querySelectorAll<HTMLElement>('.site-header a, .site-header button'));
          // Rows of controls: a control starting below the previous row's bottom opens a new row.
          let rows = 0;
          let bottom = -1;
          for (const r of controls.map((c) => c.getBoundingClientRect()).sort((a, b) => a.top - b.top)) {
            if (r.top >= bottom - 4) {
              rows++;
              bottom = r.bottom;
            } else bottom = Math.max(bottom, r.bottom);
          }
          // A control whose text broke onto a second line is taller than one line of its text.
          const wrapped = controls
            .filter((c) => {
              const cs = getComputedStyle(c);
              const line = Number.parseFloat(cs.lineHeight) || Number.parseFloat(cs.fontSize) * 1.5;
              const inner =
                c.getBoundingClientRect().height -
                ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth']
                  .map((k) => Number.parseFloat(cs[k as 'paddingTop']))
                  .reduce((x, y) => x + y, 0);
              return inner > line * 1.8 && inner > 40;
            })
            .map((c) => c.textContent);
          return { rows, wrapped, overflow: document.documentElement.scrollWidth - window.innerWidth };
        });
        expect(m.wrapped, `${lang} ${size}`).toEqual([]);
        expect(m.rows, `${lang} ${size}`).toBeLessThanOrEqual(2);
        expect(m.overflow, `${lang} ${size}`).toBeLessThanOrEqual(0);
        // The size buttons keep their names for screen readers.
        expect(await page.getByRole('button', { name: lang === 'ko' ? '아주 크게' : 'Extra large' }).count()).toBe(1);
        await context.close();
      }
    }
  }, 90_000);
});
