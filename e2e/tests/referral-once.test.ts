import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiLogin } from '../support/api-login.ts';
import { axeViolations, browserAvailable, newPage } from '../support/browser.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';
import { logIn, sendConsultation } from '../support/staff-session.ts';

/** A 동구 case made from a consultation, its screening done and consent to sharing recorded. */
async function caseReadyToRefer(page: Page, url: string, name: string, phone: string) {
  await sendConsultation(url, { name, phone, age: 70 });
  await logIn(page, `${url}/#/staff/inbox`, 'counselor.dong');
  await page.getByRole('button', { name: `사례로 만들기: ${name}` }).click();
  await page.getByRole('heading', { name: new RegExp(`C-\\d{4}-\\d{6} · ${name}`) }).waitFor();
  await page.getByRole('button', { name: '지금 선별하기' }).click();
  await page.locator('.screening-results > li').first().waitFor();
  await page.getByRole('button', { name: '정보 제공 동의를 받았음 (기록하기)' }).click();
  await page.locator('#referral-message').waitFor();
}

async function serviceValue(page: Page, text: string) {
  return (await page.locator('#referral-service option', { hasText: text }).getAttribute('value')) ?? '';
}

describe.runIf(browserAvailable())(
  'referral forms: buttons act once, and each referral shares only what was chosen for it',
  () => {
    const env = useProductInBrowser();

    it('a double click on 연계 보내기 sends one referral', async () => {
      const counselor = await newPage(env.browser);
      await caseReadyToRefer(counselor, env.product.url, '두 번 눌', '010-2323-4501');
      await counselor.locator('#referral-service').selectOption(await serviceValue(counselor, '저소득층 집수리'));
      await counselor.locator('#referral-message').fill('지붕이 샙니다.');
      await counselor.getByRole('button', { name: '연계 보내기' }).dblclick();
      await counselor.locator('.referrals li', { hasText: '의뢰됨' }).first().waitFor();
      // Give a second request time to land if one was sent.
      await counselor.waitForTimeout(1500);
      await counselor.reload();
      await counselor.locator('.referrals li').first().waitFor();
      expect(await counselor.locator('.referrals li').count()).toBe(1);

      await counselor.context().close();
    }, 120_000);

    it('a double click on 수락하기 or 메시지 보내기 acts once, with no "someone else changed it" warning', async () => {
      const headers = await apiLogin(env.product.url, 'counselor.dong');
      const counselor = await newPage(env.browser);
      await caseReadyToRefer(counselor, env.product.url, '한 번 만', '010-2323-4503');
      await counselor.locator('#referral-service').selectOption(await serviceValue(counselor, '저소득층 집수리'));
      await counselor.locator('#referral-message').fill('문이 닫히지 않습니다.');
      await counselor.getByRole('button', { name: '연계 보내기' }).click();
      await counselor.locator('.referrals li', { hasText: '의뢰됨' }).waitFor();
      const number = (await counselor.locator('.referrals li strong').first().textContent()) ?? '';

      const partner = await newPage(env.browser);
      const conflicts: number[] = [];
      partner.on('response', (res) => {
        if (res.url().includes('/api/partner/') && res.status() === 409) conflicts.push(res.status());
      });
      await logIn(partner, `${env.product.url}/#/staff/partner`, 'partner.repair');
      await partner.getByRole('link', { name: number }).click();
      await partner.getByRole('button', { name: '수락하기' }).waitFor();
      await partner.getByRole('button', { name: '수락하기' }).dblclick();
      await partner.getByRole('button', { name: '진행 시작' }).waitFor();
      await partner.locator('#partner-message').fill('방문 날짜를 정해 주세요.');
      await partner.getByRole('button', { name: '메시지 보내기' }).dblclick();
      await partner.locator('.referral-messages li', { hasText: '방문 날짜' }).first().waitFor();
      await partner.waitForTimeout(1500);
      expect(conflicts).toEqual([]);
      expect(await partner.getByText('그사이 다른 사람이 먼저 바꿨습니다').count()).toBe(0);

      const caseId = new URL(counselor.url().replace('#/', '')).pathname.split('/').pop();
      const list = (await (await fetch(`${env.product.url}/api/cases/${caseId}/referrals`, { headers })).json()) as {
        items: { id: string }[];
      };
      const one = (await (
        await fetch(`${env.product.url}/api/referrals/${list.items[0]?.id}`, { headers })
      ).json()) as {
        messages: { body: string }[];
      };
      expect(one.messages.map((m) => m.body)).toEqual(['방문 날짜를 정해 주세요.']);
      await partner.context().close();
      await counselor.context().close();
    }, 120_000);

    it('a referral already answered in another tab: the stale tab says so in plain words and shows the answer', async () => {
      const counselor = await newPage(env.browser);
      await caseReadyToRefer(counselor, env.product.url, '두 창 이', '010-2323-4504');
      await counselor.locator('#referral-service').selectOption(await serviceValue(counselor, '저소득층 집수리'));
      await counselor.locator('#referral-message').fill('창문이 깨졌습니다.');
      await counselor.getByRole('button', { name: '연계 보내기' }).click();
      await counselor.locator('.referrals li', { hasText: '의뢰됨' }).waitFor();
      const number = (await counselor.locator('.referrals li strong').first().textContent()) ?? '';

      const first = await newPage(env.browser, { mobile: true });
      await logIn(first, `${env.product.url}/#/staff/partner`, 'partner.repair');
      await first.getByRole('link', { name: number }).click();
      await first.getByRole('button', { name: '수락하기' }).waitFor();
      const second = await first.context().newPage();
      await second.goto(first.url());
      await second.getByRole('button', { name: '수락하기' }).waitFor();

      await first.getByRole('button', { name: '수락하기' }).click();
      await first.getByRole('button', { name: '진행 시작' }).waitFor();
      await second.locator('#reject-reason').fill('관할이 아닙니다');
      await second.getByRole('button', { name: '거절하기' }).click();
      await second
        .getByText("다른 창에서나 같은 기관의 다른 담당자가 먼저 처리했습니다. 지금 상태는 '수락'입니다.")
        .waitFor();
      expect(await second.getByText(/보낸 판|새로 불러와 주세요/).count()).toBe(0);
      // The stale tab now offers the moves of the accepted referral, not the refusal it tried.
      await second.getByRole('button', { name: '진행 시작' }).waitFor();
      expect(await second.getByRole('button', { name: '거절하기' }).count()).toBe(0);
      await first.context().close();
      await counselor.context().close();
    }, 120_000);

    it('the next referral of a case starts again from name and phone, not from what the last agency was shown', async () => {
      const counselor = await newPage(env.browser);
      await caseReadyToRefer(counselor, env.product.url, '따 로', '010-2323-4505');
      // The first referral moves the case to 연계; the later ones are sent from the same form.
      await counselor.locator('#referral-service').selectOption(await serviceValue(counselor, '저소득층 집수리'));
      await counselor.locator('#referral-message').fill('현관문 수리');
      await counselor.getByRole('button', { name: '연계 보내기' }).click();
      await counselor.locator('.referrals li').nth(0).waitFor();
      await counselor.locator('#referral-service').selectOption(await serviceValue(counselor, '공공임대주택 입주'));
      await counselor.locator('#referral-message').fill('소득과 재산을 보고 판단해 주세요.');
      await counselor.locator('#share-household').check();
      await counselor.getByRole('button', { name: '연계 보내기' }).click();
      await counselor.locator('.referrals li').nth(1).waitFor();
      const checked = () =>
        counselor
          .locator('input[id^="share-"]')
          .evaluateAll((boxes) => boxes.filter((b) => (b as HTMLInputElement).checked).map((b) => b.id));
      await expect.poll(checked, { timeout: 5000 }).toEqual(['share-name', 'share-contact']);

      // So a third referral, to the 구 emergency desk, does not carry income and assets along (the
      // repair group has this case's open referral already: it cannot be chosen again).
      await counselor.locator('#referral-service').selectOption(await serviceValue(counselor, '긴급복지 창구'));
      await counselor.locator('#referral-message').fill('보일러가 멈춰 긴급 지원이 필요합니다.');
      await counselor.getByRole('button', { name: '연계 보내기' }).click();
      await counselor.locator('.referrals li').nth(2).waitFor();
      const headers = await apiLogin(env.product.url, 'counselor.dong');
      const caseId = new URL(counselor.url().replace('#/', '')).pathname.split('/').pop();
      const list = (await (await fetch(`${env.product.url}/api/cases/${caseId}/referrals`, { headers })).json()) as {
        items: { sharedFields: string[] }[];
      };
      expect(list.items.map((x) => x.sharedFields)).toEqual([
        ['name', 'contact'],
        ['name', 'contact', 'household'],
        ['name', 'contact'],
      ]);
      await counselor.context().close();
    }, 120_000);

    it('the counselor cancelling a referral the agency has just accepted is told so, and can then cancel it', async () => {
      const counselor = await newPage(env.browser);
      await caseReadyToRefer(counselor, env.product.url, '늦 은', '010-2323-4506');
      await counselor.locator('#referral-service').selectOption(await serviceValue(counselor, '저소득층 집수리'));
      await counselor.locator('#referral-message').fill('싱크대 배수관');
      await counselor.getByRole('button', { name: '연계 보내기' }).click();
      await counselor.locator('.referrals li', { hasText: '의뢰됨' }).waitFor();
      const number = (await counselor.locator('.referrals li strong').first().textContent()) ?? '';
      await counselor.getByRole('button', { name: `열기: ${number}` }).click();
      await counselor.getByRole('button', { name: '연계 취소' }).waitFor();

      // Meanwhile the agency acknowledges and accepts it.
      const agency = await apiLogin(env.product.url, 'partner.repair');
      const json = { ...agency, 'content-type': 'application/json' };
      const inbox = (await (await fetch(`${env.product.url}/api/partner/referrals`, { headers: agency })).json()) as {
        items: { id: string; number: string }[];
      };
      const id = inbox.items.find((x) => x.number === number)?.id;
      let version = 1;
      for (const to of ['received', 'accepted']) {
        const res = await fetch(`${env.product.url}/api/partner/referrals/${id}/status`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify({ to, version }),
        });
        expect(res.status).toBe(200);
        version = ((await res.json()) as { version: number }).version;
      }

      await counselor.getByRole('button', { name: '연계 취소' }).click();
      await counselor.getByText("기관이 먼저 처리했습니다. 지금 상태는 '수락'입니다.", { exact: false }).waitFor();
      expect(await counselor.getByText(/보낸 판/).count()).toBe(0);
      await counselor.locator('.referral-detail h3', { hasText: '수락' }).waitFor();
      // Having seen it, the counselor can still cancel: the second click is not refused again.
      await counselor.getByRole('button', { name: '연계 취소' }).click();
      await counselor.locator('.referrals li', { hasText: '취소' }).waitFor();
      await counselor.context().close();
    }, 120_000);

    it('the counselor sees the answer date before sending, and can ask for an answer sooner', async () => {
      const counselor = await newPage(env.browser, { mobile: true });
      await caseReadyToRefer(counselor, env.product.url, '급 한', '010-2323-4507');
      await counselor.locator('#referral-service').selectOption(await serviceValue(counselor, '저소득층 집수리'));
      await counselor.locator('#referral-message').fill('다음 주에 퇴거 통보를 받았습니다. 빨리 봐 주세요.');
      const headers = await apiLogin(env.product.url, 'counselor.dong');
      const dueIn = async (days: number) =>
        (
          (await (
            await fetch(`${env.product.url}/api/referrals/due-date?businessDays=${days}`, { headers })
          ).json()) as { dueOn: string }
        ).dueOn;
      // Left empty, the service's usual time (저소득층 집수리: 10 working days) is said before sending.
      await counselor.locator('#referral-due-preview', { hasText: await dueIn(10) }).waitFor();
      await counselor.locator('#referral-days').fill('0');
      await counselor.getByRole('button', { name: '연계 보내기' }).click();
      await counselor
        .locator('.field', { has: counselor.locator('#referral-days') })
        .getByText('1부터 60까지의 수로 적어 주세요.')
        .waitFor();
      expect(await counselor.locator('.referrals li').count()).toBe(0);
      await counselor.locator('#referral-days').fill('3');
      const soon = await dueIn(3);
      await counselor.locator('#referral-due-preview', { hasText: soon }).waitFor();
      expect(await axeViolations(counselor)).toEqual([]);
      await counselor.getByRole('button', { name: '연계 보내기' }).click();
      await counselor.locator('.referrals li', { hasText: `회신 기한 ${soon}` }).waitFor();
      await counselor.context().close();
    }, 120_000);
  },
);
