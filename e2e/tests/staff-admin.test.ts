import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiLogin } from '../support/api-login.ts';
import { axeViolations, browserAvailable, newPage } from '../support/browser.ts';
import { expectFocus, expectFocusContaining } from '../support/focus.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';
import { logIn } from '../support/staff-session.ts';

describe.runIf(browserAvailable())('admin screens in Chromium: accounts, audit, directory, exports, retention', () => {
  const env = useProductInBrowser();

  it('an admin creates an account and reads the audit log; the new user must change the password first', async () => {
    const page = await newPage(env.browser);
    await logIn(page, `${env.product.url}/#/staff/accounts`, 'admin');

    await page.getByRole('heading', { name: '계정 관리', level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#new-username').fill('counselor.e2e');
    await page.locator('#new-displayName').fill('새 상담사');
    await page.locator('#new-district').selectOption('nam');
    await page.locator('#new-temporaryPassword').fill('temporary-e2e-2026');
    await page.getByRole('button', { name: '계정 만들기' }).click();
    await page.getByRole('status').filter({ hasText: '계정을 만들었습니다.' }).waitFor();
    await page.getByRole('button', { name: '고치기: counselor.e2e' }).click();
    await page.getByRole('heading', { name: '계정 고치기: counselor.e2e' }).waitFor();
    // The editor opens below the list: focus goes to its heading, so it is seen and heard.
    await expectFocus(page, 'edit-account-title');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${env.product.url}/#/staff/audit?action=admin.`);
    await page.getByRole('heading', { name: '감사 기록', level: 1 }).waitFor();
    // What was done reads in words; the stored code stays beside them, quieter, for support.
    const created = page.locator('td', { hasText: '계정 만듦' }).first();
    await created.waitFor();
    expect(await created.locator('.code-aside').textContent()).toBe('admin.account_create');
    // The account it is about is named by its username, not its id; the reason is words, not "counselor nam".
    const createdRow = page.getByRole('row').filter({ has: created }).filter({ hasText: '계정 counselor.e2e' });
    await createdRow.waitFor();
    expect(await createdRow.textContent()).toContain('역할 상담사, 구 남구 (role counselor, district Nam-gu)');
    expect(await page.locator('#audit-action option:checked').textContent()).toBe('계정과 설정 전체');
    expect(await axeViolations(page)).toEqual([]);
    // The filter is a choice of actions by their words.
    await page.locator('#audit-action').selectOption({ label: '비밀번호 초기화' });
    await page.getByRole('button', { name: '찾기' }).click();
    await page.waitForFunction(() => location.hash.includes('action=admin.password_reset'));
    await page.getByText('조건에 맞는 기록이 없습니다.').waitFor();
    // An account is found by its username in the subject box (its rows store its id).
    await page.locator('#audit-action').selectOption('');
    await page.locator('#audit-subject').fill('counselor.e2e');
    await page.getByRole('button', { name: '찾기' }).click();
    await page.waitForFunction(() => location.hash.includes('subject=counselor.e2e'));
    await page.locator('td', { hasText: '계정 만듦' }).waitFor();
    expect(await page.locator('tbody tr', { hasNotText: 'counselor.e2e' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // A counselor's look at the case list is one line (it stored a row per case shown), with every row one click away.
    const counselor = await apiLogin(env.product.url, 'counselor.seo');
    const shown = (await (await fetch(`${env.product.url}/api/cases`, { headers: counselor })).json()) as {
      items: { number: string }[];
    };
    expect(shown.items.length).toBeGreaterThan(3);
    await page.goto(`${env.product.url}/#/staff/audit?action=case.list&actor=counselor.seo`);
    const view = page.locator('tbody tr').first();
    await view.getByText(`사례 ${shown.items.length}건`).waitFor();
    expect(await view.textContent()).toContain(`외 ${shown.items.length - 3}건`);
    await view.getByRole('link', { name: `${shown.items.length}건 모두 보기` }).click();
    await page.getByText('한 번의 조회로 남은 기록을 한 줄씩 보고 있습니다.').waitFor();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(shown.items.length);
    const numbers = await page.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(numbers.sort()).toEqual(shown.items.map((c) => c.number).sort());
    expect(await axeViolations(page)).toEqual([]);

    const user = await newPage(env.browser);
    await user.goto(`${env.product.url}/#/staff/cases`);
    await user.locator('#staff-username').fill('counselor.e2e');
    await user.locator('#staff-password').fill('temporary-e2e-2026');
    await user.getByRole('button', { name: '로그인' }).click();
    await user.getByRole('heading', { name: '비밀번호 바꾸기', level: 1 }).waitFor();
    expect(await axeViolations(user)).toEqual([]);
    await user.locator('#pw-current').fill('temporary-e2e-2026');
    await user.locator('#pw-new').fill('my-own-e2e-password');
    await user.locator('#pw-repeat').fill('my-own-e2e-password');
    await user.getByRole('button', { name: '비밀번호 바꾸기' }).click();
    await user.getByRole('heading', { name: '사례 목록', level: 1 }).waitFor();

    // Locked after failed log-ins: the account's form says how it unlocks (there is no separate button).
    for (let i = 0; i < 5; i++) {
      await fetch(`${env.product.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'counselor.e2e', password: 'not-the-password' }),
      });
    }
    await page.goto(`${env.product.url}/#/staff/accounts`);
    await page.reload();
    await page.getByRole('button', { name: '고치기: counselor.e2e' }).click();
    await page.getByText('비밀번호를 초기화하면 바로 풀립니다').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Turning the account off asks first (it ends the person's log-ins at once); closing the question changes nothing.
    await page.getByRole('button', { name: '계정 끄기' }).click();
    const ask = page.getByRole('dialog', { name: 'counselor.e2e 계정을 끌까요?' });
    await ask.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await ask.getByRole('button', { name: '닫기' }).click();
    await ask.waitFor({ state: 'hidden' });
    expect(await page.getByRole('button', { name: '계정 끄기' }).count()).toBe(1);
    await page.getByRole('button', { name: '계정 끄기' }).click();
    await ask.getByRole('button', { name: '계정 끄기' }).click();
    await page.getByRole('button', { name: '계정 다시 켜기' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'counselor.e2e' }).getByText('꺼짐').waitFor();
  }, 120_000);

  it("an admin adds an agency and a service, sees the server's field errors beside the fields, and downloads an HMIS file", async () => {
    const page = await newPage(env.browser);
    await logIn(page, `${env.product.url}/#/staff/directory`, 'admin');
    await page.getByRole('heading', { name: '연계 기관과 서비스', level: 1 }).waitFor();
    await page.getByRole('rowheader', { name: 'LH 한국토지주택공사 광주전남지역본부' }).waitFor();

    await page.locator('#agency-new-slug').fill('e2e-repair');
    await page.locator('#agency-new-name').fill('시험 집수리 모임 (가상)');
    await page.locator('#agency-new-kind').selectOption('repair');
    await page.locator('#agency-new-description').fill('시험용 집수리 단체');
    await page.locator('#agency-new-website').fill('not a url');
    await page.getByRole('button', { name: '기관 추가' }).click();
    // The server's message for the bad field sits beside it, and the summary above takes focus.
    await page.locator('#agency-new-website-error').waitFor();
    expect(await page.locator('#agency-new-website').getAttribute('aria-invalid')).toBe('true');
    await expectFocusContaining(page, 'error-summary');
    await page.locator('#agency-new-website').fill('');
    await page.getByRole('button', { name: '기관 추가' }).click();
    await page.getByRole('heading', { name: '기관 고치기: 시험 집수리 모임 (가상)' }).waitFor();

    await page.locator('#service-new-slug').fill('e2e-repair-roof');
    await page.locator('#service-new-name').fill('지붕 고치기');
    await page.locator('#service-new-description').fill('비가 새는 지붕을 고칩니다.');
    await page.locator('#service-new-programIds input[value="home-repair.low-income-repair"]').check();
    await page.locator('#service-new-districts input[value="nam"]').check();
    await page.locator('#service-new-contactPhone').fill('062-000-9999');
    await page.getByRole('button', { name: '여는 시간 줄 추가' }).click();
    await page.locator('#service-new-hours-0-closes').fill('25:00');
    await page.locator('#service-new-documents').fill('신분증\n건물 사진');
    await page.getByRole('button', { name: '서비스 추가' }).click();
    await page.locator('#service-new-hours-error').waitFor();
    expect(await page.locator('#service-new-hours-error').textContent()).toContain('closes');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#service-new-hours-0-closes').fill('17:00');
    await page.getByRole('button', { name: '서비스 추가' }).click();
    // The agency's service table: name, 구, hours as saved.
    await page.getByRole('row', { name: /^지붕 고치기 남구 월–금 09:00–17:00/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // The audit log names the agency and the service as the form did, not by their ids.
    await page.goto(`${env.product.url}/#/staff/audit?action=service.create`);
    const serviceRow = page.getByRole('row', { name: /기관 서비스 지붕 고치기 · 시험 집수리 모임 \(가상\)/ });
    await serviceRow.waitFor();
    expect(await serviceRow.locator('.code-aside').last().textContent()).toMatch(/^[0-9a-f-]{36}$/);
    await page.goto(`${env.product.url}/#/staff/audit?action=agency.create`);
    await page.getByRole('cell', { name: /^연계 기관 시험 집수리 모임 \(가상\)/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${env.product.url}/#/staff/directory`);
    await page.getByRole('heading', { name: '연계 기관과 서비스', level: 1 }).waitFor();
    // What the form saved is what the public directory now answers for that program in 남구.
    const found = await page.request.get(
      `${env.product.url}/api/directory/services?program=home-repair.low-income-repair&district=nam`,
    );
    const roof = (await found.json()).items.find((x: { slug: string }) => x.slug === 'e2e-repair-roof');
    expect(roof).toMatchObject({
      documents: ['신분증', '건물 사진'],
      contactPhone: '062-000-9999',
      districts: ['nam'],
    });

    await page.getByRole('link', { name: '내보내기' }).click();
    await page.getByRole('heading', { name: '연계 실적 내보내기 (HMIS CSV)', level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#hmis-from').fill('2026-03-01');
    await page.locator('#hmis-to').fill('2026-02-01');
    await page.getByRole('button', { name: '내려받기' }).click();
    await page.locator('#hmis-to-error').waitFor();
    await page.locator('#hmis-to').fill('2026-12-31');
    await page.locator('#hmis-file').selectOption('Services.csv');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '내려받기' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('Services.csv');
    const text = fs.readFileSync((await file.path()) as string, 'utf8');
    expect(text.startsWith('\uFEFFServicesID,')).toBe(true);
  }, 180_000);
  it('an admin sets how long outreach lists are kept: the field error sits beside the field, and the change is audited', async () => {
    const page = await newPage(env.browser);
    await logIn(page, `${env.product.url}/#/staff/retention`, 'admin');
    await page.getByRole('heading', { name: '발굴 명단 보존 기간', level: 1 }).waitFor();
    await page.getByText('JIBSA_OUTREACH_RETENTION_DAYS').waitFor();
    expect(await page.locator('#retention-days').inputValue()).toBe('90');
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('#retention-days').fill('0');
    await page.getByRole('button', { name: '저장' }).click();
    await page.locator('#retention-days-error').waitFor();
    expect(await page.locator('#retention-days-error').textContent()).toContain('1 이상이어야 합니다.');
    expect(await page.locator('#retention-days').getAttribute('aria-invalid')).toBe('true');
    await expectFocusContaining(page, 'error-summary');
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('#retention-days').fill('30');
    await page.getByRole('button', { name: '저장' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: '저장했습니다. 명단은 올린 날부터 30일 뒤 지워집니다.' })
      .waitFor();
    expect(await page.locator('#retention-days-error').count()).toBe(0);
    await page.reload();
    await page.getByText('지금: 30일.').waitFor();
    expect(await page.locator('#retention-days').inputValue()).toBe('30');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${env.product.url}/#/staff/audit?action=admin.setting_update`);
    // The change reads as words with the English beside it, about the setting by its name.
    const changed = page.getByRole('row', { name: /기본값 90일 → 30일 \(default 90 days → 30 days\)/ });
    await changed.waitFor();
    expect(await changed.textContent()).toContain('설정 발굴 명단 보관 기간');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, 120_000);
});
