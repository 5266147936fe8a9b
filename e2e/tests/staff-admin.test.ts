import { describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, newPage } from '../support/browser.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';

describe.runIf(browserAvailable())('admin screens in Chromium: accounts, audit, a forced password change', () => {
  const env = useProductInBrowser();

  it('an admin creates an account and reads the audit log; the new user must change the password first', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.product.url}/#/staff/accounts`);
    await page.locator('#staff-username').fill('admin');
    await page.locator('#staff-password').fill('jibsa-demo');
    await page.getByRole('button', { name: '로그인' }).click();

    await page.getByRole('heading', { name: '계정 관리', level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#new-username').fill('counselor.e2e');
    await page.locator('#new-displayName').fill('새 상담사');
    await page.locator('#new-district').selectOption('nam');
    await page.locator('#new-temporaryPassword').fill('temporary-e2e-2026');
    await page.getByRole('button', { name: '계정 만들기' }).click();
    await page.getByRole('status').filter({ hasText: '계정을 만들었습니다.' }).waitFor();
    await page.getByRole('button', { name: '고치기: counselor.e2e' }).click();
    await page.getByRole('heading', { name: '계정 고치기: counselor.e2e' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${env.product.url}/#/staff/audit?action=admin.`);
    await page.getByRole('heading', { name: '감사 기록', level: 1 }).waitFor();
    await page.locator('td', { hasText: 'admin.account_create' }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const user = await newPage(env.browser);
    await user.goto(`${env.product.url}/#/staff/cases`);
    await user.locator('#staff-username').fill('counselor.e2e');
    await user.locator('#staff-password').fill('temporary-e2e-2026');
    await user.getByRole('button', { name: '로그인' }).click();
    await user.getByRole('heading', { name: '비밀번호 바꾸기', level: 1 }).waitFor();
    expect(await axeViolations(user)).toEqual([]);
    await user.locator('#pw-current').fill('temporary-e2e-2026');
    await user.locator('#pw-new').fill('my-own-e2e-password');
    await user.locator('#pw-repeat').fill('my-own-e2e-password');
    await user.getByRole('button', { name: '비밀번호 바꾸기' }).click();
    await user.getByRole('heading', { name: '사례 목록', level: 1 }).waitFor();
  }, 120_000);
});
