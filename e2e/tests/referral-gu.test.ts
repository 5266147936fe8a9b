import { describe, expect, it } from 'vitest';
import { apiLogin } from '../support/api-login.ts';
import { axeViolations, browserAvailable, newPage } from '../support/browser.ts';
import { expectFocus } from '../support/focus.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';
import { logIn } from '../support/staff-session.ts';

describe.runIf(browserAvailable())('a 구청 takes a 주거급여 referral to its decision', () => {
  const env = useProductInBrowser();

  it('asks before accepting, says "신청 접수, 조사 중" without closing, and after the decision is given the center’s number', async () => {
    const url = env.product.url;
    const json = { ...(await apiLogin(url, 'counselor.dong')), 'content-type': 'application/json' };
    const made = await fetch(`${url}/api/cases`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        district: 'dong',
        people: [{ name: '급 여 순', relation: 'head' }],
        consent: { collection: true, sharing: true },
      }),
    });
    const caseId = ((await made.json()) as { id: string }).id;
    const services = (await (await fetch(`${url}/api/directory/services`, { headers: json })).json()) as {
      items: { id: string; slug: string }[];
    };
    const sent = await fetch(`${url}/api/cases/${caseId}/referrals`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        serviceId: services.items.find((s) => s.slug === 'gu-dong-benefits')?.id,
        message: '주거급여 신청을 도와주세요.',
        sharedFields: ['name'],
      }),
    });
    expect(sent.status).toBe(201);
    const { id, number } = (await sent.json()) as { id: string; number: string };

    const gu = await newPage(env.browser);
    await logIn(gu, `${url}/#/staff/partner/${id}`, 'partner.dong');
    await gu.getByRole('heading', { name: new RegExp(number) }).waitFor();
    // Before answering: what 수락 means (not a decision), and that the center can be asked first.
    await gu.getByText('수락은 지원 결정이 아니라 이 연계를 맡아 살펴본다는 뜻입니다.', { exact: false }).waitFor();
    await gu.getByRole('button', { name: '센터에 먼저 묻기' }).click();
    await expectFocus(gu, 'partner-message');
    await gu.getByText('수락이나 거절을 하기 전에도 보낼 수 있습니다.').waitFor();
    expect(await axeViolations(gu)).toEqual([]);
    await gu.locator('#partner-message').fill('전입신고는 마치셨나요?');
    await gu.getByRole('button', { name: '메시지 보내기' }).click();
    await gu.locator('.referral-messages li', { hasText: '전입신고는 마치셨나요?' }).waitFor();
    expect(await gu.locator('section[aria-labelledby="h-actions"] button').allTextContents()).toEqual([
      '센터에 먼저 묻기',
      '수락하기',
      '거절하기',
    ]);

    // Accepted, then the application is lodged: where it stands goes with 진행 시작, and it stays open.
    await gu.getByRole('button', { name: '수락하기' }).click();
    await gu.getByRole('button', { name: '진행 시작' }).waitFor();
    expect(await gu.getByRole('button', { name: '센터에 먼저 묻기' }).count()).toBe(0);
    await gu.locator('#progress-note').fill('주거급여 신청 접수, 조사 중');
    expect(await axeViolations(gu)).toEqual([]);
    await gu.getByRole('button', { name: '진행 시작' }).click();
    await gu.locator('.referral-steps li', { hasText: '진행 중 · 주거급여 신청 접수, 조사 중' }).waitFor();
    expect(await gu.locator('#partner-message').count()).toBe(1);

    // The counselor reads it on the case's timeline.
    const counselor = await newPage(env.browser);
    await logIn(counselor, `${url}/#/staff/cases/${caseId}`, 'counselor.dong');
    await counselor
      .locator('.timeline li', {
        hasText: `${number} 광주광역시 동구청 · 행정복지센터 · 진행 중 · 주거급여 신청 접수, 조사 중`,
      })
      .waitFor();
    expect(await axeViolations(counselor)).toEqual([]);

    // The decision closes it; the box gives way to the center's (made-up demo) number.
    await gu.locator('#referral-outcome').selectOption('지원 결정');
    await gu.getByRole('button', { name: '결과 기록하고 마치기' }).click();
    await gu
      .getByText('센터 연락처: 광주주거복지센터 062-000-3000 (이 연계를 보낸 동구 상담사) · 체험용 가상 번호', {
        exact: false,
      })
      .waitFor();
    expect(await gu.getByText('기록되어 있지 않습니다', { exact: false }).count()).toBe(0);
    expect(await gu.locator('#partner-message').count()).toBe(0);
    expect(await axeViolations(gu)).toEqual([]);
    await counselor.context().close();
    await gu.context().close();
  }, 120_000);
});
