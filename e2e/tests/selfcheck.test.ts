import { screenHousehold } from '@jibsa/programs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, newPage } from '../support/browser.ts';
import { expectFocusContaining } from '../support/focus.ts';
import { HOUSEHOLDS } from '../support/households.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';
import { type ShownProgram, shownPrograms, walkQuestionnaire } from '../support/selfcheck.ts';

interface ScreenedProgram {
  id: string;
  status: string;
  amount: number | null;
}

/** The same household screened by the running product's API, POST /api/screen. */
async function screenByApi(url: string, household: Record<string, unknown>): Promise<ScreenedProgram[]> {
  const res = await fetch(`${url}/api/screen`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ household }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { programs: ScreenedProgram[] }).programs;
}

/**
 * What the page shows must be what `screenHousehold` says for the same answers, as of today, and
 * what the API answers for them: one rule source for the browser and the server.
 */
async function expectMatchesEngine(shown: ShownProgram[], household: Record<string, unknown>, url: string) {
  const expected = screenHousehold(household);
  if (!expected.ok) throw new Error(JSON.stringify(expected.errors));
  const api = await screenByApi(url, household);
  expect(shown.map((s) => s.id).sort()).toEqual(expected.programs.map((p) => p.id).sort());
  expect(api.map((p) => p.id).sort()).toEqual(expected.programs.map((p) => p.id).sort());
  for (const p of expected.programs) {
    const s = shown.find((x) => x.id === p.id);
    const a = api.find((x) => x.id === p.id);
    expect(s?.status, p.id).toBe(p.status);
    expect(a?.status, `${p.id} (API)`).toBe(s?.status);
    if (p.amount !== null && p.status !== 'ineligible') {
      expect(s?.amount, p.id).toBe(p.amount);
      expect(a?.amount, `${p.id} (API)`).toBe(s?.amount);
      expect(s?.amountText, p.id).toContain(p.amount.toLocaleString('en-US'));
    }
  }
  return expected;
}

