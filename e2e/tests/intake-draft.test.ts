import { describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, newPage } from '../support/browser.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';
import { logIn } from '../support/staff-session.ts';

describe.runIf(browserAvailable())('a half-filled intake', () => {
  const env = useProductInBrowser();

  it('comes back as it was after a move to another screen, says so, and can be cleared', async () => {
    const page = await newPage(env.browser);
    await logIn(page, `${env.product.url}/#/staff/cases/new`, 'counselor.dong');
    await page.getByRole('heading', { name: '새 사례 접수 (창구·전화)' }).waitFor();
    await page.locator('#people-0-name').fill('가 온 누');
    await page.locator('#people-0-phone').fill('010-2323-4545');
    await page.locator('#intake-needs').fill('이사');
    // Away to the case list (a call comes in about another case), then back.
    await page.goto(`${env.product.url}/#/staff/cases`);
    await page.locator('#case-count').filter({ hasText: /건/ }).waitFor();
    await page.goto(`${env.product.url}/#/staff/cases/new`);
    await page.getByText('작성하다 만 접수 내용을 그대로 이어서 보여 드립니다.').waitFor();
    expect(await page.locator('#people-0-name').inputValue()).toBe('가 온 누');
    expect(await page.locator('#people-0-phone').inputValue()).toBe('010-2323-4545');
    expect(await page.locator('#intake-needs').inputValue()).toBe('이사');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: '지우고 새로 쓰기' }).click();
    expect(await page.locator('#people-0-name').inputValue()).toBe('');
    expect(await page.locator('#intake-needs').inputValue()).toBe('');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('people-0-name');
    // Nothing typed since: nothing is kept, and the form opens empty without the notice.
    await page.goto(`${env.product.url}/#/staff/cases`);
    await page.goto(`${env.product.url}/#/staff/cases/new`);
    await page.getByRole('heading', { name: '새 사례 접수 (창구·전화)' }).waitFor();
    expect(await page.getByText('작성하다 만 접수 내용').count()).toBe(0);
    await page.context().close();
  }, 60_000);
});
