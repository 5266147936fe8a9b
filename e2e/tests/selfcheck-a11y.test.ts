import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, newPage } from '../support/browser.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';

/** What a screen reader would get from the focused element: its id, tag and description text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const ids = (el?.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    const description = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    const r = el?.getBoundingClientRect();
    return {
      id: el?.id ?? '',
      tag: el?.tagName ?? '',
      text: el?.textContent ?? '',
      description,
      inView: r ? r.bottom > 0 && r.top < window.innerHeight && r.height > 0 : false,
    };
  });

describe.runIf(browserAvailable())('self-check for screen-reader, keyboard and zoom users', () => {
  const env = useProductInBrowser();

  // Every browser test's accessibility check rests on axeViolations: it must find what axe finds, on
  // the first check of a document and on later ones, and again after a full load replaces the document.
  it('the accessibility check passes the home page and finds violations planted in it, before and after a reload', async () => {
    const page = await newPage(env.browser);
    const plant = () =>
      page.evaluate(() => {
        const img = document.createElement('img');
        img.src = '/favicon.svg';
        document.querySelector('main')?.append(img);
        const faint = document.createElement('p');
        faint.textContent = '흐린 글씨';
        faint.style.color = '#ddd';
        faint.style.background = '#fff';
        document.querySelector('main')?.append(faint);
      });
    const ids = async () => (await axeViolations(page)).map((v) => v.id).sort();
    for (const load of ['first', 'reload']) {
      if (load === 'first') await page.goto(env.product.url);
      else await page.reload();
      await page.waitForSelector('main h1');
      expect(await ids(), load).toEqual([]);
      await plant();
      expect(await ids(), load).toEqual(['color-contrast', 'image-alt']);
    }
  }, 60_000);

  it('serves an SVG icon, also at /favicon.ico, and the page loads without a failed request', async () => {
    const page = await newPage(env.browser);
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(env.product.url);
    await page.waitForSelector('.big-actions');
    const icon = await page.locator('link[rel=icon]').getAttribute('href');
    expect(icon).toBe('/favicon.svg');
    for (const path of ['/favicon.svg', '/favicon.ico']) {
      const res = await fetch(`${env.product.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toContain('image/svg+xml');
      expect(await res.text(), path).toContain('<svg');
    }
    expect(failed).toEqual([]);
    await page.context().close();
  });

  it('switches <html lang> with the language and keeps focus on the switch', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.product.url}/#/check`);
    await page.waitForSelector('[data-question-path]');
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    await page.getByRole('button', { name: 'English' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await expect(page.locator('h1').textContent()).resolves.toMatch(/[A-Za-z]/);
    // Focus stays where the person pressed, not on the heading: they can switch straight back.
    expect((await focused(page)).text).toBe('한국어');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'ko');
    expect((await focused(page)).text).toBe('English');
    await page.context().close();
  });

  it('announces the progress with each question and the age error on the members screen', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.product.url}/#/check`);
    await page.waitForSelector('[data-question-path="gwangjuDistrict"]');
    await page.locator('input[type=radio][value=nam]').check();
    await page.getByRole('button', { name: /다음/ }).click();
    await page.waitForSelector('[data-question-path="members"]');
    // The new question's heading has focus and carries the progress as its description.
    const heading = await focused(page);
    expect(heading.tag).toBe('H1');
    expect(heading.description).toMatch(/^질문 2 \/ 약 \d+$/);
    await page.locator('#person-0-age').fill('150');
    await page.getByRole('button', { name: /다음/ }).click();
    // Focus moves to the wrong age, and its error is what the field is described by.
    await page.waitForFunction(() => document.activeElement?.id === 'person-0-age');
    const field = await focused(page);
    expect(field.description).toContain('130 이하로 적어 주세요');
    expect(await page.locator('#person-0-age').getAttribute('aria-invalid')).toBe('true');
    // The red border shows: the invalid style is not outranked by the field's own.
    const border = await page.locator('#person-0-age').evaluate((el) => getComputedStyle(el).borderTopColor);
    const normal = await page.locator('#person-0-age').evaluate((el) => {
      const probe = el.cloneNode() as HTMLInputElement;
      probe.removeAttribute('aria-invalid');
      el.parentElement?.append(probe);
      const c = getComputedStyle(probe).borderTopColor;
      probe.remove();
      return c;
    });
    expect(border).not.toBe(normal);
    expect(await axeViolations(page)).toEqual([]);
    // An age that is no whole number is named, not changed: "-5" was kept as 5 and "78.5" as 785.
    for (const [typed, said] of [
      ['-5', '나이는 0보다 작을 수 없어요.'],
      ['78.5', '나이는 숫자로 적어 주세요.'],
      ['칠십', '나이는 숫자로 적어 주세요.'],
    ] as const) {
      await page.locator('#person-0-age').fill(typed);
      expect(await page.locator('#person-0-age').inputValue()).toBe(typed);
      await page.getByRole('button', { name: /다음/ }).click();
      await expect.poll(() => page.locator('#person-0-error').textContent()).toContain(said);
      expect(await page.locator('[data-question-path="members"]').count()).toBe(1);
    }
    await page.context().close();
  });

  it('at 400 % zoom (320 CSS px wide) the focused question heading is on screen after 다음', async () => {
    // 1280×1024 at 400 % is 320×256 CSS px.
    const context = await env.browser.newContext({ viewport: { width: 320, height: 256 } });
    const page = await context.newPage();
    await page.goto(`${env.product.url}/#/check`);
    await page.waitForSelector('[data-question-path="gwangjuDistrict"]');
    await page.locator('input[type=radio][value=buk]').check();
    await page.locator('[data-question-path] button[type=submit]').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-question-path="members"]');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    const h = await focused(page);
    expect(h.inView).toBe(true);
    // Tabbing on, every focused control is scrolled into view by the browser and nothing covers it.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        const top = document.elementFromPoint(
          Math.min(r.left + r.width / 2, window.innerWidth - 1),
          Math.min(r.top + r.height / 2, window.innerHeight - 1),
        );
        return { visible: r.bottom > 0 && r.top < window.innerHeight, covered: !(top === el || el.contains(top)) };
      });
      expect(f.visible).toBe(true);
      expect(f.covered).toBe(false);
    }
    await context.close();
  });
});
