import { describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, newPage } from '../support/browser.ts';
import { expectFocus } from '../support/focus.ts';
import { HOUSEHOLDS } from '../support/households.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';
import { walkQuestionnaire } from '../support/selfcheck.ts';
import { logIn } from '../support/staff-session.ts';

describe.runIf(browserAvailable())('consultation request in Chromium', () => {
  const env = useProductInBrowser();

  it('sends only what was agreed, shows server field errors beside the fields, then the reference', async () => {
    const page = await newPage(env.browser, { mobile: true });
    const posted: unknown[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/consultations') && r.method() === 'POST') posted.push(r.postDataJSON());
    });
    await page.goto(`${env.product.url}/#/check`);
    await walkQuestionnaire(page, HOUSEHOLDS.elderly);
    // No request has left the browser while answering and screening.
    expect(posted).toEqual([]);
    await page.locator('.result-actions').getByRole('link', { name: '상담 신청' }).click();
    await page.waitForSelector('.consult');
    expect(await axeViolations(page)).toEqual([]);

    // Contact consent is required, checked in the browser.
    await page.getByRole('button', { name: '상담 신청 보내기' }).click();
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('동의해야');
    expect(posted).toEqual([]);
    // Each summary link names its field; focus goes to the summary.
    const summary = (await page.locator('.error-summary').textContent()) ?? '';
    expect(summary).toContain('이름: 꼭 적어 주세요.');
    expect(summary).toContain('연락처: 꼭 적어 주세요.');
    await expectFocus(page, 'error-summary', 'className');
    // An invalid field shows its red, thicker border.
    const border = await page.locator('#field-name').evaluate((el) => getComputedStyle(el).borderTopWidth);
    expect(border).toBe('3px');
    // A fixed field's error goes as soon as it is fixed.
    await page.locator('#field-name').fill('김광주');
    expect(await page.locator('#field-name-error').count()).toBe(0);
    expect(await page.locator('#field-name').getAttribute('aria-invalid')).toBeNull();
    await expect(page.locator('.error-summary').textContent()).resolves.not.toContain('이름:');
    // The 구 is required; it comes prefilled from the self-check.
    expect(await page.locator('#field-district').inputValue()).toBe('gwangsan');
    await page.locator('#field-district').selectOption('');
    await page.getByRole('button', { name: '상담 신청 보내기' }).click();
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('사는 구: 사는 구를 골라');
    await page.locator('#field-district').selectOption('gwangsan');
    expect(posted).toEqual([]);

    // A number the center cannot dial is caught in the browser, beside the phone field: nothing is sent.
    await page.locator('#field-name').fill('김광주');
    await page.locator('#field-phone').fill('12345');
    await page.locator('#field-contact').check();
    await page.locator('#field-result').check();
    await page.getByRole('button', { name: '상담 신청 보내기' }).click();
    await expect(page.locator('#field-phone-error').textContent()).resolves.toContain('010부터 끝까지');
    expect(await page.locator('#field-phone').getAttribute('aria-invalid')).toBe('true');
    expect(posted).toEqual([]);
    // The server checks again: a request changed on its way (as any client could send it) gets the
    // server's own field error, shown beside the field too.
    await page.locator('#field-phone').fill('010 1234 5678');
    expect(await page.locator('#field-phone-error').count()).toBe(0);
    await page.route(
      '**/api/consultations',
      (route) => route.continue({ postData: JSON.stringify({ ...route.request().postDataJSON(), phone: '12345' }) }),
      { times: 1 },
    );
    await page.getByRole('button', { name: '상담 신청 보내기' }).click();
    await page.waitForSelector('#field-phone-error');
    expect(await page.locator('#field-phone').getAttribute('aria-invalid')).toBe('true');
    expect(posted).toHaveLength(1);
    expect(posted[0]).not.toHaveProperty('household');
    expect(posted[0]).toHaveProperty('screening');

    // Spaces are as good as dashes. The first try is cut off on the way (no network): the form says
    // it was not sent, under its own heading, and keeps what was typed.
    await page.locator('#field-phone').fill('010 1234 5678');
    await page.route('**/api/consultations', (route) => route.abort('internetdisconnected'), { times: 1 });
    await page.getByRole('button', { name: '상담 신청 보내기' }).click();
    await expect(page.locator('.error-summary h2').textContent()).resolves.toContain('아직 보내지 못했습니다');
    expect(await page.locator('#field-phone').inputValue()).toBe('010 1234 5678');
    await page.getByRole('button', { name: '상담 신청 보내기' }).click();
    const ref = page.locator('.reference');
    await ref.waitFor();
    expect(await ref.textContent()).toMatch(/^JB-[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    await expect(page.locator('.advice').textContent()).resolves.toContain('적어 두세요');
    // On a phone at the largest text size (아주 크게) the number stays on one line, inside the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => document.documentElement.setAttribute('data-text-size', 'xlarge'));
    const lines = await ref.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
    });
    expect(lines).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(posted[1]).toMatchObject({
      district: 'gwangsan',
      consent: { contact: true, household: false, result: true },
      language: 'ko',
    });
    // No time is promised (nothing says how soon), but whom to call if nobody does: the demo
    // center's listed number, said to be made up.
    await page
      .getByText(
        '연락이 없으면 광주주거복지센터(062-000-3000)에 전화해 접수 번호를 알려 주세요. (체험용 가상 번호입니다)',
      )
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // A reload (or a phone that dropped the page) shows the same number again, not an empty form.
    const number = await ref.textContent();
    await page.reload();
    await page.locator('.reference').waitFor();
    expect(await page.locator('.reference').textContent()).toBe(number);
    await page.getByRole('button', { name: '다른 상담 신청하기' }).click();
    await page.getByRole('button', { name: '상담 신청 보내기' }).waitFor();
    expect(await page.locator('.reference').count()).toBe(0);
    await page.context().close();
  }, 90_000);

  it('a request from the English page reaches the counselor as "English preferred", in the inbox and on its case', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.product.url}/#/consult`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Ask a counselor', level: 1 }).waitFor();
    // The form says the language goes along, before anything is sent.
    await page
      .getByText('the counselor will see that you would like to be contacted in English', { exact: false })
      .waitFor();
    await page.locator('#field-name').fill('Jane Doe');
    await page.locator('#field-phone').fill('010-2468-1357');
    await page.locator('#field-district').selectOption('dong');
    await page.locator('#field-contact').check();
    await page.getByRole('button', { name: 'Send the request' }).click();
    await page.locator('.reference').waitFor();
    const phone = page.locator('[data-center-phone]');
    expect(await phone.textContent()).toBe(
      'If nobody calls, call 광주주거복지센터 on 062-000-3000 and give your reference number. (a fictional demo number)',
    );
    // The center's Korean name is marked as Korean for a screen reader.
    expect(await phone.locator('span[lang="ko"]').textContent()).toBe('광주주거복지센터');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: '한국어' }).click();
    await logIn(page, `${env.product.url}/#/staff/inbox`, 'counselor.dong');
    const row = page.getByRole('row').filter({ hasText: 'Jane Doe' });
    await row.getByText('영어로 연락 원함').waitFor();
    expect(await page.getByRole('row').filter({ hasText: '영어로 연락 원함' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await row.getByRole('button', { name: '사례로 만들기: Jane Doe' }).click();
    await page.getByRole('heading', { name: /C-\d{4}-\d{6} · Jane Doe/ }).waitFor();
    await page.getByText('동구 · 접수 · 영어로 연락 원함').waitFor();
    await page.context().close();
  }, 90_000);
});
