import { describe, expect, it } from 'vitest';
import { apiLogin } from '../support/api-login.ts';
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

  it('a case note being written survives a session that ended: the log-in comes in place and the note is there after it', async () => {
    const counselor = await apiLogin(env.product.url, 'counselor.dong');
    const cases = (await (await fetch(`${env.product.url}/api/cases`, { headers: counselor })).json()) as {
      items: { id: string }[];
    };
    const caseId = cases.items[0]?.id as string;
    const page = await newPage(env.browser);
    await logIn(page, `${env.product.url}/#/staff/cases/${caseId}`, 'counselor.dong');
    await page.locator('#new-note').fill('집주인과 통화: 수리 일정 조율 중');
    // The session ends (timed out) before the note is sent.
    await page.context().clearCookies();
    await page.getByRole('button', { name: '메모 추가' }).click();
    await page.getByText('로그인이 끝났습니다. 다시 로그인하면 보던 화면으로 돌아가고').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#staff-username').fill('counselor.dong');
    await page.locator('#staff-password').fill('jibsa-demo');
    await page.getByRole('button', { name: '로그인' }).click();
    // The same case, and the note as it was typed; sending it now works.
    await expect.poll(() => page.locator('#new-note').inputValue()).toBe('집주인과 통화: 수리 일정 조율 중');
    expect(page.url()).toContain(caseId);
    await page.getByRole('button', { name: '메모 추가' }).click();
    await page
      .locator('.case-notes, section[aria-labelledby="h-notes"]')
      .getByText('집주인과 통화: 수리 일정 조율 중')
      .first()
      .waitFor();
    await expect.poll(() => page.locator('#new-note').inputValue()).toBe('');
    // Sent, it is no longer kept: away and back, the field is empty.
    await page.goto(`${env.product.url}/#/staff/cases`);
    await page.goto(`${env.product.url}/#/staff/cases/${caseId}`);
    await page.locator('#new-note').waitFor();
    expect(await page.locator('#new-note').inputValue()).toBe('');
    await page.context().close();
  }, 60_000);
});
