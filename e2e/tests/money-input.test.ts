import { describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, newPage } from '../support/browser.ts';
import { expectFocus } from '../support/focus.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';

describe.runIf(browserAvailable())('money questions in Chromium', () => {
  const env = useProductInBrowser();

  it('takes decimals in 만원, refuses a negative with a message, and asks before keeping 월 30억원', async () => {
    const page = await newPage(env.browser, { mobile: true });
    await page.goto(`${env.product.url}/#/check?q=members[0].earnedIncome`);
    await page.waitForSelector('[data-question-path="members[0].earnedIncome"]');
    const answer = page.locator('#answer');
    // The field's accessible name carries the unit.
    const labelledBy = (await answer.getAttribute('aria-labelledby')) ?? '';
    const names = await page.evaluate(
      (ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent ?? ''),
      labelledBy,
    );
    expect(names.join(' ')).toContain('만원');

    await answer.pressSequentially('30.5');
    expect(await answer.inputValue()).toBe('30.5');
    await expect(page.locator('.read-back').textContent()).resolves.toContain('입력하신 금액: 월 30만 5,000원');

    // Unit words are read as said (they were dropped: "30만" with 원 chosen was saved as 30원).
    await page.locator('input[type=radio][value=won]').check();
    await answer.fill('');
    await answer.pressSequentially('30만');
    expect(await answer.inputValue()).toBe('30만');
    await expect(page.locator('.read-back').textContent()).resolves.toContain('월 30만원');
    await page.locator('input[type=radio][value=man]').check();
    await answer.fill('');
    // Full-width digits too, typed one by one (the caret jumped to the start after the first).
    await answer.pressSequentially('１억 ２천');
    expect(await answer.inputValue()).toBe('1억 ２천');
    await expect(page.locator('.read-back').textContent()).resolves.toContain('월 1억 2,000만원');

    // A key the field drops is said ("1e9" keeps 19: the person sees why).
    await answer.fill('');
    await answer.pressSequentially('1e9');
    expect(await answer.inputValue()).toBe('19');
    await expect(page.locator('.read-back').textContent()).resolves.toContain('다른 글자는 뺐어요');
    await answer.press('Backspace');
    await answer.press('Backspace');
    await expect(page.locator('.read-back').textContent()).resolves.not.toContain('뺐어요');

    await answer.fill('-5');
    await page.getByRole('button', { name: /다음/ }).click();
    await expect(page.locator('#question-error').textContent()).resolves.toContain('0보다 작은');
    expect(await answer.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[data-question-path="members[0].earnedIncome"]').count()).toBe(1);

    await answer.fill('300000');
    await page.getByRole('button', { name: /다음/ }).click();
    const confirm = page.locator('.confirm-amount');
    await expect(confirm.textContent()).resolves.toContain('월 30억원이 맞나요?');
    expect(await confirm.getAttribute('role')).toBe('alert');
    expect(await axeViolations(page)).toEqual([]);
    // "고쳐 적을게요" returns to the field; the corrected amount goes on without a question.
    await page.getByRole('button', { name: '고쳐 적을게요' }).click();
    await expectFocus(page, 'answer');
    await page.locator('input[type=radio][value=won]').check();
    await answer.fill('300000');
    await page.getByRole('button', { name: /다음/ }).click();
    await page.waitForFunction(() => !document.querySelector('[data-question-path="members[0].earnedIncome"]'));
    const saved = await page.evaluate(() => JSON.parse(sessionStorage.getItem('jibsa.answers') ?? '{}'));
    expect(saved.members[0].earnedIncome).toBe(300_000);
    // The next amount starts in the unit chosen last (it went back to 만원 on every question).
    await page.goto(`${env.product.url}/#/check?q=monthlyRent`);
    await page.waitForSelector('[data-question-path="monthlyRent"]');
    expect(await page.locator('input[type=radio][value=won]').isChecked()).toBe(true);
    await page.context().close();
  }, 60_000);

  it('keeps a real large amount once confirmed', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.product.url}/#/check?q=monthlyRent`);
    await page.waitForSelector('[data-question-path="monthlyRent"]');
    await page.locator('#answer').fill('800');
    await page.getByRole('button', { name: /다음/ }).click();
    await expect(page.locator('.confirm-amount').textContent()).resolves.toContain('월 800만원이 맞나요?');
    // Pressing 다음 again is no answer: the question stays, and focus goes to "네, 맞아요".
    await page.getByRole('button', { name: /다음/ }).click();
    await expectFocus(page, 'confirm-yes');
    expect(await page.locator('[data-question-path="monthlyRent"]').count()).toBe(1);
    await page.getByRole('button', { name: '네, 맞아요' }).click();
    await page.waitForFunction(() => !document.querySelector('[data-question-path="monthlyRent"]'));
    const saved = await page.evaluate(() => JSON.parse(sessionStorage.getItem('jibsa.answers') ?? '{}'));
    expect(saved.household.monthlyRent).toBe(8_000_000);
    await page.context().close();
  }, 60_000);
});
