import { describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, newPage } from '../support/browser.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('scan')]);

describe.runIf(browserAvailable())('counselor workspace in Chromium', () => {
  const env = useProductInBrowser();

  it('a citizen asks for help; the 동구 counselor makes a case and works it; the timeline shows each step', async () => {
    const sent = await fetch(`${env.product.url}/api/consultations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: '도 담 이',
        phone: '010-3030-4040',
        district: 'dong',
        message: '월세가 밀렸어요',
        consent: { contact: true, household: true, result: false },
        household: { address: { sido: '광주광역시', sigungu: '동구' }, members: [{ age: 79 }] },
      }),
    });
    expect(sent.status).toBe(201);

    const page = await newPage(env.browser);
    await page.goto(`${env.product.url}/#/staff/inbox`);
    await page.locator('#staff-username').fill('counselor.dong');
    await page.locator('#staff-password').fill('jibsa-demo');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '로그인' }).click();

    await page.getByRole('heading', { name: '상담신청함' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '사례로 만들기: 도 담 이' }).click();

    await page.getByRole('heading', { name: /C-\d{4}-\d{6} · 도 담 이/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '지금 선별하기' }).click();
    await page.locator('.screening-results li').first().waitFor();

    await page.locator('#new-goal').fill('밀린 월세 해결');
    await page.getByRole('button', { name: '목표 추가' }).click();
    await page.getByLabel('밀린 월세 해결').waitFor();

    await page.locator('#new-task').fill('긴급복지 신청 안내');
    await page.locator('#new-task-due').fill('2030-01-31');
    await page.getByRole('button', { name: '할 일 추가' }).click();
    await page.locator('.tasks li', { hasText: '긴급복지 신청 안내' }).waitFor();

    await page.locator('#new-note').fill('집주인과 통화: 두 달 유예');
    await page.getByRole('button', { name: '메모 추가' }).click();
    await page.locator('.notes li', { hasText: '두 달 유예' }).waitFor();

    await page.locator('#new-document').setInputFiles({ name: '임대차계약서.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('button', { name: '올리기' }).click();
    await page.locator('.documents li', { hasText: '임대차계약서.png' }).waitFor();

    await page.locator('#case-new-status').selectOption('counseling');
    await page.getByRole('button', { name: '상태 저장' }).click();
    await page.locator('.timeline li', { hasText: '상태를 바꿨습니다: 상담' }).waitFor();

    const timeline = await page.locator('.timeline li').allTextContents();
    for (const step of [
      '사례를 열었습니다',
      '선별했습니다',
      '사례 정보를 고쳤습니다',
      '할 일을 추가했습니다',
      '메모를 남겼습니다',
      '서류를 올렸습니다',
      '상태를 바꿨습니다',
    ]) {
      expect(
        timeline.some((t) => t.includes(step)),
        step,
      ).toBe(true);
    }
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${env.product.url}/#/staff/cases?q=${encodeURIComponent('ㄷㄷㅇ')}`);
    await page
      .getByRole('link', { name: /C-\d{4}-\d{6}/ })
      .first()
      .waitFor();
    expect(await page.locator('table').textContent()).toContain('도 담 이');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, 120_000);
});
