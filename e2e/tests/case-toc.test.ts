import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiLogin } from '../support/api-login.ts';
import { axeViolations, browserAvailable, newPage, trackRequests } from '../support/browser.ts';
import { expectFocus } from '../support/focus.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';
import { logIn } from '../support/staff-session.ts';
import { unmarkedKorean } from '../support/unmarked-korean.ts';

/** A 동구 case made through the API with three tasks (one done), a note and one referral sent. */
async function caseWithWork(base: string) {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'counselor.dong', password: 'jibsa-demo' }),
  });
  const headers = {
    'content-type': 'application/json',
    cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
    'x-csrf-token': (await login.json()).csrfToken,
  };
  const call = async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${base}${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
    expect(r.status, `${method} ${path}`).toBeLessThan(300);
    return r.json();
  };
  const c = await call('POST', '/api/cases', {
    district: 'dong',
    people: [{ name: '차 례 원', relation: 'head', birthDate: '1958-04-05', phone: '010-2323-4545' }],
    housing: { tenure: 'monthly_rent', monthlyRent: 250000 },
    needs: ['이사'],
    consent: { collection: true, sharing: true },
  });
  for (const title of ['집주인 연락처 받기', '주민센터 방문', '서류 챙기기']) {
    await call('POST', `/api/cases/${c.id}/tasks`, { title });
  }
  const tasks = (await call('GET', `/api/cases/${c.id}`)).tasks as { id: string; title: string }[];
  const done = tasks.find((t) => t.title === '서류 챙기기');
  await call('PATCH', `/api/cases/${c.id}/tasks/${done?.id}`, { done: true });
  await call('POST', `/api/cases/${c.id}/notes`, { body: '전화로 첫 상담을 했습니다.' });
  const services = (await call('GET', '/api/directory/services')).items as { id: string; districts: string[] }[];
  const service = services.find((s) => s.districts.includes('dong'));
  await call('POST', `/api/cases/${c.id}/referrals`, {
    serviceId: service?.id,
    message: '이사 상담을 부탁드립니다.',
    sharedFields: ['name', 'contact'],
  });
  return c.id as string;
}

/** Whether the element's top is inside the window (a followed link brings its heading into view). */
const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  });

