import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiLogin } from '../support/api-login.ts';
import { axeViolations, browserAvailable, newPage } from '../support/browser.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';
import { logIn } from '../support/staff-session.ts';

const NUMBER = /^R-\d{4}-\d{6}$/;

async function numbersShown(page: Page) {
  const texts = await page.locator('main a').allTextContents();
  return texts.filter((t) => NUMBER.test(t.trim()));
}

describe.runIf(browserAvailable())('a partner agency with many referrals', () => {
  const env = useProductInBrowser();

  it('pages past the first 50, can show only the open or overdue ones, and finds one by its number', async () => {
    const url = env.product.url;
    const counselor = await apiLogin(url, 'counselor.dong');
    const json = { ...counselor, 'content-type': 'application/json' };
    /** A new case with consent to sharing: a case holds one open referral to a service at a time. */
    const newCase = async (i: number) => {
      const made = await fetch(`${url}/api/cases`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({
          district: 'dong',
          people: [{ name: `많 은 ${i + 1}`, relation: 'head' }],
          consent: { collection: true, sharing: true },
        }),
      });
      expect(made.status).toBe(201);
      return ((await made.json()) as { id: string }).id;
    };
    const services = (await (await fetch(`${url}/api/directory/services`, { headers: counselor })).json()) as {
      items: { id: string; name: string }[];
    };
    const repair = services.items.find((s) => s.name === '저소득층 집수리')?.id;
    const ids: string[] = [];
    // 55 households referred to the one repair service: more than a page of the agency's inbox.
    for (let i = 0; i < 55; i++) {
      const res = await fetch(`${url}/api/cases/${await newCase(i)}/referrals`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ serviceId: repair, message: `집수리 ${i + 1}번째 의뢰`, sharedFields: ['name'] }),
      });
      expect(res.status).toBe(201);
      ids.push(((await res.json()) as { id: string }).id);
    }
    // The agency declines the newest one, so "open only" has something to leave out.
    const agency = await apiLogin(url, 'partner.repair');
    const partnerJson = { ...agency, 'content-type': 'application/json' };
    const newest = ids[ids.length - 1];
    const received = await fetch(`${url}/api/partner/referrals/${newest}/status`, {
      method: 'POST',
      headers: partnerJson,
      body: JSON.stringify({ to: 'received', version: 1 }),
    });
    const { version } = (await received.json()) as { version: number };
    const rejected = await fetch(`${url}/api/partner/referrals/${newest}/status`, {
      method: 'POST',
      headers: partnerJson,
      body: JSON.stringify({ to: 'rejected', version, reason: '예산 소진' }),
    });
    expect(rejected.status).toBe(200);

    const page = await newPage(env.browser, { mobile: true });
    await logIn(page, `${url}/#/staff/partner`, 'partner.repair');
    await page.getByRole('heading', { name: '연계 의뢰함' }).waitFor();
    await expect.poll(() => numbersShown(page).then((n) => n.length)).toBe(50);
    const all = await fetch(`${url}/api/partner/referrals?limit=200`, { headers: agency });
    const total = ((await all.json()) as { items: unknown[] }).items.length;
    expect(total).toBeGreaterThan(55);

    // The older ones are one button away, not out of reach.
    await page.getByRole('button', { name: '다음 50건 더 보기' }).click();
    await expect.poll(() => numbersShown(page).then((n) => n.length)).toBe(total);
    expect(await page.getByRole('button', { name: '다음 50건 더 보기' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // Only what still needs work: the declined one (and the seeded finished ones) leave the list.
    await page.locator('#partner-filter').selectOption('open');
    await expect
      .poll(async () => ((await page.locator('main').textContent()) ?? '').match(/거절|완료|취소/g)?.length ?? 0)
      .toBe(0);
    await expect.poll(() => numbersShown(page).then((n) => n.length)).toBe(50);

    // Overdue only: none of today's referrals is late, so the list says so in words.
    await page.locator('#partner-filter').selectOption('overdue');
    await page.getByText('조건에 맞는 연계 의뢰가 없습니다.').waitFor();

    // A household calls about its referral: the agency finds it by the number, or its last digits.
    const wanted = (
      (await (await fetch(`${url}/api/partner/referrals/${ids[0]}`, { headers: agency })).json()) as {
        number: string;
      }
    ).number;
    await page.locator('#partner-filter').selectOption('');
    await page.locator('#partner-number').fill(wanted.slice(-6));
    await page.getByRole('button', { name: '찾기' }).click();
    await expect.poll(() => numbersShown(page)).toEqual([wanted]);
    await page.locator('#partner-number').fill('김철수');
    await page.getByRole('button', { name: '찾기' }).click();
    await page
      .locator('.field', { has: page.locator('#partner-number') })
      .getByText('연계 번호는 R-2026-000123처럼 적어 주세요')
      .waitFor();
    expect(await page.locator('#partner-number').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, 120_000);
});
