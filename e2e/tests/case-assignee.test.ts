import { describe, expect, it } from 'vitest';
import { apiLogin } from '../support/api-login.ts';
import { axeViolations, browserAvailable, newPage } from '../support/browser.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';
import { logIn } from '../support/staff-session.ts';
import { unmarkedKorean } from '../support/unmarked-korean.ts';
import { untranslated } from '../support/untranslated.ts';

/** A 동구 case opened by the admin through the API, as an admin's intake leaves it: nobody handles it. */
async function adminCase(url: string, name: string) {
  const admin = await apiLogin(url, 'admin');
  const res = await fetch(`${url}/api/cases`, {
    method: 'POST',
    headers: { ...admin, 'content-type': 'application/json' },
    body: JSON.stringify({
      district: 'dong',
      people: [{ name, relation: 'head' }],
      consent: { collection: true, sharing: false },
    }),
  });
  expect(res.status).toBe(201);
  const made = (await res.json()) as { id: string; number: string; assigneeName: string | null };
  expect(made.assigneeName).toBeNull();
  return made;
}

describe.runIf(browserAvailable())('who handles a case (담당자)', () => {
  const env = useProductInBrowser();

  it('an admin finds a case nobody handles and gives it to a counselor, who then sees it under 내 사례만', async () => {
    const made = await adminCase(env.product.url, '배정 확인');
    const page = await newPage(env.browser);
    await logIn(page, `${env.product.url}/#/staff/cases`, 'admin');
    await page.getByLabel('담당자 없는 사례만').check();
    const row = page.getByRole('row', { name: new RegExp(made.number) });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(2).textContent()).toBe('없음');
    expect(await page.getByRole('columnheader', { name: '담당자' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await row.getByRole('link', { name: made.number }).click();
    await page.getByRole('heading', { name: new RegExp(`^${made.number}`), level: 1 }).waitFor();
    expect(await page.locator('.case-assignee p').first().textContent()).toBe('담당자: 없음');
    // An admin handles no case: no "take it" button for them.
    expect(await page.getByRole('button', { name: '내가 맡기' }).count()).toBe(0);
    await page.getByRole('button', { name: '담당자 바꾸기' }).click();
    const select = page.locator('#case-assignee');
    await select.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('case-assignee');
    // Only 동구's counselors are offered, and nobody.
    const offered = await select.locator('option').allTextContents();
    expect(offered.slice(1)).toEqual(['동구 상담사', '담당자 없음']);
    // Saved with nothing picked: said at the choice, which takes focus.
    await page.getByRole('button', { name: '담당자 저장' }).click();
    await page.getByText('새 담당자를 골라 주세요.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('case-assignee');
    expect(await axeViolations(page)).toEqual([]);

    await select.selectOption({ label: '동구 상담사' });
    await page.getByRole('button', { name: '담당자 저장' }).click();
    await page.getByRole('status').filter({ hasText: '담당자를 바꿨습니다.' }).waitFor();
    expect(await page.locator('.case-assignee p').first().textContent()).toBe('담당자: 동구 상담사');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('case-assignee-change');
    await page.locator('.timeline li', { hasText: '담당자를 바꿨습니다: 없음 → 동구 상담사 (센터 관리자)' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const counselor = await newPage(env.browser);
    await logIn(counselor, `${env.product.url}/#/staff/cases`, 'counselor.dong');
    await counselor.getByLabel('내 사례만').check();
    const mine = counselor.getByRole('row', { name: new RegExp(made.number) });
    await mine.waitFor();
    expect(await mine.getByRole('cell').nth(2).textContent()).toBe('동구 상담사');
    expect(await axeViolations(counselor)).toEqual([]);

    // 센터 현황: the admin sees who handles how much; the counselor does not.
    await page.goto(`${env.product.url}/#/staff/center-stats`);
    const load = page.getByRole('table', { name: '상담사마다 맡은 사례와 기한 지난 할 일' });
    await load.waitFor();
    const dongRow = load.getByRole('row', { name: /동구 상담사/ });
    expect(Number(await dongRow.getByRole('cell').nth(1).textContent())).toBeGreaterThan(0);
    await load.getByRole('row', { name: /담당자 없음/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await counselor.goto(`${env.product.url}/#/staff/center-stats`);
    await counselor.getByRole('table').first().waitFor();
    expect(await counselor.getByRole('heading', { name: '상담사별 맡은 사례 (지금)' }).count()).toBe(0);
  });

  it("an admin's intake names the handler among the chosen 구's counselors, and the case opens handled by them", async () => {
    const page = await newPage(env.browser);
    await logIn(page, `${env.product.url}/#/staff/cases/new`, 'admin');
    await page.getByRole('heading', { name: '새 사례 접수 (창구·전화)' }).waitFor();
    // No 구 chosen yet: nobody to offer.
    expect(await page.locator('#intake-assignee').count()).toBe(0);
    const district = page.locator('#intake-district');
    const select = page.locator('#intake-assignee');
    await district.selectOption({ label: '동구' });
    await expect
      .poll(() => select.locator('option').allTextContents())
      .toEqual(['담당자 없음 (나중에 정하기)', '동구 상담사']);
    await select.selectOption({ label: '동구 상담사' });
    // Another 구: its own counselors, and the choice made for 동구 goes with it.
    await district.selectOption({ label: '서구' });
    await expect
      .poll(() => select.locator('option').allTextContents())
      .toEqual(['담당자 없음 (나중에 정하기)', '서구 상담사']);
    await expect.poll(() => select.inputValue()).toBe('');
    await district.selectOption({ label: '동구' });
    await expect.poll(() => select.locator('option').count()).toBe(2);
    await select.selectOption({ label: '동구 상담사' });
    await page.locator('#people-0-name').fill('처 음 배');
    await page.locator('#consent-collection').check();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '같은 분 사례 찾아보기' }).click();
    await page.getByRole('button', { name: '새 사례 만들기' }).click();
    await page.getByRole('heading', { name: /C-\d{4}-\d{6} · 처 음 배/ }).waitFor();
    expect(await page.locator('.case-assignee p').first().textContent()).toBe('담당자: 동구 상담사');
    // Written down as a change of handler is: who gave it to whom.
    await page.locator('.timeline li', { hasText: '담당자를 바꿨습니다: 없음 → 동구 상담사 (센터 관리자)' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a counselor takes a case nobody handles with 내가 맡기', async () => {
    const made = await adminCase(env.product.url, '맡기 확인');
    const page = await newPage(env.browser);
    await logIn(page, `${env.product.url}/#/staff/cases/${made.id}`, 'counselor.dong');
    await page.getByRole('button', { name: '내가 맡기' }).click();
    await page.getByRole('status').filter({ hasText: '담당자를 바꿨습니다.' }).waitFor();
    expect(await page.locator('.case-assignee p').first().textContent()).toBe('담당자: 동구 상담사');
    expect(await page.getByRole('button', { name: '내가 맡기' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('in English: the handler line, its control, the list column and the timeline entry, names marked lang="ko"', async () => {
    const made = await adminCase(env.product.url, '영어 확인');
    const context = await env.browser.newContext();
    await context.addInitScript(() => localStorage.setItem('jibsa.lang', 'en'));
    const page = await context.newPage();
    await logIn(page, `${env.product.url}/#/staff/cases/${made.id}`, 'counselor.dong', 'Log in');
    expect(await page.locator('.case-assignee p').first().textContent()).toBe('Handled by: None');
    await page.getByRole('button', { name: 'Take this case' }).click();
    await page.getByRole('status').filter({ hasText: 'Handler changed.' }).waitFor();
    await page.locator('.timeline li', { hasText: 'Handler changed: nobody → ' }).waitFor();
    await page.getByRole('button', { name: 'Change who handles it' }).click();
    await page.locator('#case-assignee').waitFor();
    // The heading holds the household's name (data, as on every case page): the rest is English.
    expect((await untranslated(page)).filter((t) => !t.includes('영어 확인'))).toEqual([]);
    // Staff names in the handler line, its choices and the timeline are marked lang="ko".
    expect(await unmarkedKorean(page, '.case-assignee')).toEqual([]);
    expect(await unmarkedKorean(page, '.timeline')).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${env.product.url}/#/staff/cases?mine=true`);
    const row = page.getByRole('row', { name: new RegExp(made.number) });
    await row.waitFor();
    expect(await page.getByRole('columnheader', { name: 'Handled by' }).count()).toBe(1);
    expect(await page.getByLabel('Only cases nobody handles').count()).toBe(1);
    expect(await untranslated(page)).toEqual([]);
    expect(await unmarkedKorean(page)).toEqual([]);
    await context.close();
  });
});
