import { describe, expect, it } from 'vitest';
import { apiLogin } from '../support/api-login.ts';
import { browserAvailable, newPage } from '../support/browser.ts';
import { screeningDone, startScreening, uploadList } from '../support/outreach-list.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';
import { logIn } from '../support/staff-session.ts';

describe.runIf(browserAvailable())('the 발굴 lists table in Chromium', () => {
  const env = useProductInBrowser();

  it('shows a list uploaded and screened elsewhere (another tab, a colleague) when the page is looked at again', async () => {
    const page = await newPage(env.browser);
    await logIn(page, `${env.product.url}/#/staff/outreach`, 'counselor.dong');
    const table = page.getByRole('table', { name: '올린 명단 (새로 올린 것부터)' });
    await table.waitFor();
    // The same counselor, in another tab (through the API here), uploads a list.
    const headers = await apiLogin(env.product.url, 'counselor.dong');
    const listId = await uploadList(env.product.url, headers, '다른 창 명단.csv', [
      '가상창,1948.5.1,동구,월세,쪽방,100만,20만원,0,0,30만,0,50만,0,0,0,X,1,비수급',
    ]);
    const row = table.getByRole('row', { name: /다른 창 명단\.csv/ });
    // Nothing on this page changed, so the table has not asked again yet.
    await page.waitForTimeout(500);
    expect(await row.count()).toBe(0);
    // Coming back to the page (the window gets focus again) asks the table again.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await row.getByRole('cell', { name: '선별 전 (열 연결 필요)' }).waitFor();
    // Screened from the other tab: the row follows once the page is looked at again.
    await screeningDone(env.product.url, headers, await startScreening(env.product.url, headers, listId));
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await row.getByRole('cell', { name: '끝남', exact: true }).waitFor();
    expect((await row.locator('td').allTextContents()).slice(2, 4)).toEqual(['1', '끝남']);
  });
});
