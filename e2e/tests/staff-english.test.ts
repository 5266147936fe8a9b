import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiLogin } from '../support/api-login.ts';
import { axeViolations, browserAvailable, trackRequests } from '../support/browser.ts';
import { expectFocus } from '../support/focus.ts';
import { numericDates } from '../support/numeric-dates.ts';
import { screenSample } from '../support/outreach.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';
import { logIn, sendConsultation } from '../support/staff-session.ts';
import { unmarkedKorean } from '../support/unmarked-korean.ts';
import { untranslated } from '../support/untranslated.ts';

const focusedTag = (page: Page) =>
  page.evaluate(() => `${document.activeElement?.tagName.toLowerCase()}.${document.activeElement?.className ?? ''}`);

/** Every staff screen an admin reaches from the staff menu, in English (one test: each costs CI time). */
describe.runIf(browserAvailable())('staff screens in English: words, focus, axe', () => {
  const env = useProductInBrowser();

  it('log-in, every menu screen and the board editors show no untranslated Korean; focus goes to the heading or the errors', async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(() => localStorage.setItem('jibsa.lang', 'en'));
    const page = await context.newPage();
    const requests = trackRequests(page);
    const found: Record<string, string[]> = {};
    const check = async (where: string) => {
      const k = await untranslated(page);
      if (k.length) found[where] = k;
      const axe = await axeViolations(page);
      if (axe.length) found[`${where} (axe)`] = axe.map((v) => `${v.id}: ${v.nodes.join(', ')}`);
      const lang = await unmarkedKorean(page);
      if (lang.length) found[`${where} (lang)`] = lang;
      const dates = await numericDates(page);
      if (dates.length) found[`${where} (numeric dates)`] = dates;
    };

    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.goto(`${env.product.url}/#/staff/cases`);
    await page.locator('#staff-username').waitFor();
    await requests.quiet();
    // The page asks whether anyone is logged in; "nobody" is an answer, not a 401 in the console.
    expect(consoleErrors).toEqual([]);
    // Both fields empty: each is marked and says what is missing, and the summary links to both.
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.locator('.error-summary').waitFor();
    // Focus moves once the screen has drawn: polled, as on a loaded machine it came a moment after.
    await expect.poll(() => focusedTag(page), { timeout: 5000 }).toBe('div.error-summary');
    expect(await page.locator('.error-summary a').allTextContents()).toEqual([
      'Username: Enter your username.',
      'Password: Enter your password.',
    ]);
    for (const id of ['staff-username', 'staff-password']) {
      expect(await page.locator(`#${id}`).getAttribute('aria-invalid'), id).toBe('true');
      expect(await page.locator(`#${id}-error`).textContent(), id).toContain('Enter your');
    }
    await page.locator('#staff-username').fill('admin');
    await page.locator('#staff-password').fill('wrong-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.locator('.error-summary').waitFor();
    await expect.poll(() => focusedTag(page), { timeout: 5000 }).toBe('div.error-summary');
    // A refused log-in says so; nothing on the form is "to fix".
    expect(await page.locator('.error-summary h2').textContent()).toContain('Could not log in');
    await check('log-in with a wrong password');
    await page.locator('#staff-password').fill('jibsa-demo');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.locator('nav.staff-nav').waitFor();
    await expect.poll(() => focusedTag(page), { timeout: 5000 }).toBe('h1.');

    // Each menu link: a new screen whose heading takes focus.
    const links = await page.locator('nav.staff-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThanOrEqual(11);
    for (const link of links) {
      await page.locator(`nav.staff-nav a[href="${link}"]`).click();
      await page.waitForFunction((h) => location.hash === h, link);
      await page.locator('h1').waitFor();
      // Lists load after the heading: wait until the screen's requests have all answered.
      await requests.quiet();
      await expect.poll(() => focusedTag(page), { message: String(link), timeout: 5000 }).toBe('h1.');
      await check(String(link));
    }
    // On a 320 px phone with the largest text every menu screen fits its width (WCAG 1.4.10): the
    // figures pages' labels had pushed their numbers off the screen, the intake's person group had stuck out.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.evaluate(() => localStorage.setItem('jibsa.textSize', 'xlarge'));
    for (const link of links) {
      await page.goto(`${env.product.url}/${link}`);
      await page.reload();
      await page.locator('h1').waitFor();
      await requests.quiet();
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      if (wide > 320) found[`${link} at 320 px`] = [`${wide} px wide`];
    }
    await page.evaluate(() => localStorage.removeItem('jibsa.textSize'));
    await page.setViewportSize({ width: 1280, height: 720 });
    for (const path of ['/staff/board/new', '/staff/board/notice', '/staff/board/import']) {
      await page.goto(`${env.product.url}/#${path}`);
      await page.locator('h1').waitFor();
      await requests.quiet();
      await check(path);
    }

    // The audit log says what was done in English words: the wrong password above was a failed log-in.
    await page.goto(`${env.product.url}/#/staff/audit?action=auth.login&outcome=login_failed`);
    await page.locator('td', { hasText: 'Log-in failed' }).first().waitFor();
    await requests.quiet();
    await check('audit log');

    // A submit with errors: the summary takes focus and names the fields in English.
    await page.goto(`${env.product.url}/#/staff/password`);
    await page.locator('#pw-current').fill('jibsa-demo');
    await page.locator('#pw-new').fill('short');
    await page.locator('#pw-repeat').fill('other');
    await page.locator('form button[type="submit"]').click();
    await page.locator('.error-summary').waitFor();
    await expect.poll(() => focusedTag(page), { timeout: 5000 }).toBe('div.error-summary');
    await check('password change with errors');
    await page.goto(`${env.product.url}/#/staff/accounts`);
    await page.locator('h1').waitFor();
    await page.locator('form button[type="submit"]').first().click();
    await page.locator('.error-summary').waitFor();
    await expect.poll(() => focusedTag(page), { timeout: 5000 }).toBe('div.error-summary');
    // Whole sentences, one a field: not "must be at least 3 characters. has an invalid format." nor "is required.".
    expect(await page.locator('#new-username-error').textContent()).toBe('⚠ This field must be at least 3 characters.');
    for (const e of await page.locator('.field-error').allTextContents()) {
      expect(e).toMatch(/^⚠ [A-Z]/);
      expect(e).not.toMatch(/\. [a-z]/);
    }
    await check('new account with errors');
    await page.goto(`${env.product.url}/#/staff/cases/new`);
    await page.locator('h1').waitFor();
    await page.getByRole('button', { name: 'Look for the same person' }).click();
    await page.getByRole('button', { name: 'Create the case' }).click();
    await page.locator('.error-summary').waitFor();
    await expect.poll(() => focusedTag(page), { timeout: 5000 }).toBe('div.error-summary');
    // The missing name is named as the form names it, and its link leads to the field.
    const name = page.locator('.error-summary a', { hasText: 'Name (person 1)' });
    expect(await name.textContent()).toBe('Name (person 1): This field is required.');
    await name.click();
    await expectFocus(page, 'people-0-name');
    await check('intake with errors');

    expect(found).toEqual({});
    await context.close();
  }, 240_000);

  it('a district counselor and the city find their screens\' Korean marked lang="ko": requests, notice alerts, an outreach list and a saved mapping', async () => {
    // What only a counselor sees, given data: a request from the self-check and a screened outreach list.
    await sendConsultation(env.product.url, {
      name: '한 결',
      phone: '010-5050-6060',
      message: '월세가 밀렸어요',
      age: 79,
    });
    const { listId } = await screenSample(env.product.url);
    // A column mapping saved under a Korean name, as officials name theirs.
    const saved = await fetch(`${env.product.url}/api/outreach/mappings/${encodeURIComponent('쪽방 조사')}`, {
      method: 'PUT',
      headers: { ...(await apiLogin(env.product.url, 'counselor.dong')), 'content-type': 'application/json' },
      body: JSON.stringify({ columns: { 성명: 'reference' } }),
    });
    expect(saved.status).toBeLessThan(300);
    const found: Record<string, string[]> = {};
    for (const user of ['counselor.dong', 'city']) {
      const context = await env.browser.newContext();
      await context.addInitScript(() => localStorage.setItem('jibsa.lang', 'en'));
      const page = await context.newPage();
      const requests = trackRequests(page);
      await logIn(page, `${env.product.url}/#/staff/cases`, user, 'Log in');
      await page.locator('nav.staff-nav').waitFor();
      const links = await page.locator('nav.staff-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const more = user === 'city' ? [] : [`#/staff/outreach?list=${listId}`];
      for (const link of [...links, ...more]) {
        await page.goto(`${env.product.url}/${link}`);
        await page.locator('h1').waitFor();
        await requests.quiet();
        const k = await unmarkedKorean(page);
        if (k.length) found[`${user} ${link}`] = k;
      }
      // The saved mapping is offered by its Korean name, the option marked whole (it can hold no span).
      if (user !== 'city') {
        const option = page.locator('#outreach-saved option', { hasText: '쪽방 조사' });
        expect(await option.getAttribute('lang')).toBe('ko');
      }
      await context.close();
    }
    expect(found).toEqual({});
  }, 120_000);

  it('a partner agency sees its referral inbox in English', async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(() => localStorage.setItem('jibsa.lang', 'en'));
    const page = await context.newPage();
    const requests = trackRequests(page);
    await logIn(page, `${env.product.url}/#/staff/partner`, 'partner.lh', 'Log in');
    await page.locator('nav.staff-nav').waitFor();
    await requests.quiet();
    await expect.poll(() => focusedTag(page), { timeout: 5000 }).toBe('h1.');
    expect(await untranslated(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    // The services and agencies' words are Korean: marked lang="ko", in the list and on a referral's page.
    expect(await unmarkedKorean(page)).toEqual([]);
    // A finished referral says how it ended, not only that it is done.
    expect(await page.locator('main table').textContent()).toContain('Completed (Move-in confirmed)');
    expect(await numericDates(page)).toEqual([]);
    await page.locator('main table a').first().click();
    await page.locator('#h-partner-message').waitFor();
    await requests.quiet();
    expect(await unmarkedKorean(page, 'h1')).toEqual([]);
    expect(await unmarkedKorean(page, 'section[aria-labelledby="h-partner-message"]')).toEqual([]);
    await context.close();
  }, 60_000);

  it('the board in English: a post someone else saved meanwhile, and a notice file with a bad row, show their Korean marked lang="ko"', async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(() => localStorage.setItem('jibsa.lang', 'en'));
    const page = await context.newPage();
    await logIn(page, `${env.product.url}/#/staff/board`, 'counselor.dong', 'Log in');
    await page.locator('nav.staff-nav').waitFor();
    const api = (method: string, path: string, body?: unknown) =>
      page.evaluate(
        async ([m, p, b]) => {
          const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
          const res = await fetch(p as string, {
            method: m as string,
            headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
            ...(b === undefined ? {} : { body: JSON.stringify(b) }),
          });
          return { status: res.status, json: (await res.json()) as Record<string, unknown> };
        },
        [method, path, body] as const,
      );
    const made = await api('POST', '/api/board/posts', {
      category: 'notice',
      title: '동구 안내',
      body: '처음 글입니다',
    });
    const number = made.json.number as number;
    await page.goto(`${env.product.url}/#/staff/board/${number}`);
    await expect.poll(() => page.locator('#board-title').inputValue()).toBe('동구 안내');
    // Someone else saves first (the same account in another tab is enough).
    const post = (await api('GET', `/api/board/posts/${number}`)).json;
    const changed = await api('PUT', `/api/board/posts/${number}`, {
      category: post.category,
      title: '동구 안내 (먼저 고침)',
      body: '다른 분이 고친 글입니다',
      version: post.version,
    });
    expect(changed.status).toBe(200);
    await page.locator('#board-title').fill('My title');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const conflict = page.locator('section[aria-labelledby="board-conflict"]');
    await conflict.getByRole('heading', { name: 'Someone else edited this post meanwhile' }).waitFor();
    await conflict.locator('summary').click();
    await conflict.getByText('다른 분이 고친 글입니다').waitFor();
    expect(await conflict.locator('[lang="ko"]').count()).toBeGreaterThan(1);
    expect(await unmarkedKorean(page, 'section[aria-labelledby="board-conflict"]')).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    // A notice import with a bad closing date: the row's problem is English with its Korean marked.
    const sample = await (await page.request.get(`${env.product.url}/api/notices/import/sample.csv`)).text();
    const spoiled = sample.replace(/(SAMPLE-2026-002,[^\r\n]*?,공고중,[0-9.]+,)[0-9.]+/, '$1언젠가');
    expect(spoiled).not.toBe(sample);
    await page.goto(`${env.product.url}/#/staff/board/import`);
    await page.locator('#notice-import-file').setInputFiles({
      name: 'notices.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(spoiled, 'utf8'),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const bad = page.locator('table tbody tr');
    await bad.first().waitFor();
    expect(await bad.count()).toBe(1);
    expect(await bad.first().textContent()).not.toMatch(/^[^a-z]*$/i);
    expect(await unmarkedKorean(page, 'table')).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 60_000);

  it('the center reads a case in English: its Korean (agencies, reasons, people, programs, notices, the timeline) is marked lang="ko"', async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(() => localStorage.setItem('jibsa.lang', 'en'));
    const page = await context.newPage();
    const requests = trackRequests(page);
    await page.goto(`${env.product.url}/#/staff/cases?referral=declined`);
    // The center's manager sees every 구's cases; the demo's declined referral is on one of them.
    await page.locator('#staff-username').fill('admin');
    await page.locator('#staff-password').fill('jibsa-demo');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.locator('nav.staff-nav').waitFor();
    await requests.quiet();
    // A demo case whose referral an agency declined, with its reason written in Korean.
    await page.locator('main table a').first().click();
    const referrals = 'section[aria-labelledby="h-referrals"]';
    await page.locator(referrals).waitFor();
    await requests.quiet();
    const declined = page.locator(`${referrals} li`, { hasText: 'Declined' }).first();
    await declined.getByRole('button', { name: /^Open: / }).click();
    await page.locator(`${referrals} .referral-detail`).waitFor();
    await requests.quiet();
    // The agency's name, its reason, the steps and messages: every Korean passage marked.
    expect(await page.locator(`${referrals} .referral-detail [lang="ko"]`).count()).toBeGreaterThan(1);
    expect(await unmarkedKorean(page, referrals)).toEqual([]);
    // The rest of the case page too: the people, the screening, the notices that fit, the timeline.
    expect(await unmarkedKorean(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    // Due dates, the timeline and the referral's steps write their days as English screens do.
    expect(
      await page.locator(`${referrals} li`, { hasText: /Answer due \d{1,2} [A-Z][a-z]{2} \d{4}/ }).count(),
    ).toBeGreaterThan(0);
    expect(await numericDates(page)).toEqual([]);
    await context.close();
  }, 60_000);
});
