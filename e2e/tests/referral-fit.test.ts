import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiLogin } from '../support/api-login.ts';
import { axeViolations, browserAvailable, newPage } from '../support/browser.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';
import { logIn } from '../support/staff-session.ts';

/** The choices of a drop-down as [label, disabled, group], the empty choice left out. */
const choices = (page: Page, id: string) =>
  page.locator(`#${id} option:not([value=""])`).evaluateAll((os) =>
    os.map((o) => ({
      label: o.textContent ?? '',
      disabled: (o as HTMLOptionElement).disabled,
      group: o.parentElement?.getAttribute('label') ?? null,
    })),
  );

describe.runIf(browserAvailable())('referrals that fit: one open per service, outcomes by what the agency does', () => {
  const env = useProductInBrowser();

  it('the case page marks a service already referred, says why, and offers it again once that referral has ended; the repair group reports only repair outcomes', async () => {
    const url = env.product.url;
    const headers = { ...(await apiLogin(url, 'counselor.dong')), 'content-type': 'application/json' };
    const call = async (method: string, path: string, body?: unknown, as = headers) => {
      const r = await fetch(`${url}${path}`, { method, headers: as, body: body ? JSON.stringify(body) : undefined });
      return { status: r.status, json: (await r.json()) as Record<string, unknown> };
    };
    const made = await call('POST', '/api/cases', {
      district: 'dong',
      people: [{ name: '고 칠 집', relation: 'head', phone: '010-2323-7878' }],
      consent: { collection: true, sharing: true },
    });
    expect(made.status).toBe(201);
    const caseId = made.json.id as string;
    const services = (await call('GET', '/api/directory/services')).json.items as { id: string; name: string }[];
    const idOf = (name: string) => services.find((s) => s.name === name)?.id ?? '';
    const sent = await call('POST', `/api/cases/${caseId}/referrals`, {
      serviceId: idOf('저소득층 집수리'),
      message: '지붕이 샙니다.',
      sharedFields: ['name'],
    });
    expect(sent.status).toBe(201);
    const number = sent.json.number as string;

    const counselor = await newPage(env.browser);
    await logIn(counselor, `${url}/#/staff/cases/${caseId}`, 'counselor.dong');
    await counselor.locator('.referrals li', { hasText: number }).waitFor();
    // The repair group is shown, marked with the open referral's number, and cannot be chosen.
    await expect
      .poll(async () => (await choices(counselor, 'referral-service')).filter((o) => o.disabled))
      .toEqual([
        {
          label: `광주 집수리 협동조합 (가상) · 저소득층 집수리 — 이미 연계 중 (${number})`,
          disabled: true,
          group: '이미 연계 중인 곳 (지금은 고를 수 없음)',
        },
      ]);
    await counselor
      .getByText(
        '이미 연계 중인 곳에는 다시 보낼 수 없습니다. 그 연계가 끝나면 (거절·완료·취소) 다시 보낼 수 있습니다.',
        {
          exact: false,
        },
      )
      .waitFor();
    expect(await axeViolations(counselor)).toEqual([]);

    // Another counselor refers the case to LH while this page is open: sending it here is refused
    // beside the list, which now marks LH too.
    const lhRental = idOf('공공임대주택 입주 상담·신청');
    await counselor.locator('#referral-service').selectOption(lhRental);
    expect(
      (await call('POST', `/api/cases/${caseId}/referrals`, { serviceId: lhRental, message: '먼저', sharedFields: [] }))
        .status,
    ).toBe(201);
    await counselor.locator('#referral-message').fill('공공임대 상담 부탁드립니다.');
    await counselor.getByRole('button', { name: '연계 보내기' }).click();
    await counselor
      .locator('.field', { has: counselor.locator('#referral-service') })
      .getByText(
        "이 가구는 'LH 한국토지주택공사 광주전남지역본부 · 공공임대주택 입주 상담·신청'에 이미 연계 중입니다",
        {
          exact: false,
        },
      )
      .waitFor();
    expect(await counselor.locator('#referral-service').getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(async () => (await choices(counselor, 'referral-service')).filter((o) => o.disabled).length)
      .toBe(2);
    expect(await counselor.locator('.referrals li').count()).toBe(2);

    // The repair group: its 결과 list holds what a repair group can report, no move-in.
    const partner = await newPage(env.browser);
    await logIn(partner, `${url}/#/staff/partner/${sent.json.id}`, 'partner.repair');
    await partner.getByRole('button', { name: '수락하기' }).click();
    await partner.getByRole('button', { name: '진행 시작' }).click();
    await partner.locator('#referral-outcome').waitFor();
    expect((await choices(partner, 'referral-outcome')).map((o) => o.label)).toEqual([
      '공사 완료',
      '연계 완료',
      '대상 아님',
      '본인 포기',
      '연락 두절',
    ]);
    await partner.locator('#referral-outcome').selectOption('공사 완료');
    await partner.getByRole('button', { name: '결과 기록하고 마치기' }).click();
    await partner.locator('.outcome-note', { hasText: '공사 완료' }).waitFor();
    expect(await axeViolations(partner)).toEqual([]);

    // Ended: the counselor may ask the repair group again.
    await counselor.reload();
    await counselor.locator('.referrals li', { hasText: '완료 (공사 완료)' }).waitFor();
    await expect
      .poll(async () => (await choices(counselor, 'referral-service')).find((o) => o.label.includes('저소득층 집수리')))
      .toMatchObject({ disabled: false, label: '광주 집수리 협동조합 (가상) · 저소득층 집수리' });
    await counselor.locator('#referral-service').selectOption(idOf('저소득층 집수리'));
    await counselor.locator('#referral-message').fill('창틀도 고쳐 주세요.');
    await counselor.getByRole('button', { name: '연계 보내기' }).click();
    await expect.poll(() => counselor.locator('.referrals li').count()).toBe(3);
    await partner.context().close();
    await counselor.context().close();
  }, 120_000);
});
