import { describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, newPage } from '../support/browser.ts';
import { expectFocus } from '../support/focus.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';
import { logIn } from '../support/staff-session.ts';

describe.runIf(browserAvailable())('the counter intake in Chromium', () => {
  const env = useProductInBrowser();

  it('reads amounts written with 만, names an amount it cannot read instead of dropping it, and asks what kind of money it is', async () => {
    const page = await newPage(env.browser);
    await logIn(page, `${env.product.url}/#/staff/cases/new`, 'counselor.dong');
    await page.getByRole('heading', { name: '새 사례 접수 (창구·전화)' }).waitFor();
    // Nothing typed yet: not "no such case", but what to type to look.
    await page.getByRole('button', { name: '같은 분 사례 찾아보기' }).click();
    await page.getByText('찾아볼 정보가 없습니다. 이름과 생년월일, 또는 전화번호를 적으면').waitFor();
    await page.locator('#people-0-name').fill('가 상 만');
    await page.locator('#people-0-birthDate').fill('1952-04-05');
    await page.locator('#people-0-income').fill('오십만');
    await page.locator('#housing-tenure').selectOption('monthly_rent');
    await page.locator('#housing-deposit').fill('500만');
    await page.locator('#housing-monthlyRent').fill('25만');
    await page.locator('#consent-collection').check();
    await page.getByRole('button', { name: '같은 분 사례 찾아보기' }).click();
    // An income in words is not read: it is named, with what to write, and nothing is sent.
    const summary = page.getByRole('alert');
    await summary
      .getByRole('link', { name: '한 달 소득 (원) (가구원 1): 숫자로 적어 주세요 (예: 250,000 또는 25만).' })
      .waitFor();
    expect(await summary.getByRole('link').count()).toBe(1);
    await expectFocus(page, 'error-summary', 'className');
    expect(await axeViolations(page)).toEqual([]);
    await summary.getByRole('link').click();
    await expectFocus(page, 'people-0-income');
    await page.locator('#people-0-income').fill('500000');
    expect(await page.locator('#people-0-income').inputValue()).toBe('500,000');
    // An amount alone is not enough: pay is counted after a deduction, a pension in full, so the kind is asked.
    await page.getByRole('button', { name: '같은 분 사례 찾아보기' }).click();
    await summary
      .getByRole('link', {
        name: '그 소득은 어떤 돈인가요? (가구원 1): 어떤 돈인지 골라 주세요. 일해서 번 돈과 연금은 계산이 다릅니다.',
      })
      .click();
    await expectFocus(page, 'people-0-incomeKind');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#people-0-incomeKind').selectOption({ label: '연금 (국민연금·기초연금 등)' });
    await page.getByRole('button', { name: '같은 분 사례 찾아보기' }).click();
    await page.getByText('같은 분으로 보이는 사례가 없습니다.').waitFor();
    await page.getByRole('button', { name: '새 사례 만들기' }).click();
    await page.getByRole('heading', { name: /C-\d{4}-\d{6} · 가 상 만/ }).waitFor();
    // The case holds what was typed: 25만 as 250,000원, 500만 as 5,000,000원, the pension as 500,000원 (not as pay).
    expect(await page.locator('#cd-housing-monthlyRent').inputValue()).toBe('250,000');
    expect(await page.locator('#cd-housing-deposit').inputValue()).toBe('5,000,000');
    expect(await page.locator('#cd-member-0-pensionIncome').inputValue()).toBe('500,000');
    expect(await page.locator('#cd-member-0-earnedIncome').inputValue()).toBe('');
    // The first screening has no earlier one to be "the same as"; the second says what changed, here nothing.
    await page.getByRole('button', { name: '지금 선별하기' }).click();
    await page.locator('.screening-results > li').first().waitFor();
    await page.waitForTimeout(300);
    expect(await page.getByRole('heading', { name: '지난 선별 이후 바뀐 점' }).count()).toBe(0);
    await page.getByRole('button', { name: '지금 선별하기' }).click();
    await page.getByRole('heading', { name: '지난 선별 이후 바뀐 점' }).waitFor();
    await page.getByText('지난 선별과 같습니다.').waitFor();
  });
});