describe.runIf(browserAvailable())('the case page contents in Chromium', () => {
  const env = useProductInBrowser();

  it('lists each section with its open work, leads focus to the heading by keyboard, goes back up, and stays off paper and inside a phone', async () => {
    const caseId = await caseWithWork(env.product.url);
    const page = await newPage(env.browser);
    const requests = trackRequests(page);
    await logIn(page, `${env.product.url}/#/staff/cases/${caseId}`, 'counselor.dong');
    const toc = page.getByRole('navigation', { name: '이 사례에서 바로 가기' });
    await toc.waitFor();
    // Panels that load their own lists report in: the referral's count, then notices and 주거상향.
    await toc.getByRole('link', { name: '연계 1' }).waitFor();
    await requests.quiet();
    const names = (await toc.getByRole('link').allTextContents()).map((t) => t.trim());
    expect(names).toEqual(
      expect.arrayContaining(['가구원 1', '선별 결과', '할 일 2', '상담 메모 1', '서류', '연계 1', '진행 기록']),
    );
    expect(names).toContain('주거상향');
    expect(names.some((n) => n.startsWith('모집공고'))).toBe(true);
    // Every link leads to a heading that is on the page.
    const targets = await toc.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(targets).toHaveLength(names.length);
    for (const t of targets) expect(await page.locator(`${t}:is(h2)`).count(), t).toBe(1);
    expect(await page.locator('.back-to-top').isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    // By keyboard: Enter on 할 일 moves focus to its heading, scrolled into view; the route stays.
    const url = page.url();
    await toc.getByRole('link', { name: '할 일 2' }).focus();
    await page.keyboard.press('Enter');
    await expectFocus(page, 'h-tasks');
    expect(await inView(page, '#h-tasks')).toBe(true);
    expect(page.url()).toBe(url);
    // Tab carries on inside the section (the first task's 완료 button), not back at the top.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('section')?.getAttribute('aria-labelledby'))).toBe(
      'h-tasks',
    );

    // Far down the page the way back up shows; it returns to the top with focus on the contents.
    await toc.getByRole('link', { name: '진행 기록' }).click();
    await expectFocus(page, 'h-timeline');
    expect(await inView(page, '#h-timeline')).toBe(true);
    const back = page.getByRole('link', { name: '맨 위로' });
    // Once (in a full run) the way back never showed here: if it fails again, say where the page was.
    await back.waitFor({ timeout: 15_000 }).catch(async (e: Error) => {
      const where = await page.evaluate(() => ({
        scrollY: window.scrollY,
        height: document.documentElement.scrollHeight,
        tocBottom: document.querySelector('.case-toc')?.getBoundingClientRect().bottom,
        away: document.documentElement.classList.contains('has-back-to-top'),
      }));
      throw new Error(`${e.message}; page: ${JSON.stringify(where)}`);
    });
    expect(await axeViolations(page)).toEqual([]);
    // axe scrolls elements into view to measure their colours, which may leave the contents showing
    // (and so the way back hidden, as it should be): go back down before using it.
    await page.locator('#h-timeline').scrollIntoViewIfNeeded();
    await back.waitFor();
    await back.click();
    await expectFocus(page, 'h-case-toc');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await back.waitFor({ state: 'hidden' });

    // On paper the contents and the way back are left out; the sections themselves print.
    await page.emulateMedia({ media: 'print' });
    expect(await toc.isVisible()).toBe(false);
    expect(await page.locator('.back-to-top').isVisible()).toBe(false);
    expect(await page.locator('#h-timeline').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // On a narrow phone the links wrap onto more lines: nothing sticks out sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    const fits = await toc.evaluate((nav) => ({
      nav: nav.scrollWidth <= nav.clientWidth,
      page: document.documentElement.scrollWidth <= window.innerWidth,
      rows: new Set(Array.from(nav.querySelectorAll('li'), (li) => Math.round(li.getBoundingClientRect().top))).size,
    }));
    expect(fits.nav).toBe(true);
    expect(fits.page).toBe(true);
    expect(fits.rows).toBeGreaterThan(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();

    // In English: its own words, no Korean left in the contents.
    const context = await env.browser.newContext({ viewport: { width: 320, height: 640 } });
    await context.addInitScript(() => {
      localStorage.setItem('jibsa.lang', 'en');
      localStorage.setItem('jibsa.textSize', 'xlarge');
    });
    const en = await context.newPage();
    await logIn(en, `${env.product.url}/#/staff/cases/${caseId}`, 'counselor.dong', 'Log in');
    const enToc = en.getByRole('navigation', { name: 'On this page' });
    await enToc.getByRole('link', { name: 'Referrals 1' }).waitFor();
    await enToc.getByRole('link', { name: 'Tasks 2' }).waitFor();
    expect(await enToc.textContent()).not.toMatch(/[가-힣]/);
    // Korean data is marked lang="ko": the tasks (and their 'Done' buttons' names), the notes, the signed-in
    // name, the services one can refer to (an option cannot hold a span: the option is marked).
    expect(await unmarkedKorean(en, 'section[aria-labelledby="h-tasks"]')).toEqual([]);
    // The counselor's note, written in Korean, and its writer's name (fixed reading the code only).
    const notes = 'section[aria-labelledby="h-notes"]';
    await en.locator(notes, { hasText: '전화로 첫 상담을 했습니다.' }).waitFor();
    expect(await unmarkedKorean(en, notes)).toEqual([]);
    expect(await unmarkedKorean(en, 'nav.staff-nav')).toEqual([]);
    const services = en.locator('#referral-service option:not([value=""])');
    expect(await services.count()).toBeGreaterThan(0);
    expect(await services.evaluateAll((os) => os.filter((o) => o.getAttribute('lang') !== 'ko').length)).toBe(0);
    // With the largest text on a 320 px phone the unfolded details fit too: long options ("Vehicle
    // (if any)", "Monthly income per member") had kept their groups, and the page, 1168 px wide.
    const unfold = en.locator('button[aria-controls="case-details-body"]');
    if ((await unfold.getAttribute('aria-expanded')) === 'false') await unfold.click();
    await en.locator('#case-details-body').waitFor();
    expect(await en.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // A referral sent with nothing chosen: focus goes to the first field in error, which says why.
    await en.getByRole('button', { name: 'Send referral', exact: true }).click();
    await expectFocus(en, 'referral-service');
    expect(await en.locator('#referral-service').getAttribute('aria-invalid')).toBe('true');
    expect(await en.locator('#referral-message').getAttribute('aria-invalid')).toBe('true');
    // The button opening the withdrawal is an action, not a state ("Consent to sharing withdrawn").
    await en.getByRole('button', { name: 'Withdraw consent to sharing', exact: true }).waitFor();
    // An empty task, note or goal is said beside its field, focus there; the buttons had done nothing.
    for (const [button, id] of [
      ['Add task', 'new-task'],
      ['Add note', 'new-note'],
      ['Add goal', 'new-goal'],
    ]) {
      await en.getByRole('button', { name: button, exact: true }).click();
      await expectFocus(en, id as string);
      expect(await en.locator(`#${id}-error`).textContent(), id).toMatch(/^⚠ Write the/);
    }
    await context.close();
  }, 120_000);

  it('a refused change is said at the top of the page with focus taken there; closing asks about open referrals; a closed case offers no new referral', async () => {
    const caseId = await caseWithWork(env.product.url);
    const page = await newPage(env.browser);
    await logIn(page, `${env.product.url}/#/staff/cases/${caseId}`, 'counselor.dong');
    await page.getByRole('heading', { name: /C-\d{4}-\d{6} · 차 례 원/ }).waitFor();
    expect(await page.locator('#referral-message').count()).toBe(1);
    // A 월세 household not in a 쪽방 or the like: where its pathway starts is asked, not taken as 쪽방.
    expect(await page.locator('#pathway-from').inputValue()).toBe('');
    await page.getByRole('button', { name: '주거상향 시작하기' }).click();
    await expectFocus(page, 'pathway-from');
    await page.locator('#pathway-from-error').getByText('지금 사는 곳을 골라 주세요.').waitFor();
    // The tab names the case by its number only: a tab's title stays in the browser's history.
    expect(await page.title()).toMatch(/^C-\d{4}-\d{6} · 집사$/);
    // Someone else changes the case while it is open here; closing it from the bottom of the page
    // is then refused, and the message at the top takes focus (it was screens away from the button).
    const session = await apiLogin(env.product.url, 'counselor.dong');
    const current = (await (await fetch(`${env.product.url}/api/cases/${caseId}`, { headers: session })).json()) as {
      version: number;
    };
    const patched = await fetch(`${env.product.url}/api/cases/${caseId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...session },
      body: JSON.stringify({ version: current.version, needs: ['집수리'] }),
    });
    expect(patched.status).toBe(200);
    await page.locator('#case-new-status').selectOption('closed');
    // Two of its three tasks are open: said before closing, as they stay open on a closed case.
    expect(await page.locator('#case-closing-reason-hint').textContent()).toContain(
      '아직 끝나지 않은 할 일이 2개 있습니다.',
    );
    await page.locator('#case-closing-reason').fill('이사를 마쳤습니다.');
    // Its referral is still waiting for the agency: closing asks whether to cancel it, and will
    // not go on unanswered (the agency would work on for a case nobody follows).
    const withdraw = page.locator('#case-withdraw-referrals');
    expect(await page.locator('label[for="case-withdraw-referrals"]').textContent()).toBe(
      '진행 중인 연계 1건을 취소하고 기관에 알립니다',
    );
    await page.getByRole('button', { name: '상태 저장' }).click();
    await page.locator('#case-withdraw-referrals-error').getByText('진행 중인 연계를 취소할지 골라 주세요.').waitFor();
    await expectFocus(page, 'case-withdraw-referrals');
    expect(await axeViolations(page)).toEqual([]);
    await withdraw.check();
    // The referral list, reloaded with the case, comes back slowly: until it does, the open referral
    // still counts (it read 0 for that moment, and the second try was refused for not asking).
    await page.route(`**/api/cases/${caseId}/referrals`, async (route) => {
      await new Promise((done) => setTimeout(done, 1500));
      await route.continue();
    });
    await page.getByRole('button', { name: '상태 저장' }).click();
    await page.locator('#case-message').getByText('그사이 다른 사람이 이 사례를 고쳤습니다.').waitFor();
    await expectFocus(page, 'case-message');
    expect(await inView(page, '#case-message')).toBe(true);
    // Closed on the second try: no referral form to fill only to be refused on sending.
    await page.locator('#case-new-status').selectOption('closed');
    await page.locator('#case-closing-reason').fill('이사를 마쳤습니다.');
    await page.getByRole('button', { name: '상태 저장' }).click();
    await page.getByText('종결된 사례라 새로 연계할 수 없습니다.', { exact: false }).waitFor();
    expect(await page.locator('#referral-message').count()).toBe(0);
    // The referral was cancelled with the closing, and says why.
    await page.locator('.timeline li', { hasText: '취소 · 센터가 사례를 종결함' }).waitFor();
    expect(await page.locator('.referrals li').first().textContent()).toContain('취소');
    // Why it was closed shows under the heading and in the timeline.
    expect(await page.locator('p.lead').first().textContent()).toBe('동구 · 종결 (이사를 마쳤습니다.)');
    await page.locator('.timeline li', { hasText: '종결 · 이사를 마쳤습니다.' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, 90_000);

  it("opens another 구's case only with a reason typed on the page, never one carried by a link, and read-only", async () => {
    const caseId = await caseWithWork(env.product.url);
    const page = await newPage(env.browser);
    // A link such as a board post could carry: it must not open the case in this counselor's name.
    const reason = encodeURIComponent('링크에 미리 적힌 사유입니다');
    await logIn(page, `${env.product.url}/#/staff/cases/${caseId}?breakGlass=true&reason=${reason}`, 'counselor.seo');
    await page.getByText('그런 사례를 찾을 수 없습니다.').waitFor();
    expect(await page.getByText('차 례 원').count()).toBe(0);
    await page.getByRole('heading', { name: '사례를 찾을 수 없습니다', level: 1 }).waitFor();
    // Too short a reason is said beside the field, with focus on it (the button used to do nothing).
    await page.locator('#glass-reason').fill('확인용');
    await page.getByRole('button', { name: '사유를 밝히고 열기' }).click();
    expect(await page.locator('#glass-reason-error').textContent()).toContain('사유를 10자 이상 적어 주세요.');
    await expectFocus(page, 'glass-reason');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#glass-reason').fill('동구 담당자 휴가 중 긴급 연락');
    await page.getByRole('button', { name: '사유를 밝히고 열기' }).click();
    await page.getByText('읽기만 할 수 있습니다').waitFor();
    await page.getByRole('heading', { name: '진행 기록' }).waitFor();
    expect(await page.locator('#h-people + table, #h-people ~ * table').first().textContent()).toContain('차 례 원');
    expect(await page.getByText('전화로 첫 상담을 했습니다.').count()).toBe(1);
    // No forms on a read-only view: nothing to save that the server would refuse.
    expect(await page.locator('section button, section input, section textarea').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    // Only the reason typed on the page was recorded.
    const admin = await fetch(`${env.product.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'jibsa-demo' }),
    });
    const cookie = (admin.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const glass = (await (await fetch(`${env.product.url}/api/admin/break-glass`, { headers: { cookie } })).json()) as {
      items: { caseId: string; reason: string }[];
    };
    expect(glass.items.filter((x) => x.caseId === caseId).map((x) => x.reason)).toEqual([
      '동구 담당자 휴가 중 긴급 연락',
    ]);
    await page.context().close();
  }, 90_000);
});
