import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable } from '../support/browser.ts';
import { HOUSEHOLDS } from '../support/households.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';
import { walkQuestionnaire } from '../support/selfcheck.ts';
import { logIn } from '../support/staff-session.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A page in its own context with its own browser name: to the view counter, a different visitor. */
async function visitor(browser: Browser, name: string): Promise<Page> {
  const context = await browser.newContext({ userAgent: `Mozilla/5.0 (jibsa-e2e ${name})`, acceptDownloads: true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return page;
}

/** A staff member's own browser, opened on `path` and logged in there as `username`, once `heading` shows. */
async function staffAt(browser: Browser, base: string, path: string, username: string, heading: string) {
  // Each its own visitor to the view counter, as before.
  const page = await visitor(browser, `${username} ${path}`);
  await logIn(page, `${base}/#${path}`, username);
  await page.getByRole('heading', { name: heading }).waitFor();
  return page;
}

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
const viewCount = async (page: Page) =>
  Number((await page.locator('.board-view-count').textContent())?.replace(/,/g, ''));

describe.runIf(browserAvailable())('the board in Chromium', () => {
  const env = useProductInBrowser();

  it('staff write a 모집공고 with a file; a visitor finds it by search, opens it once a day, downloads the file', async () => {
    const tag = Date.now().toString(36);
    const staff = await staffAt(env.browser, env.product.url, `/staff/board/new`, 'counselor.dong', '새 글 쓰기');
    expect(await axeViolations(staff)).toEqual([]);

    await staff.locator('#board-category').selectOption('recruitment');
    await staff.locator('#board-title').fill(`[모집공고] 동구 행복주택 예비입주자 모집 ${tag}`);
    await staff
      .locator('#board-body')
      .fill('청년과 신혼부부를 위한 **행복주택** 예비입주자를 모집합니다.\n\n- 접수: 센터 방문');
    await staff
      .locator('#board-file')
      .setInputFiles({ name: '모집공고문.pdf', mimeType: 'application/pdf', buffer: PDF });
    await staff.getByRole('button', { name: '저장하기' }).click();
    await staff.getByRole('heading', { name: new RegExp(`행복주택 예비입주자 모집 ${tag}`) }).waitFor();
    const number = Number(staff.url().match(/#\/board\/(\d+)/)?.[1]);
    expect(number).toBeGreaterThan(0);
    expect(await staff.locator('.board-body strong').textContent()).toBe('행복주택');
    const before = await viewCount(staff);

    const citizen = await visitor(env.browser, 'citizen');
    await citizen.goto(`${env.product.url}/#/board`);
    await citizen.getByRole('heading', { name: '소식과 공지' }).waitFor();
    expect(await axeViolations(citizen)).toEqual([]);
    // Spacing differs from the title's: the search forgives it.
    await citizen.locator('#board-q').fill(`행복주택 예비입주자모집 ${tag}`);
    await citizen.getByRole('button', { name: '찾기', exact: true }).click();
    await citizen.getByText(/찾은 글 1개/).waitFor();
    const row = citizen.locator('.board-table tbody tr', { hasText: tag });
    expect(await row.getByRole('img', { name: '첨부 파일 있음' }).count()).toBe(1);
    await row.getByRole('link').click();

    await citizen.getByRole('heading', { name: new RegExp(tag) }).waitFor();
    expect(await viewCount(citizen)).toBe(before + 1);
    expect(await axeViolations(citizen)).toEqual([]);
    await citizen.reload();
    await citizen.getByRole('heading', { name: new RegExp(tag) }).waitFor();
    expect(await viewCount(citizen)).toBe(before + 1);

    const [download] = await Promise.all([
      citizen.waitForEvent('download'),
      citizen.getByRole('link', { name: '모집공고문.pdf' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('모집공고문.pdf');
    const saved = await download.path();
    const { readFile } = await import('node:fs/promises');
    expect((await readFile(saved)).equals(PDF)).toBe(true);
    const detail = (await (await fetch(`${env.product.url}/api/board/posts/${number}`)).json()) as {
      attachmentList: { downloads: number }[];
    };
    expect(detail.attachmentList[0]?.downloads).toBe(1);

    // The printable page of its own (Open Graph, no script) also passes the CSP and axe.
    await citizen.goto(`${env.product.url}/board/${number}`);
    expect(await citizen.locator('meta[property="og:title"]').getAttribute('content')).toContain(tag);
    expect(await axeViolations(citizen)).toEqual([]);
    expect(await cspViolations(citizen)).toEqual([]);

    // On a phone the list stays readable without sideways scrolling.
    await citizen.setViewportSize({ width: 360, height: 740 });
    await citizen.goto(`${env.product.url}/#/board?category=recruitment`);
    await citizen.getByRole('heading', { level: 1, name: '모집공고' }).waitFor();
    await citizen.locator('.board-table tbody tr').first().waitFor();
    expect(await citizen.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
      0,
    );
    expect(await axeViolations(citizen)).toEqual([]);
    expect(await cspViolations(citizen)).toEqual([]);
    expect(await cspViolations(staff)).toEqual([]);
    await citizen.context().close();
    await staff.context().close();
  }, 120_000);

  it('staff import notices: the sample file from the import screen goes in as it is; a bad row names its column', async () => {
    const staff = await staffAt(
      env.browser,
      env.product.url,
      `/staff/board/import`,
      'counselor.dong',
      '공고 파일 가져오기',
    );
    const [download] = await Promise.all([
      staff.waitForEvent('download'),
      staff.getByRole('link', { name: /예시 파일 내려받기/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('모집공고_가져오기_예시.csv');
    const sample = fs.readFileSync((await download.path()) as string);
    await staff
      .locator('#notice-import-file')
      .setInputFiles({ name: '예시.csv', mimeType: 'text/csv', buffer: sample });
    await staff.getByRole('button', { name: '가져오기' }).click();
    await staff.getByRole('status').filter({ hasText: '새로 2건' }).waitFor();
    expect(await staff.locator('table').count()).toBe(0);
    // The same file with its closing date spoiled on one line: that row is named by its column's name.
    const spoiled = sample.toString('utf8').replace(/(SAMPLE-2026-002,[^\r\n]*?,공고중,[0-9.]+,)[0-9.]+/, '$1언젠가');
    await staff.locator('#notice-import-file').setInputFiles({
      name: '틀린예시.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(spoiled, 'utf8'),
    });
    await staff.getByRole('button', { name: '가져오기' }).click();
    const bad = staff.locator('table tbody tr');
    await bad.first().waitFor();
    expect(await bad.allTextContents()).toEqual([expect.stringContaining('마감일(CLSG_DT)')]);
    expect(await axeViolations(staff)).toEqual([]);
    await staff.context().close();
  });

  it('an edit based on an old version is not lost: the writer sees a kind message and chooses', async () => {
    const staff = await staffAt(env.browser, env.product.url, `/staff/board`, 'counselor.dong', '게시판 글 관리');
    expect(await axeViolations(staff)).toEqual([]);
    // A post of this writer's own (only a post's writer or an administrator may change it).
    const own = await staff.evaluate(async () => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const res = await fetch('/api/board/posts', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ category: 'notice', title: '동구 상담사가 쓴 안내', body: '처음 글' }),
      });
      return ((await res.json()) as { number: number }).number;
    });
    await staff.reload();
    await staff.getByRole('link', { name: '고치기: 동구 상담사가 쓴 안내' }).click();
    await staff.getByRole('heading', { name: /번 글 고치기/ }).waitFor();
    const number = Number(staff.url().match(/#\/staff\/board\/(\d+)/)?.[1]);
    expect(number).toBe(own);

    // Someone else saves first (same account in another tab is enough to make the version stale).
    const changed = await staff.evaluate(async (n) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const post = (await (await fetch(`/api/board/posts/${n}`)).json()) as Record<string, unknown>;
      const res = await fetch(`/api/board/posts/${n}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({
          category: post.category,
          title: `${post.title} (먼저 고침)`,
          body: post.bodyMarkdown,
          version: post.version,
        }),
      });
      return res.status;
    }, number);
    expect(changed).toBe(200);

    await staff.locator('#board-title').fill('내가 고친 제목');
    await staff.getByRole('button', { name: '저장하기' }).click();
    await staff.getByRole('heading', { name: '그사이 다른 분이 이 글을 고쳤습니다' }).waitFor();
    expect(await staff.locator('#board-title').inputValue()).toBe('내가 고친 제목');
    expect(await axeViolations(staff)).toEqual([]);
    await staff.getByRole('button', { name: '내 내용으로 저장하기' }).click();
    await staff.getByRole('heading', { name: '내가 고친 제목' }).waitFor();
    // The public page says only when it was last edited: no earlier text, no staff names.
    await staff.getByText(/^마지막으로 고친 날: \d{4}년 \d{1,2}월 \d{1,2}일$/).waitFor();
    expect(await staff.getByText('고친 기록').count()).toBe(0);
    expect(await staff.locator('.board-post').textContent()).not.toContain('님이');
    expect(await axeViolations(staff)).toEqual([]);
    // Staff see the earlier versions where they edit the post, each named as the text before
    // someone's edit, not as that person's text; only an administrator may remove one's text.
    await staff.goto(`${env.product.url}/#/staff/board/${number}`);
    await staff.getByRole('heading', { name: '고친 기록' }).waitFor();
    await staff.getByText(/^1판: 동구 상담사님이 .+에 고치기 전 내용$/).waitFor();
    expect(await staff.getByRole('button', { name: /이전 판 내용 지우기/ }).count()).toBe(0);
    expect(await axeViolations(staff)).toEqual([]);
    expect(await cspViolations(staff)).toEqual([]);
    await staff.context().close();

    const admin = await staffAt(env.browser, env.product.url, `/staff/board/${number}`, 'admin', '고친 기록');
    await admin.getByRole('button', { name: '이전 판 내용 지우기: 1판' }).click();
    await admin.getByRole('button', { name: '내용 지우기', exact: true }).click();
    await admin.locator('.error-summary').filter({ hasText: '지우는 까닭을 적어 주세요' }).waitFor();
    expect(await axeViolations(admin)).toEqual([]);
    await admin.locator('#remove-1-reason').fill('개인 전화번호가 들어 있었음');
    await admin.getByRole('button', { name: '내용 지우기', exact: true }).click();
    await admin.getByText('관리자가 내용을 지웠습니다 (까닭: 개인 전화번호가 들어 있었음)').waitFor();
    await admin.getByText('1판 내용을 지웠습니다.').waitFor();
    expect(await axeViolations(admin)).toEqual([]);
    expect(await cspViolations(admin)).toEqual([]);
    await admin.context().close();
  }, 120_000);

  it('the self-check result lists an open 모집공고 that fits the answers and hides it after its last day; not one for another 구', async () => {
    const tag = Date.now().toString(36);
    const day = (n: number) => new Date(Date.now() + 9 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);
    const staff = await staffAt(env.browser, env.product.url, `/staff/board/notice`, 'city', '모집공고 입력');
    expect(await axeViolations(staff)).toEqual([]);
    await staff.locator('#notice-title').fill(`열린 고령자복지주택 ${tag}`);
    // Nor a provider: one filled in for the writer went out unread on other providers' notices.
    expect(await staff.locator('#notice-provider').inputValue()).toBe('');
    await staff.locator('#notice-provider').fill('LH');
    // No housing type is chosen for the writer: it decides which cases the notice is matched to.
    expect(await staff.locator('#notice-housingType').inputValue()).toBe('');
    // Income has no field: the form says the type's program rules carry it.
    const typeHelp = await staff.locator('#notice-housingType').getAttribute('aria-describedby');
    expect(await staff.locator(`#${typeHelp?.split(' ')[0]}`).textContent()).toContain('소득·자산·무주택');
    await staff.locator('#notice-housingType').selectOption('senior');
    await staff.locator('#notice-district').selectOption('gwangsan');
    await staff.locator('#notice-end').fill(day(5));
    await staff.getByLabel('광산구').check();
    await staff.locator('#notice-documents').fill('주민등록등본\n신분증');
    // Units by size with deposit and rent: a mistake is named by its row, and nothing typed is lost.
    await staff.getByRole('button', { name: '주택형 더하기' }).click();
    await staff.locator('#notice-unit-0-area').fill('26A');
    await staff.locator('#notice-unit-0-count').fill('30');
    await staff.locator('#notice-unit-0-deposit').fill('12,345,000');
    await staff.locator('#notice-unit-0-rent').fill('12만원쯤');
    await staff.locator('#notice-url').fill('www.lh.or.kr');
    await staff.locator('#notice-minAge').fill('65');
    await staff.locator('#notice-maxAge').fill('60');
    await staff.locator('#notice-file').setInputFiles({ name: '공고문.pdf', mimeType: 'application/pdf', buffer: PDF });
    await staff.getByRole('button', { name: '공고 올리기' }).click();
    // Every mistake the form can see is named in the same round, not one kind per try.
    const summary = staff.locator('.error-summary');
    await summary.filter({ hasText: '주택형 1 월 임대료 (원)' }).waitFor();
    expect(await summary.textContent()).toContain('공식 공고문 주소');
    expect(await summary.textContent()).toContain('최대 나이가 최소 나이보다 작습니다');
    expect(await staff.locator('#notice-unit-0-rent').getAttribute('aria-invalid')).toBe('true');
    expect(await staff.locator('#notice-unit-0-deposit').inputValue()).toBe('12,345,000');
    expect(await axeViolations(staff)).toEqual([]);
    // A rent as notices write it ("12만") is read as said.
    await staff.locator('#notice-unit-0-rent').fill('12만');
    await staff.locator('#notice-url').fill('https://apply.lh.or.kr');
    await staff.locator('#notice-minAge').fill('');
    await staff.locator('#notice-maxAge').fill('');
    await staff.getByRole('button', { name: '공고 올리기' }).click();
    await staff.getByRole('heading', { name: `열린 고령자복지주택 ${tag}` }).waitFor();
    expect(await staff.locator('.notice-facts').textContent()).toContain('마감 임박');
    // The demo 고령자복지주택 notice gives a lower age only: said as one bound ("만 65~세" before).
    const list = (await (await staff.request.get(`${env.product.url}/api/notices`)).json()) as {
      items: { postNumber: number; limits: { minAge?: number; maxAge?: number } }[];
    };
    const senior = list.items.find((n) => n.limits.minAge === 65 && n.limits.maxAge === undefined);
    const unitRow = await staff.locator('.notice-facts tbody tr', { hasText: '26A' }).textContent();
    expect(unitRow).toMatch(/30.*12,345,000원.*12만원/);
    expect(await staff.getByRole('link', { name: '공고문.pdf' }).count()).toBe(1);
    expect(await axeViolations(staff)).toEqual([]);
    const seniorPage = await visitor(env.browser, 'senior-notice');
    await seniorPage.goto(`${env.product.url}/#/board/${senior?.postNumber}`);
    await seniorPage.locator('.notice-facts').getByText('신청인 나이 만 65세 이상').waitFor();
    // The list says each 모집공고's state beside its title (접수 중, 마감됨 …), not only the day it was posted.
    await seniorPage.goto(`${env.product.url}/#/board?category=recruitment`);
    const row = seniorPage.locator('tr', { hasText: `열린 고령자복지주택 ${tag}` });
    await row.locator('.deadline').waitFor();
    expect(await row.locator('.deadline').textContent()).toMatch(/접수 중|마감/);
    expect(await axeViolations(seniorPage)).toEqual([]);
    await seniorPage.goto(`${env.product.url}/#/board/${senior?.postNumber}`);
    await seniorPage.locator('.notice-facts').waitFor();
    // An open notice leads to the self-check, whose result lists the open notices that fit.
    const fit = seniorPage.getByRole('link', { name: '나에게 맞는지 알아보기' });
    expect(await fit.getAttribute('href')).toBe('#/check');
    expect(await axeViolations(seniorPage)).toEqual([]);
    await fit.click();
    await seniorPage.waitForSelector('[data-question-path]');
    await seniorPage.context().close();

    // Its fields can be edited later: the form opens filled in, and the change shows on the post.
    const posted = Number(staff.url().match(/#\/board\/(\d+)/)?.[1]);
    await staff.goto(`${env.product.url}/#/staff/board/notice/${posted}`);
    await staff.getByRole('heading', { name: `${posted}번 모집공고 고치기` }).waitFor();
    await expect.poll(() => staff.locator('#notice-title').inputValue()).toBe(`열린 고령자복지주택 ${tag}`);
    expect(await staff.locator('#notice-end').inputValue()).toBe(day(5));
    await staff.locator('#notice-complex').fill('가상 단지');
    await staff.getByRole('button', { name: '고친 내용 저장' }).click();
    await staff.getByRole('heading', { name: `열린 고령자복지주택 ${tag}` }).waitFor();
    expect(await staff.locator('.notice-facts').textContent()).toContain('가상 단지');

    // More through the API: one already past its last day, one only for 동구 residents, one open longer.
    const made = await staff.evaluate(
      async ({ tag, past, soon, later }) => {
        const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
        const base = { body: '시험', provider: 'LH', housingType: 'senior' };
        const send = (extra: object) =>
          fetch('/api/notices', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
            body: JSON.stringify({ ...base, ...extra }),
          }).then((r) => r.status);
        return [
          await send({ title: `지난 고령자복지주택 ${tag}`, applicationStart: past[0], applicationEnd: past[1] }),
          await send({ title: `동구만 고령자복지주택 ${tag}`, applicationEnd: soon, limits: { residence: ['dong'] } }),
          await send({ title: `나중 고령자복지주택 ${tag}`, applicationEnd: later }),
        ];
      },
      { tag, past: [day(-20), day(-1)], soon: day(9), later: day(12) },
    );
    expect(made).toEqual([201, 201, 201]);

    const citizen = await visitor(env.browser, 'older-renter');
    await citizen.goto(`${env.product.url}/#/check`);
    await citizen.waitForSelector('[data-question-path]');
    await walkQuestionnaire(citizen, HOUSEHOLDS.elderly);
    await citizen.getByRole('heading', { name: '지금 신청할 수 있는 임대주택 모집공고' }).waitFor();
    const listed = await citizen.locator('.open-notices li').allTextContents();
    expect(listed.some((t) => t.includes(`열린 고령자복지주택 ${tag}`))).toBe(true);
    expect(listed.some((t) => t.includes(`나중 고령자복지주택 ${tag}`))).toBe(true);
    expect(listed.some((t) => t.includes(`지난 고령자복지주택 ${tag}`))).toBe(false);
    expect(listed.some((t) => t.includes(`동구만 고령자복지주택 ${tag}`))).toBe(false);
    expect(await axeViolations(citizen)).toEqual([]);
    expect(await cspViolations(citizen)).toEqual([]);
    // The day after its last day the same notice is no longer listed: the page decides by its own date.
    await citizen.clock.setFixedTime(new Date(`${day(6)}T03:00:00Z`));
    await citizen.reload();
    await citizen.getByRole('heading', { name: '지금 신청할 수 있는 임대주택 모집공고' }).waitFor();
    const afterwards = await citizen.locator('.open-notices li').allTextContents();
    expect(afterwards.some((t) => t.includes(`나중 고령자복지주택 ${tag}`))).toBe(true);
    expect(afterwards.some((t) => t.includes(`열린 고령자복지주택 ${tag}`))).toBe(false);
    await citizen.context().close();
    await staff.context().close();
  }, 150_000);
});