describe.runIf(browserAvailable())('self-check in Chromium', () => {
  const env = useProductInBrowser();

  async function start(opts: { mobile?: boolean } = {}): Promise<Page> {
    const page = await newPage(env.browser, opts);
    await page.goto(env.product.url);
    await page.getByRole('link', { name: '자가진단 시작' }).click();
    await page.waitForSelector('[data-question-path]');
    return page;
  }

  it('(1) single elderly renter in 광산구: 주거급여 임차급여 as the engine computes it today', async () => {
    const page = await start();
    const walk = await walkQuestionnaire(page, HOUSEHOLDS.elderly);
    expect(walk.asked.slice(0, 4)).toEqual(['gwangjuDistrict', 'members', 'tenure', 'housingType']);
    expect(walk.asked).not.toContain('region');
    const shown = await shownPrograms(page);
    const expected = await expectMatchesEngine(shown, walk.household, env.product.url);
    const rent = expected.programs.find((p) => p.id === 'housing-benefit.rent');
    expect(rent?.status).toBe('eligible');
    expect(rent?.amount).toBeGreaterThan(0);
    const card = shown.find((s) => s.id === 'housing-benefit.rent');
    // Its label already says 월 (월 임차급여): the amount does not say it again.
    expect(card?.amountText).toMatch(/^약 [\d,]+원$/);
    expect(await page.locator('[data-program-id="housing-benefit.rent"] .amount').textContent()).toMatch(
      /^월 임차급여 \(예상\) 약 [\d,]+원$/,
    );
    expect(card?.text).toContain('신분증');
    expect(card?.text).toContain('1600-1004');
    expect(await page.locator('[data-program-id="housing-benefit.rent"] a[href^="tel:"]').count()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { level: 2, name: /받을 수 있어요/ }).count()).toBe(1);
    // The figures used, with citations and the evidence marker ("출처 하나뿐" below secondary), unfold on demand.
    await page.locator('[data-program-id="housing-benefit.rent"] .card-toggle').click();
    await page.locator('[data-program-id="housing-benefit.rent"] summary').click();
    const figures = page.locator('[data-program-id="housing-benefit.rent"] .figures');
    await expect(figures.textContent()).resolves.toContain('출처 하나뿐');
    expect(await figures.locator('a[href^="http"]').count()).toBeGreaterThan(0);
    const share = await page.locator('.share-link a').getAttribute('href');
    expect(share).toMatch(/#\/programs\?ids=[a-z0-9.,-]+$/);
    expect(share).not.toMatch(/350000|5000000|300000|gwangsan/);
    expect(await axeViolations(page)).toEqual([]);
    // Printable: no navigation or buttons; every card open with its reasons and the parts of
    // 소득인정액 and the local office to apply at, even the ones folded on screen; eleven programs
    // fit on four A4 pages.
    await page.locator('[data-program-id="housing-benefit.rent"] .card-toggle').click();
    const pdf = await page.pdf({ format: 'A4' });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeLessThanOrEqual(4);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.result-actions').isVisible()).toBe(false);
    const eligibleCards = page.locator('.group-eligible .program-card');
    expect(await eligibleCards.count()).toBeGreaterThan(1);
    for (const card of await eligibleCards.all()) {
      expect(await card.locator('.reasons').first().isVisible()).toBe(true);
    }
    expect(await page.locator('[data-program-id="housing-benefit.rent"] .income-parts').isVisible()).toBe(true);
    await page.context().close();
  }, 90_000);

  it('(2) family of four in a 반지하 in 북구, on a phone, with "잘 모르겠어요" for savings', async () => {
    const page = await start({ mobile: true });
    const walk = await walkQuestionnaire(page, HOUSEHOLDS.family);
    expect(walk.unknown).toContain('financialAssets');
    expect(walk.household.members).toHaveLength(4);
    // The children (12 and 9) are under working age: no income question about them at all, and
    // the 배우자 on the list settles "married"; deposit and rent come one after the other.
    expect(walk.asked.filter((q) => /^members\[[23]\]\.\w*[iI]ncome$/.test(q))).toEqual([]);
    expect(walk.asked).not.toContain('married');
    expect(walk.asked.indexOf('monthlyRent')).toBe(walk.asked.indexOf('deposit') + 1);
    const shown = await shownPrograms(page);
    const expected = await expectMatchesEngine(shown, walk.household, env.product.url);
    const unsure = expected.programs.filter((p) => p.status === 'unknown');
    expect(unsure.length).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { level: 2, name: /확인이 필요해요/ }).textContent()).resolves.toBeTruthy();
    for (const p of unsure.filter((u) => u.missing.some((m) => m.path === 'financialAssets'))) {
      const card = page.locator(`[data-program-id="${p.id}"] .to-check`);
      await expect(card.textContent()).resolves.toContain('금융재산');
    }
    // Mobile first: nothing wider than the 390 px screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  }, 90_000);

  it('(3) young worker (27) living alone apart from the parents', async () => {
    const page = await start();
    const walk = await walkQuestionnaire(page, HOUSEHOLDS.youngWorker);
    await expectMatchesEngine(await shownPrograms(page), walk.household, env.product.url);
    await page.context().close();
  }, 90_000);

  it('(4) 쪽방 resident: result matches the engine, unknowns listed to check', async () => {
    const page = await start();
    const walk = await walkQuestionnaire(page, HOUSEHOLDS.jjokbang);
    expect(walk.household.housingType).toBe('jjokbang');
    const shown = await shownPrograms(page);
    const expected = await expectMatchesEngine(shown, walk.household, env.product.url);
    const rent = expected.programs.find((p) => p.id === 'housing-benefit.rent');
    expect(rent?.status).not.toBe('ineligible');
    await page.context().close();
  }, 90_000);

  it('asks one question per screen with progress, back and edit; the question screen passes axe', async () => {
    const page = await start();
    await expect(page.locator('.progress p').textContent()).resolves.toMatch(/질문 1 \/ 약 \d+/);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('input[type=radio][value=nam]').check();
    await page.getByRole('button', { name: /다음/ }).click();
    await page.waitForSelector('[data-question-path="members"]');
    // Who lives together is asked of everyone: no "잘 모르겠어요" (after it, income was never asked).
    expect(await page.getByRole('button', { name: /잘 모르겠어요/ }).count()).toBe(0);
    // A minus before the age is said to be below 0, not "not a number".
    await page.locator('#person-0-age').fill('-5');
    await page.getByRole('button', { name: /다음/ }).click();
    await page.getByText('나이는 0보다 작을 수 없어요.', { exact: false }).waitFor();
    await page.locator('#person-0-age').fill('70');
    await page.getByRole('button', { name: /함께 사는 분 추가/ }).click();
    await page.locator('#person-1-age').fill('68');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /다음/ }).click();
    await page.waitForSelector('[data-question-path="tenure"]');
    await expect(page.locator('.progress p').textContent()).resolves.toMatch(/질문 3 \//);
    // Back shows the previous answer again.
    await page.getByRole('button', { name: /이전 질문/ }).click();
    await page.waitForSelector('[data-question-path="members"]');
    expect(await page.locator('#person-1-age').inputValue()).toBe('68');
    // The summary lists the answers; "바꾸기" goes back to that question and returns.
    await page.getByRole('link', { name: '답한 내용 보기' }).click();
    await expect(page.locator('.answer-list').textContent()).resolves.toContain('남구');
    await page.locator('[data-path="gwangjuDistrict"] a').click();
    await page.waitForSelector('[data-question-path="gwangjuDistrict"]');
    expect(await page.locator('input[value=nam]').isChecked()).toBe(true);
    await page.locator('input[type=radio][value=buk]').check();
    await page.getByRole('button', { name: /저장/ }).click();
    await expect(page.locator('.answer-list').textContent()).resolves.toContain('북구');
    // Back in the list at the answer just changed, its link read with the new value: not at the top.
    await expectFocusContaining(page, '바꾸기', 'textContent');
    const link = page.locator('[data-path="gwangjuDistrict"] a');
    expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
    const described = await link.getAttribute('aria-describedby');
    await expect(page.locator(`#${described}`).textContent()).resolves.toContain('북구');
    // Money: separators as you type and a read-back in words.
    await page.goto(`${env.product.url}/#/check?q=members[1].pensionIncome`);
    await page.locator('#answer').pressSequentially('35');
    await expect(page.locator('.read-back').textContent()).resolves.toContain('월 35만원');
    await page.locator('input[type=radio][value=won]').check();
    await page.locator('#answer').fill('');
    await page.locator('#answer').pressSequentially('1234567');
    expect(await page.locator('#answer').inputValue()).toBe('1,234,567');
    // A keypad with a decimal point: amounts in 만원 may have one (30.5).
    expect(await page.locator('#answer').getAttribute('inputmode')).toBe('decimal');
    await expect(page.locator('.read-back').textContent()).resolves.toContain('월 123만 4,567원');
    // Editing in the middle keeps the caret where the person is typing, though separators move.
    await page.locator('#answer').fill('1500000');
    await page.locator('#answer').evaluate((el: HTMLInputElement) => el.setSelectionRange(3, 3)); // after "1,5"
    await page.keyboard.type('91');
    expect(await page.locator('#answer').inputValue()).toBe('159,100,000');
    // Backspace just after a comma deletes the digit before it, and the caret stays there.
    await page.locator('#answer').evaluate((el: HTMLInputElement) => el.setSelectionRange(4, 4)); // after "159,"
    await page.keyboard.press('Backspace');
    await page.keyboard.type('8');
    expect(await page.locator('#answer').inputValue()).toBe('158,100,000');
    await expect(page.locator('h1').textContent()).resolves.toContain('두 번째 분(배우자, 68세)');
    await page.context().close();
  }, 90_000);
});
