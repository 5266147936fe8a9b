import { describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, newPage } from '../support/browser.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';
import { logIn } from '../support/staff-session.ts';

/** A 구 list as many are: no car, debt, savings or other-income columns. */
const CSV = [
  '성명,생년월일,구,점유형태,주거유형,보증금,월세,월소득,가구원수',
  '김가상,1948.5.1,동구,월세,쪽방,100만,20만원,0,1',
  '이가상,1951.2.3,동구,월세,고시원,50만,25만원,30만,1',
  '박가상,1944.7.9,동구,월세,다가구,300만,30만원,0,1',
].join('\r\n');

describe.runIf(browserAvailable())('발굴: households the list cannot decide, and taking what it lacks as none', () => {
  const env = useProductInBrowser();

  it('says how many households wait on which missing column, and screens them once told to take it as none', async () => {
    const page = await newPage(env.browser);
    await logIn(page, `${env.product.url}/#/staff/outreach`, 'counselor.dong');
    await page
      .locator('#outreach-file')
      .setInputFiles({ name: '열이 적은 명단.csv', mimeType: 'text/csv', buffer: Buffer.from(`${CSV}\r\n`, 'utf8') });
    await page.getByRole('button', { name: '올리기' }).click();
    await page.getByRole('heading', { name: '열 연결' }).waitFor();
    const option = page.getByRole('checkbox', { name: /목록에 없는 항목.*없는 것으로 보고 선별/ });
    expect(await option.isChecked()).toBe(false);

    // The preview: no row says a bare "없음"; the note counts them and names the column the list lacks.
    await page.getByRole('button', { name: '앞의 10줄 미리 보기' }).click();
    await page.getByText('미리 본 가구 중 3곳은 받을 수 있을 것 같은 제도를 아직 판단하지 못했습니다.').waitFor();
    await page.getByText('자동차 가액: 목록에 이 항목의 열이 없어 3가구를 판단하지 못했습니다.').waitFor();
    const preview = page.getByRole('table', { name: '앞부분 미리 보기 (지금 선별한 결과)' });
    expect(await preview.getByRole('cell', { name: /^아직 판단 못 함 \(제도 \d+개\)$/ }).count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);

    // Screened as the list is: nothing likely eligible, and the headline says why instead of "없음".
    await page.getByLabel('선별 기준일').fill('2026-03-01');
    await page.getByRole('button', { name: '전체 선별 시작' }).click();
    await page.getByRole('status').filter({ hasText: '끝남' }).waitFor({ timeout: 30_000 });
    await page
      .getByText('받을 수 있을 것 같은 제도를 아직 판단하지 못한 가구가 3곳 있습니다.', { exact: false })
      .waitFor();
    const byProgram = page.getByRole('table', { name: '제도별 받을 수 있을 것 같은 가구' });
    await byProgram.getByText('없음 (판단하지 못한 가구 3곳은 위 안내를 보세요)').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Told to take what the list lacks as none: the preview says so, then the job finds households.
    await option.check();
    await page.getByText('미리 보기도 목록에 없는 항목을 없는 것으로 보고 선별했습니다', { exact: false }).waitFor();
    await page.getByRole('button', { name: '전체 선별 시작' }).click();
    await page.getByText('이 결과는 목록에 없는 항목을 없는 것으로 보고 선별했습니다', { exact: false }).waitFor({
      timeout: 30_000,
    });
    await page.getByRole('status').filter({ hasText: '끝남' }).waitFor({ timeout: 30_000 });
    await byProgram.getByRole('rowheader', { name: '주거급여 (임차급여)' }).waitFor();
    expect(await page.getByText('아직 판단하지 못한 가구가 3곳', { exact: false }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // After a reload the list opens with the choice its last screening was made with.
    await page.reload();
    await page.getByText('이 결과는 목록에 없는 항목을 없는 것으로 보고 선별했습니다', { exact: false }).waitFor();
    expect(await page.getByRole('checkbox', { name: /목록에 없는 항목.*없는 것으로 보고 선별/ }).isChecked()).toBe(
      true,
    );
    await page.context().close();
  }, 90_000);
});
