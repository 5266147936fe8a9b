import { describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, newPage } from '../support/browser.ts';
import { expectFocus } from '../support/focus.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';
import { logIn, sendConsultation } from '../support/staff-session.ts';

describe.runIf(browserAvailable())('closed-loop referral in Chromium', () => {
  const env = useProductInBrowser();

  it('a counselor refers a case to LH; partner.lh accepts, asks, holds, records a waiting-list place; the counselor sees every step', async () => {
    // A consultation the 동구 counselor turns into a case, with consent to share with agencies.
    await sendConsultation(env.product.url, { name: '연 계 순', phone: '010-4545-6767', age: 72 });

    const counselor = await newPage(env.browser);
    await logIn(counselor, `${env.product.url}/#/staff/inbox`, 'counselor.dong');
    await counselor.getByRole('button', { name: '사례로 만들기: 연 계 순' }).click();
    await counselor.getByRole('heading', { name: /C-\d{4}-\d{6} · 연 계 순/ }).waitFor();
    const caseUrl = counselor.url();
    await counselor.getByRole('button', { name: '지금 선별하기' }).click();
    await counselor.locator('.screening-results > li').first().waitFor();

    // The case came from a request without consent to sharing: the counselor records it first.
    await counselor.getByRole('button', { name: '정보 제공 동의를 받았음 (기록하기)' }).click();
    await counselor.locator('#referral-message').waitFor();
    const lhService = await counselor
      .locator('#referral-service option', { hasText: '주거취약계층 주거지원' })
      .getAttribute('value');
    await counselor.locator('#referral-service').selectOption(lhService ?? '');
    await counselor.locator('#referral-message').fill('고시원에서 매입임대로 옮기기를 원하십니다.');
    for (const f of ['members', 'address', 'housing', 'needs', 'household', 'plan']) {
      await counselor.locator(`#share-${f}`).check();
    }
    await counselor.getByRole('button', { name: '연계 보내기' }).click();
    await counselor.locator('.referrals li', { hasText: '의뢰됨' }).waitFor();
    // The form emptied, focus is on the list the referral joined.
    await expectFocus(counselor, 'h-referrals');
    const number = (await counselor.locator('.referrals li strong').first().textContent()) ?? '';
    expect(number).toMatch(/^R-\d{4}-\d{6}$/);
    // Sending it was the case's 연계 step: the status moved on by itself, and the timeline says why.
    await counselor.locator('.timeline li', { hasText: '상태를 바꿨습니다: 연계 · 연계를 보내서 자동으로' }).waitFor();
    expect(await axeViolations(counselor)).toEqual([]);

    // The agency: its inbox, the referral (opening it acknowledges), accept, a question, the outcome.
    const partner = await newPage(env.browser);
    await logIn(partner, `${env.product.url}/#/staff/partner`, 'partner.lh');
    await partner.getByRole('heading', { name: '연계 의뢰함' }).waitFor();
    expect(await axeViolations(partner)).toEqual([]);
    await partner.getByRole('link', { name: number }).click();
    await partner.getByRole('heading', { name: new RegExp(number) }).waitFor();
    await partner.getByRole('button', { name: '수락하기' }).click();
    await partner.getByRole('button', { name: '진행 시작' }).waitFor();
    // The button pressed is gone: focus is on what happened, not dropped to the page.
    await expectFocus(partner, 'partner-moved');
    expect(await partner.locator('#partner-moved').textContent()).toBe('상태를 바꿨습니다. 지금 상태: 수락');
    // Switching to English rewords what was just said (it stayed Korean), and back.
    await partner.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => partner.locator('#partner-moved').textContent()).toBe('Status changed. Now: Accepted');
    await partner.getByRole('button', { name: '한국어' }).click();
    await expect.poll(() => partner.locator('#partner-moved').textContent()).toBe('상태를 바꿨습니다. 지금 상태: 수락');
    // What was shared reads as words: the phone with dashes, the household by the schema's labels,
    // no stored codes or JSON.
    const shared = (await partner.locator('.shared-fields').textContent()) ?? '';
    expect(shared).toContain('연 계 순');
    expect(shared).toContain('010-4545-6767');
    expect(shared).toMatch(/가구원 1\s*나이 \(만\)\s*72세/);
    expect(shared).not.toMatch(/[{}"[\]]|\b[a-z]+_[a-z]+\b|\b(true|false|null)\b/);
    await partner.locator('#partner-message').fill('신분증 사본을 보내 주세요.\n주민등록등본도 함께요.');
    await partner.getByRole('button', { name: '메시지 보내기' }).click();
    await partner.locator('.referral-messages li', { hasText: '신분증 사본' }).waitFor();
    // A message keeps its writer's line breaks.
    expect(await partner.locator('.referral-messages .message-body').last().innerText()).toBe(
      '신분증 사본을 보내 주세요.\n주민등록등본도 함께요.',
    );
    await partner.getByRole('button', { name: '진행 시작' }).click();
    // A hold says why: without a reason the field says so beside itself; the counselor reads it later.
    await partner.getByRole('button', { name: '결과 기록하고 마치기' }).waitFor();
    await partner.getByRole('button', { name: '보류하기' }).click();
    await expectFocus(partner, 'hold-reason');
    expect(await partner.locator('#hold-reason').getAttribute('aria-invalid')).toBe('true');
    await partner
      .locator('.field', { has: partner.locator('#hold-reason') })
      .getByText('보류하는 까닭을 짧게 적어 주세요.')
      .waitFor();
    expect(await axeViolations(partner)).toEqual([]);
    await partner.locator('#hold-reason').fill('가구가 입원 중이라 퇴원 뒤 다시 진행');
    await partner.getByRole('button', { name: '보류하기' }).click();
    await partner
      .locator('.referral-steps li', { hasText: '보류 (사유: 가구가 입원 중이라 퇴원 뒤 다시 진행)' })
      .waitFor();
    await partner.getByText('보류한 까닭: 가구가 입원 중이라 퇴원 뒤 다시 진행').waitFor();
    // On hold, the way back is a button named for it (not a second 수락하기 or 진행 시작), and the
    // referral may also be finished from here; the page says both in plain words.
    await partner.getByText('보류 중인 연계입니다. 다시 일을 이어 가려면', { exact: false }).waitFor();
    const heldButtons = await partner.locator('section[aria-labelledby="h-actions"] button').allTextContents();
    expect(heldButtons).toEqual(['보류 풀고 다시 진행하기', '결과 기록하고 마치기']);
    expect(await axeViolations(partner)).toEqual([]);
    await partner.getByRole('button', { name: '보류 풀고 다시 진행하기' }).click();
    await expectFocus(partner, 'partner-moved');
    expect(await partner.locator('#partner-moved').textContent()).toBe('보류를 풀었습니다. 지금 상태: 진행 중');
    await partner.locator('.referral-steps li', { hasText: '보류 풀고 다시 진행 (진행 중)' }).waitFor();
    expect(await partner.getByText('보류한 까닭:', { exact: false }).count()).toBe(0);
    // Finishing without a result: the field says so beside itself, and focus brings it into view.
    await partner.getByRole('button', { name: '결과 기록하고 마치기' }).click();
    await expectFocus(partner, 'referral-outcome');
    expect(await partner.locator('#referral-outcome').getAttribute('aria-invalid')).toBe('true');
    await partner
      .locator('.field', { has: partner.locator('#referral-outcome') })
      .getByText('결과를 골라 주세요.')
      .waitFor();
    // LH's frequent answer: a place on the waiting list, with its rank (a number; said beside the field otherwise).
    await partner.locator('#referral-outcome').selectOption('예비입주자 선정');
    await partner.locator('#waitlist-rank').fill('12번');
    await partner.getByRole('button', { name: '결과 기록하고 마치기' }).click();
    await expectFocus(partner, 'waitlist-rank');
    await partner
      .locator('.field', { has: partner.locator('#waitlist-rank') })
      .getByText('대기 순번은 숫자로만 적어 주세요 (예: 12).')
      .waitFor();
    await partner.locator('#waitlist-rank').fill('12');
    await partner.locator('#outcome-note').fill('다음 공고 전까지 예비 명부 유지');
    expect(await axeViolations(partner)).toEqual([]);
    await partner.getByRole('button', { name: '결과 기록하고 마치기' }).click();
    await partner.locator('.referral-steps li', { hasText: '완료' }).waitFor();
    // A finished referral takes no more messages: the box is gone, and a sentence says why and what to do.
    await partner.getByText('결과를 알리고 마친 연계라 메시지를 더 보낼 수 없습니다.', { exact: false }).waitFor();
    // "Call the center" says which number: the demo lists the center with a made-up one, marked so.
    await partner
      .getByText('센터 연락처: 광주주거복지센터 062-000-3000 (이 연계를 보낸 동구 상담사) · 체험용 가상 번호', {
        exact: false,
      })
      .waitFor();
    expect(await partner.locator('#partner-message').count()).toBe(0);
    expect(await partner.getByRole('button', { name: '메시지 보내기' }).count()).toBe(0);
    // The agency sees what it reported, its own note included (it went only to the center's page).
    await expect
      .poll(() => partner.locator('.outcome-note').textContent())
      .toBe('알린 결과: 예비입주자 선정 · 대기 12번 · 다음 공고 전까지 예비 명부 유지');

    // Back at the center: the notice, the closed referral, and every step on the case timeline.
    await counselor.goto(caseUrl);
    await counselor.reload();
    await counselor.locator('.unread-badge').waitFor();
    // The count leads to the referrals with news, each leading to its case.
    await counselor.locator('.unread-badge').click();
    await counselor.getByRole('heading', { name: '새 연계 소식', level: 1 }).waitFor();
    const newsRow = counselor.getByRole('row').filter({ hasText: number });
    expect(await newsRow.textContent()).toMatch(/\d+건/);
    expect(await axeViolations(counselor)).toEqual([]);
    await newsRow.getByRole('link', { name: number }).click();
    // The row opens that referral on its case, in view with focus: opening it reads its news, so the
    // header's count goes, and back on the list the row is gone (the case alone read nothing).
    await expectFocus(counselor, 'referral-open');
    expect(await counselor.locator('#referral-open').textContent()).toContain(number);
    await expect.poll(() => counselor.locator('.unread-badge').count()).toBe(0);
    await counselor.goBack();
    await counselor.getByRole('heading', { name: '새 연계 소식', level: 1 }).waitFor();
    await counselor.getByText('새 소식이 없습니다.').waitFor();
    expect(await counselor.getByRole('row').filter({ hasText: number }).count()).toBe(0);
    await counselor.goForward();
    await counselor.locator('.referrals li', { hasText: '완료' }).waitFor();
    expect(await counselor.locator('.referrals li').first().textContent()).toContain(
      '완료 (예비입주자 선정 · 대기 12번)',
    );
    // The loop comes back as two tasks: tell the household now, check how far the list moved later.
    const tasks = (await counselor.locator('.tasks li').allTextContents()).join('\n');
    expect(tasks).toContain('예비입주자 선정 · 대기 12번, 가구에 알리고');
    expect(tasks).toContain('예비 순번 확인');
    const timeline = (await counselor.locator('.timeline li').allTextContents()).join('\n');
    for (const step of [
      '의뢰됨',
      '접수 확인',
      '수락',
      '진행 중',
      '보류 · 가구가 입원 중이라 퇴원 뒤 다시 진행',
      '보류 풀고 다시 진행 (진행 중)',
      '완료 (예비입주자 선정 · 대기 12번)',
      '연계 메시지',
    ]) {
      expect(timeline, step).toContain(step);
    }
    expect(timeline).toContain('LH 광주전남 담당');
    await counselor.getByRole('button', { name: `열기: ${number}` }).click();
    await counselor.locator('.referral-messages li', { hasText: '신분증 사본' }).waitFor();
    // The thread so far stays readable; the counselor is told to send a new referral to carry on.
    expect(
      await counselor.locator('.referral-detail').getByText('새 연계를 보내 주세요', { exact: false }).count(),
    ).toBe(1);
    expect(await counselor.locator('.referral-detail textarea').count()).toBe(0);
    expect(await counselor.locator('.referral-detail').getByRole('button', { name: '메시지 보내기' }).count()).toBe(0);
    // The agency's note on the outcome reaches the counselor.
    expect(await counselor.locator('.outcome-note').textContent()).toBe(
      '기관이 남긴 결과 메모 (예비입주자 선정 · 대기 12번): 다음 공고 전까지 예비 명부 유지',
    );
    expect(await axeViolations(counselor)).toEqual([]);
    // No referral is open any more: the case no longer waits in 연계 for nothing, and one click moves it on.
    await counselor.getByText('이 사례에 진행 중인 연계가 없습니다.', { exact: false }).waitFor();
    await counselor.getByRole('button', { name: '모니터링으로 옮기기' }).click();
    await counselor.locator('.timeline li', { hasText: '상태를 바꿨습니다: 모니터링' }).waitFor();
    await expect
      .poll(() => counselor.getByText('이 사례에 진행 중인 연계가 없습니다.', { exact: false }).count())
      .toBe(0);

    // A second referral, then the household withdraws consent: the open one is cancelled with it.
    const gmcc = await counselor
      .locator('#referral-service option', { hasText: '광주도시공사 공공임대 입주' })
      .getAttribute('value');
    await counselor.locator('#referral-service').selectOption(gmcc ?? '');
    await counselor.locator('#referral-message').fill('도시공사 영구임대도 알아봐 주세요.');
    await counselor.getByRole('button', { name: '연계 보내기' }).click();
    await counselor.locator('.referrals li', { hasText: '의뢰됨' }).waitFor();
    await counselor.getByRole('button', { name: '정보 제공 동의 철회', exact: true }).click();
    const dialog = counselor.getByRole('dialog', { name: '정보 제공 동의를 거두나요?' });
    await dialog.waitFor();
    expect(await dialog.locator('li').allTextContents()).toEqual([expect.stringContaining('광주도시공사 · 의뢰됨')]);
    expect(await axeViolations(counselor)).toEqual([]);
    await dialog.getByRole('button', { name: '동의 철회하고 연계 취소' }).click();
    await counselor.getByRole('button', { name: '정보 제공 동의를 받았음 (기록하기)' }).waitFor();
    expect(await counselor.locator('.referrals li').first().textContent()).toContain('취소');
    expect(await counselor.locator('.referrals li', { hasText: '예비입주자 선정' }).count()).toBe(1);
    const after = (await counselor.locator('.timeline li').allTextContents()).join('\n');
    expect(after).toContain('정보 제공 동의 철회 (진행 중이던 연계는 취소)');
    expect(after).toContain('광주도시공사 · 취소 · 정보 제공 동의 철회');
    // The agency opens the cancelled referral: it is told why nothing is shown, and cannot write.
    const cancelledNumber = (
      (await counselor.locator('.referrals li', { hasText: '취소' }).first().textContent()) ?? ''
    ).match(/R-\d{4}-\d{6}/)?.[0];
    const agency = await newPage(env.browser);
    await logIn(agency, `${env.product.url}/#/staff/partner`, 'partner.gmcc');
    // It hears of it as news (sent, then cancelled); following the row opens the referral and reads it.
    await agency.locator('.unread-badge').click();
    await agency.getByRole('heading', { name: '새 연계 소식', level: 1 }).waitFor();
    expect(
      await agency
        .getByRole('row')
        .filter({ hasText: cancelledNumber ?? 'none' })
        .textContent(),
    ).toContain('2건');
    expect(await axeViolations(agency)).toEqual([]);
    await agency.getByRole('link', { name: cancelledNumber ?? 'none' }).click();
    await agency.getByText('센터가 이 연계를 취소했습니다').waitFor();
    await expect.poll(() => agency.locator('.unread-badge').count()).toBe(0);
    await agency.goBack();
    await agency.getByText('새 소식이 없습니다.').waitFor();
    await agency.goForward();
    await agency.getByText('센터가 이 연계를 취소했습니다').waitFor();
    expect(await agency.locator('#partner-message').count()).toBe(0);
    expect(await axeViolations(agency)).toEqual([]);
    await agency.context().close();
    await counselor.context().close();
    await partner.context().close();
  }, 180_000);
});
