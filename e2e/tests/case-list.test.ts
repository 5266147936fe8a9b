import { describe, expect, it } from 'vitest';
import { apiLogin } from '../support/api-login.ts';
import { axeViolations, browserAvailable, newPage } from '../support/browser.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';
import { logIn } from '../support/staff-session.ts';

describe.runIf(browserAvailable())('the case list: its count, and another 구’s case found by number', () => {
  const env = useProductInBrowser();

  it('says how many cases match and says it again when a filter changes', async () => {
    const page = await newPage(env.browser);
    await logIn(page, `${env.product.url}/#/staff/cases`, 'counselor.dong');
    const count = page.locator('#case-count[role="status"]');
    await count.filter({ hasText: /^사례 \d+건$/ }).waitFor();
    const all = Number((await count.textContent())?.match(/\d+/)?.[0]);
    expect(all).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    // The count the server gives for the filter chosen next, which the page must come to say.
    const dong = await apiLogin(env.product.url, 'counselor.dong');
    const closed = (await (await fetch(`${env.product.url}/api/cases?status=closed`, { headers: dong })).json()).total
      .count as number;
    expect(closed, 'the demo has closed cases, fewer than all').toBeLessThan(all);
    await page.locator('#case-status').selectOption('closed');
    await count.filter({ hasText: `사례 ${closed}건` }).waitFor();
  });

  it('offers a 동구 counselor who searched a 서구 case number the reason form, and opens it read-only', async () => {
    const admin = await apiLogin(env.product.url, 'admin');
    const seo = (await (await fetch(`${env.product.url}/api/cases?district=seo&limit=1`, { headers: admin })).json())
      .items[0] as { id: string; number: string; headName: string };
    const page = await newPage(env.browser);
    await logIn(page, `${env.product.url}/#/staff/cases`, 'counselor.dong');
    await page.locator('#case-search').fill(seo.number);
    await page.getByRole('button', { name: '찾기' }).click();
    const offer = page.getByRole('link', { name: `사유를 밝히고 ${seo.number} 열기` });
    await offer.waitFor();
    const notice = (await page.locator('.notice', { has: offer }).textContent()) ?? '';
    expect(notice).toContain('서구의 사례');
    expect(notice).not.toContain(seo.headName);
    // The status line says it too (the notice is not a live region), and no "no cases" stands beside it.
    expect(await page.locator('#case-count').textContent()).toBe(
      `사례 0건 · 사례 ${seo.number}은(는) 서구의 사례라 이 목록에 나오지 않습니다.`,
    );
    expect(await page.locator('table').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await offer.click();
    await page.getByRole('heading', { name: '다른 구의 사례 열기', level: 1 }).waitFor();
    await page.locator('#glass-reason').fill('서구 담당자 부재, 긴급 연락');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '사유를 밝히고 열기' }).click();
    await page.getByText('다른 구의 사례를 사유를 밝히고 열었습니다.').waitFor();
    await page.getByRole('heading', { name: new RegExp(`^${seo.number}`) }).waitFor();
  });
});
