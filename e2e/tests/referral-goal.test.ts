import { describe, expect, it } from 'vitest';
import { apiLogin } from '../support/api-login.ts';
import { axeViolations, browserAvailable, newPage } from '../support/browser.ts';
import { expectFocus } from '../support/focus.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';
import { logIn, sendConsultation } from '../support/staff-session.ts';

describe.runIf(browserAvailable())('a referral sent for a goal of the service plan', () => {
  const env = useProductInBrowser();

  it('ending well, it offers to mark the goal achieved; the plan changes only when the counselor says so', async () => {
    const url = env.product.url;
    await sendConsultation(url, { name: '목 표 순', phone: '010-3131-4141', age: 74 });
    const counselor = await newPage(env.browser);
    await logIn(counselor, `${url}/#/staff/inbox`, 'counselor.dong');
    await counselor.getByRole('button', { name: '사례로 만들기: 목 표 순' }).click();
    await counselor.getByRole('heading', { name: /C-\d{4}-\d{6} · 목 표 순/ }).waitFor();
    await counselor.getByRole('button', { name: '정보 제공 동의를 받았음 (기록하기)' }).click();
    await counselor.locator('#referral-message').waitFor();
    // No goal yet: the referral form has nothing to choose and shows no goal field.
    expect(await counselor.locator('#referral-goal').count()).toBe(0);
    await counselor.locator('#new-goal').fill('지붕 수리');
    await counselor.getByRole('button', { name: '목표 추가' }).click();
    await counselor.locator('#goal-0').waitFor();

    const repair = await counselor
      .locator('#referral-service option', { hasText: '저소득층 집수리' })
      .getAttribute('value');
    await counselor.locator('#referral-service').selectOption(repair ?? '');
    await counselor.locator('#referral-message').fill('비가 오면 지붕이 샙니다.');
    await counselor.locator('#referral-goal').selectOption('지붕 수리');
    expect(await axeViolations(counselor)).toEqual([]);
    await counselor.getByRole('button', { name: '연계 보내기' }).click();
    await counselor.locator('.referrals li', { hasText: '의뢰됨' }).waitFor();
    const number = (await counselor.locator('.referrals li strong').first().textContent()) ?? '';
    await counselor.getByRole('button', { name: `열기: ${number}` }).click();
    await counselor.locator('.referral-detail .referral-goal', { hasText: '이루려는 목표: 지붕 수리' }).waitFor();

    // The repair group finishes the works (through its API, as its page would).
    const headers = { ...(await apiLogin(url, 'partner.repair')), 'content-type': 'application/json' };
    const inbox = (await (await fetch(`${url}/api/partner/referrals`, { headers })).json()) as {
      items: { id: string; number: string }[];
    };
    const id = inbox.items.find((x) => x.number === number)?.id;
    let version = 1;
    for (const step of [
      { to: 'received' },
      { to: 'accepted' },
      { to: 'in-progress' },
      { to: 'completed', outcome: '공사 완료' },
    ]) {
      const res = await fetch(`${url}/api/partner/referrals/${id}/status`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ ...step, version }),
      });
      expect(res.status).toBe(200);
      version = ((await res.json()) as { version: number }).version;
    }

    // Back on the case: the goal is offered, not ticked.
    await counselor.reload();
    const offer = counselor.locator('.goal-met');
    await offer.waitFor();
    expect(await offer.textContent()).toContain(`연계 ${number}의 결과를 기관이 알렸습니다: 공사 완료.`);
    expect(await counselor.locator('#goal-0').isChecked()).toBe(false);
    expect(await axeViolations(counselor)).toEqual([]);
    await offer.getByRole('button', { name: '이룸으로 표시: 지붕 수리' }).click();
    // Marked, with focus on the goal it ticked; the offer is gone.
    await expectFocus(counselor, 'goal-0');
    expect(await counselor.locator('#goal-0').isChecked()).toBe(true);
    expect(await counselor.locator('.goal-met').count()).toBe(0);
    await counselor.locator('.timeline li', { hasText: '서비스 계획' }).first().waitFor();
    await counselor.context().close();
  }, 120_000);
});
