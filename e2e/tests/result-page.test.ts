import { findProgram, incomeBreakdown, screenHousehold } from '@jibsa/programs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, newPage } from '../support/browser.ts';
import { expectFocus } from '../support/focus.ts';
import { HOUSEHOLDS } from '../support/households.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';
import { type HouseholdPlan, shownPrograms, walkQuestionnaire } from '../support/selfcheck.ts';

/** Visible to the eye: laid out with a size (a folded card body has none). */
const visible = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => (el as HTMLElement).getBoundingClientRect().height > 0);

describe.runIf(browserAvailable())('result page: summary first, folded cards, parts of 소득인정액', () => {
  const env = useProductInBrowser();

  async function resultFor(plan: HouseholdPlan, opts: { mobile?: boolean } = {}) {
    const page = await newPage(env.browser, opts);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${env.product.url}/#/check`);
    await page.waitForSelector('[data-question-path]');
    const walk = await walkQuestionnaire(page, plan);
    await shownPrograms(page);
    return { page, walk, requests };
  }

  it('opens with a one-screen summary: what, about how much a month in all, and the first step', async () => {
    const { page, walk } = await resultFor(HOUSEHOLDS.elderly, { mobile: true });
    const expected = screenHousehold(walk.household);
    if (!expected.ok) throw new Error('screening failed');
    const loan = (id: string) => findProgram(id)?.metadata.helpType === 'loan';
    const eligible = expected.programs.filter((p) => p.status === 'eligible' && !loan(p.id));
    const loans = expected.programs.filter((p) => p.status === 'eligible' && loan(p.id));
    const monthlyTotal = eligible
      .filter((p) => p.amount !== null && findProgram(p.id)?.program?.amount?.unit === 'KRW/month')
      .reduce((s, p) => s + (p.amount ?? 0), 0);
    expect(monthlyTotal).toBeGreaterThan(0);
    const summary = page.locator('.result-summary');
    await expect(summary.textContent()).resolves.toContain(`받을 수 있어 보이는 제도: ${eligible.length}개`);
    // A jeonse loan is money lent, not help given: counted apart, and its card says "빌릴 수 있어요".
    expect(loans.length).toBeGreaterThan(0);
    await expect(summary.textContent()).resolves.toContain(`빌릴 수 있어 보이는 대출: ${loans.length}개`);
    const loanCard = page.locator(`[data-program-id="${loans[0]?.id}"]`);
    expect(await loanCard.locator('.badge').textContent()).toContain('빌릴 수 있어요');
    expect(Number(await summary.locator('[data-total]').getAttribute('data-total'))).toBe(monthlyTotal);
    await expect(summary.locator('[data-total]').textContent()).resolves.toContain(
      monthlyTotal.toLocaleString('en-US'),
    );
    await expect(summary.locator('.first-step').textContent()).resolves.toMatch(/먼저 할 일: .+ 신청하기/);
    // It asks nobody's nationality, so it says that most programs are for citizens only.
    expect(await page.locator('.foreign-note').textContent()).toContain(
      '대부분의 제도는 대한민국 국민만 받을 수 있습니다.',
    );
    // The hard words of the reasons ("소득인정액", "기준 중위소득 …%"), explained once under the cards.
    const words = page.locator('.plain-words');
    await words.waitFor();
    expect(await words.textContent()).toContain('소득인정액');
    expect(await words.textContent()).toContain('한 달 소득');
    expect(await words.textContent()).toMatch(/1인 가구는 한 달 [\d,]+원입니다/);
    // One phone screen (390 × 844): the summary ends above the fold.
    const bottom = await summary.evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    expect(bottom).toBeLessThanOrEqual(844 * 1.5);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('keeps the page when a part of the app fetched later is gone (a new version put up while it was open)', async () => {
    const page = await newPage(env.browser);
    // The open 모집공고 under the result are fetched after it: gone, they are left out, not the page.
    await page.route(/\/assets\/OpenNotices-[^/]+\.js$/, (r) => r.fulfill({ status: 404, body: '' }));
    // The table of figures a card used is fetched only when someone opens it: gone, its box says so.
    const figureFetches: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/Figures-[^/]+\.js$/.test(r.url())) figureFetches.push(r.url());
    });
    await page.route(/\/assets\/Figures-[^/]+\.js$/, (r) => r.fulfill({ status: 404, body: '' }));
    await page.goto(`${env.product.url}/#/check`);
    await page.waitForSelector('[data-question-path]');
    await walkQuestionnaire(page, HOUSEHOLDS.elderly);
    await shownPrograms(page);
    await page.locator('#result-actions').waitFor();
    expect(await page.locator('.program-card').count()).toBeGreaterThan(0);
    expect(figureFetches).toEqual([]);
    const rent = page.locator('[data-program-id="housing-benefit.rent"]');
    await rent.locator('.card-toggle').click();
    await rent.locator('summary').click();
    await rent.getByRole('alert').filter({ hasText: '화면을 불러오지 못했습니다.' }).waitFor();
    expect(figureFetches).toHaveLength(1);
    expect(await rent.locator('[data-amount]').count()).toBe(1);
    // A whole area gone (the catalog): a message with a way to reload, where the page was blank.
    await page.route(/\/assets\/CatalogRoutes-[^/]+\.js$/, (r) => r.fulfill({ status: 404, body: '' }));
    await page.goto(`${env.product.url}/#/programs`);
    const alert = page.getByRole('alert').filter({ hasText: '화면을 불러오지 못했습니다.' });
    await alert.waitFor();
    await alert.getByRole('button', { name: '새로 고치기' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('folds each card to heading and amount behind a disclosure button; print opens them all', async () => {
    const { page, requests } = await resultFor(HOUSEHOLDS.elderly);
    const card = '[data-program-id="housing-benefit.rent"]';
    const toggle = page.locator(`${card} .card-toggle`);
    expect(await visible(page, `${card} [data-amount]`)).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const controls = await toggle.getAttribute('aria-controls');
    expect(controls).toBeTruthy();
    expect(await visible(page, `#${controls}`)).toBe(false);
    // Its name says which program it opens.
    await expect(toggle.textContent()).resolves.toContain('자세히 보기');
    await expect(toggle.textContent()).resolves.toContain('주거급여');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await visible(page, `#${controls}`)).toBe(true);
    await expect(page.locator(`#${controls}`).textContent()).resolves.toContain('신분증');
    // Where to apply: the 광산구 office from the directory, with its phone, hours and documents.
    const office = page.locator(`${card} .apply-at li[data-service="gu-gwangsan-benefits"]`);
    await office.waitFor();
    const officeText = (await office.textContent()) ?? '';
    expect(officeText).toContain('광산구 기초생활보장·주거급여 신청');
    expect(officeText).toMatch(/062-000-\d{4}/);
    expect(officeText).toContain('월–금 09:00–18:00');
    expect(officeText).toContain('사회보장급여 신청서');
    expect(await page.locator(`${card} .apply-at li[data-service^="gu-"]`).count()).toBe(1);
    // On a 320 px phone with the largest text the office's phone number stays on one line, and
    // the card fits the screen (a label column beside it had left the number a few characters a line).
    await page.setViewportSize({ width: 320, height: 640 });
    await page.evaluate(() => {
      document.documentElement.dataset.textSize = 'xlarge';
    });
    const phone = office.locator('a[href^="tel:"]');
    expect(await phone.evaluate((a) => a.getClientRects().length)).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.evaluate(() => {
      delete document.documentElement.dataset.textSize;
    });
    await page.setViewportSize({ width: 1280, height: 720 });
    // The answers stayed here: the directory was asked for as a whole, with nothing of the result.
    const asked = requests.filter((u) => u.includes('/api/directory/'));
    expect(asked.map((u) => new URL(u).pathname + new URL(u).search)).toEqual(['/api/directory/services']);
    for (const u of requests.filter((x) => x.includes('/api/'))) expect(u).not.toMatch(/gwangsan|housing-benefit/);
    expect(await axeViolations(page)).toEqual([]);
    await toggle.click();
    expect(await visible(page, `#${controls}`)).toBe(false);
    // On paper every card is open.
    await page.emulateMedia({ media: 'print' });
    const folded = await page.$$eval(
      '.card-body',
      (els) => els.filter((e) => e.getBoundingClientRect().height === 0).length,
    );
    expect(await page.locator('.card-body').count()).toBeGreaterThan(0);
    expect(folded).toBe(0);
    await page.context().close();
  }, 120_000);

  it('jumps straight to 상담 신청 from the top of the result', async () => {
    const { page } = await resultFor(HOUSEHOLDS.elderly);
    const jump = page.locator('.jump-list a', { hasText: '상담 신청' });
    expect(await jump.count()).toBe(1);
    await jump.focus();
    await page.keyboard.press('Enter');
    await expectFocus(page, 'result-actions');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain('상담 신청');
    await page.context().close();
  }, 120_000);

  it('shows 소득인정액 in its parts and names the car as the cause for a family with an 800만원 car', async () => {
    const plan: HouseholdPlan = {
      // A 2,000cc 미만 승용차 under 10 years old: at 800만원 it counts in full (from 2025 an old one would not).
      household: {
        ...HOUSEHOLDS.family.household,
        carValue: 8_000_000,
        carUse: 'none',
        carKind: 'passenger',
        carEngine: 'under_2000',
        carOld: false,
        financialAssets: 2_000_000,
      },
      members: HOUSEHOLDS.family.members,
    };
    const { page, walk } = await resultFor(plan);
    const b = incomeBreakdown(walk.household, 'housing-benefit.rent', screenHouseholdDate(walk.household));
    expect(b?.decisive).toBe('car');
    const card = '[data-program-id="housing-benefit.rent"]';
    // Over the line, so the card is among those that do not apply: the parts are in "왜 해당되지 않나요".
    expect(await page.locator(card).getAttribute('data-status')).toBe('ineligible');
    await page.locator(`${card} summary`).click();
    const parts = page.locator(`${card} .income-parts`);
    const text = (await parts.textContent()) ?? '';
    expect(text).toContain(`${b?.incomeEvaluation.toLocaleString('en-US')}원`);
    expect(text).toContain(`자동차: 월 ${b?.property.car.amount.toLocaleString('en-US')}원`);
    expect(text).toContain('한 달에 100%씩');
    expect(text).toContain(`${b?.recognizedIncome.toLocaleString('en-US')}원`);
    expect(text).toContain('가장 크게 차지하는 것: 자동차');
    // The reason says how far over the line.
    await expect(page.locator(`${card} .reasons`).textContent()).resolves.toMatch(/기준보다 [\d,]+원 많아요/);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('tells someone turned down in December that the new figures of 1 January would let them apply', async () => {
    // 78, alone, on a pension of 850,000원: over the 2026 생계급여 line, under 2027's.
    const plan: HouseholdPlan = {
      household: HOUSEHOLDS.elderly.household,
      members: [{ ...HOUSEHOLDS.elderly.members[0], pensionIncome: 850_000 }],
    };
    const page = await newPage(env.browser, { mobile: true });
    await page.clock.setFixedTime(new Date('2026-12-15T03:00:00Z'));
    await page.goto(`${env.product.url}/#/check`);
    await page.waitForSelector('[data-question-path]');
    const walk = await walkQuestionnaire(page, plan);
    await shownPrograms(page);
    const later = screenHousehold(walk.household, { date: '2027-01-01' });
    if (!later.ok) throw new Error('screening failed');
    const livelihood = later.programs.find((p) => p.id === 'basic-livelihood.livelihood');
    expect(livelihood?.status).toBe('eligible');
    const card = page.locator('[data-program-id="basic-livelihood.livelihood"]');
    expect(await card.getAttribute('data-status')).toBe('ineligible');
    // Unfolded on the compact card, with the amount as the card would show it.
    const line = card.locator('.ahead');
    expect(await visible(page, '[data-program-id="basic-livelihood.livelihood"] .ahead')).toBe(true);
    await expect(line.textContent()).resolves.toContain(
      `2027년 1월 1일부터는 새 기준으로 받을 수 있을 것 같아요 (월 약 ${livelihood?.amount?.toLocaleString('en-US')}원). 그때 신청해 보세요.`,
    );
    // 의료급여 is the same then (eligible, no amount): its reasons say so rather than "may change".
    expect(later.programs.find((p) => p.id === 'basic-livelihood.medical')?.status).toBe('eligible');
    await expect(
      page.locator('[data-program-id="basic-livelihood.medical"] .next-figures').textContent(),
    ).resolves.toBe('2027년 1월 1일부터 새 기준이 적용돼요. 지금 답으로는 그때도 결과가 같아요.');
    expect(await page.locator('[data-program-id="basic-livelihood.medical"] .ahead').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('says on each card when this year’s 기준 중위소득 is not in Jibsa yet, and which year it used', async () => {
    const median = findProgram('housing-benefit.rent')?.program?.parameters.get('basic-livelihood.median-income');
    const year = Math.max(...(median?.periods ?? []).map((p) => Number(p.from.slice(0, 4))));
    const page = await newPage(env.browser, { mobile: true });
    // The phone's clock in the first February Jibsa has no median for (noon in Korea).
    await page.clock.setFixedTime(new Date(`${year + 1}-02-03T03:00:00Z`));
    await page.goto(`${env.product.url}/#/check`);
    await page.waitForSelector('[data-question-path]');
    await walkQuestionnaire(page, HOUSEHOLDS.elderly);
    await shownPrograms(page);
    const note = page.locator('[data-program-id="housing-benefit.rent"] .figures-year');
    await expect(note.textContent()).resolves.toBe(
      `올해 새 기준이 아직 들어오지 않아 ${year}년 기준으로 어림한 결과예요. 센터에 확인해 주세요.`,
    );
    // Not folded away: it is read with the amount.
    expect(await visible(page, '[data-program-id="housing-benefit.rent"] .figures-year')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
    // On the real date the figures are the year's own: no such line.
    const today = await resultFor(HOUSEHOLDS.elderly);
    expect(await today.page.locator('.figures-year').count()).toBe(0);
    await today.page.context().close();
  }, 180_000);
});

function screenHouseholdDate(household: Record<string, unknown>): string {
  const s = screenHousehold(household);
  if (!s.ok) throw new Error('screening failed');
  return s.date;
}
