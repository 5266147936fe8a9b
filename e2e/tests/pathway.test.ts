import { describe, expect, it } from 'vitest';
import { apiLogin } from '../support/api-login.ts';
import { axeViolations, browserAvailable, newPage } from '../support/browser.ts';
import { screeningDone, startScreening, uploadList } from '../support/outreach-list.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';
import { logIn } from '../support/staff-session.ts';

/** Uploads three fictional 동구 households (two say they do not get 주거급여) and waits for the screening. */
async function screenList(url: string) {
  const headers = await apiLogin(url, 'counselor.dong');
  const listId = await uploadList(url, headers, '발굴 통계 명단.csv', [
    '가상발굴,1948.5.1,동구,월세,쪽방,100만,20만원,0,0,30만,0,50만,0,0,0,X,1,비수급',
    '가상둘,1951.3.9,동구,월세,고시원,50만,25만원,0,0,0,0,20만,0,0,0,X,1,아니오',
    '가상셋,1949.7.2,동구,월세,쪽방,100만,20만원,0,0,0,0,10만,0,0,0,X,1,수급',
  ]);
  await screeningDone(url, headers, await startScreening(url, headers, listId));
}

describe.runIf(browserAvailable())('주거상향 pathway on a case, in Chromium', () => {
  const env = useProductInBrowser();

  it('a 동구 counselor starts moving up for someone in a 쪽방, records steps, and the timeline shows them', async () => {
    // The case is made through the API as the counter would: a person in a 쪽방 in 동구.
    const headers = await apiLogin(env.product.url, 'counselor.dong');
    const made = await fetch(`${env.product.url}/api/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({
        district: 'dong',
        people: [{ name: '쪽 방 이', relation: 'head' }],
        housing: { housingType: 'jjokbang', tenure: 'monthly_rent' },
        consent: { collection: true, sharing: true },
      }),
    });
    expect(made.status).toBe(201);
    const caseId = ((await made.json()) as { id: string }).id;
    // A moving-support referral (주거취약계층 주거지원), listed on the pathway with its status in words.
    const services = (await (
      await fetch(`${env.product.url}/api/directory/services?program=vulnerable-housing&district=dong`, { headers })
    ).json()) as { items: { id: string }[] };
    const referred = await fetch(`${env.product.url}/api/cases/${caseId}/referrals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ serviceId: services.items[0]?.id, message: '이사비 지원', sharedFields: ['name'] }),
    });
    expect(referred.status).toBe(201);

    const page = await newPage(env.browser);
    await logIn(page, `${env.product.url}/#/staff/cases/${caseId}`, 'counselor.dong');
    await page.getByRole('heading', { name: '주거상향 (비주택에서 집으로)' }).waitFor();
    expect(await page.locator('#pathway-from').inputValue()).toBe('jjokbang');
    await page.locator('#pathway-start').fill('2026-03-02');
    await page.getByRole('button', { name: '주거상향 시작하기' }).click();

    await page.locator('.pathway-steps li[data-milestone="counseling"]').waitFor();
    const support = (await page.locator('section[aria-labelledby="h-pathway"]').textContent()) ?? '';
    expect(support).toMatch(/R-\d{4}-\d{6} · .+ · 의뢰됨/);
    expect(support).not.toContain('requested');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#pathway-date').fill('2026-03-02');
    await page.getByRole('button', { name: '기록하기' }).click();
    await page.locator('.pathway-steps li[data-milestone="counseling"][data-reached="yes"]').waitFor();

    // A date before the step before is refused, in words, next to the form.
    await page.locator('#pathway-date').fill('2026-03-01');
    await page.getByRole('button', { name: '기록하기' }).click();
    await page.getByRole('alert').filter({ hasText: '앞 단계' }).waitFor();

    await page.locator('#pathway-date').fill('2026-03-10');
    await page.getByRole('button', { name: '기록하기' }).click();
    await page.locator('.pathway-steps li[data-milestone="rental_applied"][data-reached="yes"]').waitFor();

    // The timeline reloads after each step; wait for the second entry, not the first.
    await page.locator('.timeline li', { hasText: '주거상향 단계를 기록했습니다' }).nth(1).waitFor();
    const timeline = await page.locator('.timeline li').allTextContents();
    expect(timeline.filter((t) => t.includes('주거상향 단계를 기록했습니다'))).toHaveLength(2);
    expect(timeline.some((t) => t.includes('주거상향을 시작했습니다'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, 120_000);

  it("the city opens on the moving-up figures: this year's count from the recorded moves, by 구; then the center's figures", async () => {
    // A 동구 counselor screens a small list this year, so the 발굴 figures have something to count.
    await screenList(env.product.url);
    const page = await newPage(env.browser);
    await logIn(page, `${env.product.url}/#/staff`, 'city');
    await page.getByRole('heading', { name: '주거상향 통계', level: 1 }).waitFor();
    // Its menu offers what it may open: no consultation inbox or case list, which hold households.
    const menu = await page.locator('.staff-nav a').allTextContents();
    expect(menu).toContain('주거상향 통계');
    expect(menu).not.toContain('상담신청함');
    expect(menu).not.toContain('사례 목록');
    const year = await page.locator('#stats-year').inputValue();
    const api = await (await page.request.get(`${env.product.url}/api/stats/housing-upgrade?year=${year}`)).json();
    // The demo pathways move households this year, so there is something to count.
    expect(api.moved).toBeGreaterThan(0);
    await page.locator('[data-stat="moved"]').waitFor();
    expect(await page.locator('[data-stat="moved"]').textContent()).toBe(String(api.moved));
    const rows = await page.getByRole('table', { name: '구별 이사한 가구' }).locator('tbody tr').count();
    expect(rows).toBe(api.byDistrict.length);
    // By where they lived before the move: the column says so (it had said where they live now).
    const byFrom = page.getByRole('table', { name: '살던 곳별 이사한 가구' });
    expect(await byFrom.locator('thead th').first().textContent()).toBe('살던 곳');
    expect(await axeViolations(page)).toEqual([]);

    // 센터 현황: the year's cases by 구 and step, referrals by agency, in counts the API gives.
    await page.getByRole('link', { name: '센터 현황' }).click();
    await page.getByRole('heading', { name: '센터 현황', level: 1 }).waitFor();
    const center = await (await page.request.get(`${env.product.url}/api/stats/center?year=${year}`)).json();
    expect(center.casesOpened).toBeGreaterThan(0);
    await page.locator('[data-stat="opened"]').waitFor();
    expect(await page.locator('[data-stat="opened"]').textContent()).toBe(String(center.casesOpened));
    const byDistrict = page.getByRole('table', { name: '구별 사례 (지금 단계)' });
    expect(await byDistrict.locator('tbody tr').count()).toBe(5);
    const dong = center.byDistrict.find((d: { district: string }) => d.district === 'dong');
    expect(await byDistrict.locator('tbody tr', { hasText: '동구' }).locator('td').first().textContent()).toBe(
      String(dong.opened),
    );
    const agencies = page.getByRole('table', { name: '기관별 연계' });
    expect(await agencies.locator('tbody tr').count()).toBe(center.byAgency.length);
    // Each referral counts once, where it is now: 답 기다림 + 진행 중 + 결과 회신 + 거절 + 취소 = 보낸
    // (기한 지남 is part of 답 기다림), and the legend under the table says so.
    expect(await agencies.locator('thead th').allTextContents()).toEqual([
      '기관',
      '그해 보낸 연계',
      '답 기다림',
      '그중 기한 지남',
      '진행 중',
      '결과 회신',
      '거절',
      '취소',
      '답까지 걸린 날 (중앙값)',
    ]);
    const COLUMNS = ['sent', 'waiting', 'late', 'working', 'completed', 'declined', 'cancelled'];
    for (const row of await agencies.locator('tbody tr').all()) {
      const cells = await row.locator('td').allTextContents();
      const at = (column: string) => Number(cells[COLUMNS.indexOf(column)]);
      expect(at('waiting') + at('working') + at('completed') + at('declined') + at('cancelled')).toBe(at('sent'));
      expect(at('late')).toBeLessThanOrEqual(at('waiting'));
    }
    await page.getByText('다섯 칸을 더하면 보낸 수가 됩니다.', { exact: false }).waitFor();
    await page.getByText('기관이 수락한 연계는 진행 중과 결과 회신을 더한 수입니다.', { exact: false }).waitFor();
    // "대상" is said, with what it is counted out of: the cases screened, not all those opened.
    expect(center.casesScreened).toBeLessThan(center.casesOpened);
    expect(await page.locator('[data-stat="screened"]').textContent()).toBe(String(center.casesScreened));
    await page
      .getByText(
        `그해 연 사례 ${center.casesOpened}건 가운데 한 번이라도 선별한 사례는 ${center.casesScreened}건이고`,
        { exact: false },
      )
      .waitFor();
    // 발굴: households screened and missed (사각지대) by 구 and program, as the kept counts say.
    expect(center.outreach.screened).toBeGreaterThan(0);
    expect(center.outreach.unreached).toBeGreaterThan(0);
    expect(await page.locator('[data-stat="outreach-screened"]').textContent()).toBe(String(center.outreach.screened));
    expect(await page.locator('[data-stat="outreach-unreached"]').textContent()).toBe(
      String(center.outreach.unreached),
    );
    const outreachByDistrict = page.getByRole('table', { name: '구별 발굴' });
    const dongFound = center.outreach.byDistrict.find((d: { district: string }) => d.district === 'dong');
    expect(dongFound.unreached).toBeGreaterThan(0);
    expect(await outreachByDistrict.getByRole('row', { name: /동구/ }).locator('td').allTextContents()).toEqual(
      [dongFound.screened, dongFound.eligible, dongFound.unreached, dongFound.cases].map(String),
    );
    const outreachByProgram = page.getByRole('table', { name: '제도별 발굴' });
    expect(await outreachByProgram.locator('tbody tr').count()).toBe(center.outreach.byProgram.length);
    const rent = center.outreach.byProgram.find((p: { programId: string }) => p.programId === 'housing-benefit.rent');
    expect(await outreachByProgram.getByRole('row', { name: rent.name.ko }).locator('td').allTextContents()).toEqual(
      [rent.eligible, rent.unreached, rent.cases].map(String),
    );
    expect(await axeViolations(page)).toEqual([]);
    // A year with no list missed nobody: 0, not "알 수 없음".
    await page.locator('#center-year').selectOption(String(Number(year) - 5));
    await expect.poll(() => page.locator('[data-stat="outreach-lists"]').textContent()).toBe('0');
    expect(await page.locator('[data-stat="outreach-unreached"]').textContent()).toBe('0');
    await page.locator('#center-year').selectOption(String(year));

    // A household screen asked for by its address says why it is not shown (it showed 주거상향 통계).
    await page.goto(`${env.product.url}/#/staff/outreach`);
    await page.getByText('구 상담사와 센터 관리자만 볼 수 있습니다').waitFor();
    expect(await page.getByRole('heading', { name: '주거상향 통계', level: 1 }).count()).toBe(0);
    await page.goto(`${env.product.url}/#/staff/center-stats`);
    await page.getByRole('heading', { name: '센터 현황', level: 1 }).waitFor();

    // In English the 발굴 section is in English words; Korean left in its headers is marked lang="ko".
    await page.evaluate(() => localStorage.setItem('jibsa.lang', 'en'));
    await page.reload();
    const english = page.locator('section[aria-labelledby="h-outreach-year"]');
    await english.getByRole('table', { name: 'Outreach by program' }).locator('tbody tr').first().waitFor();
    expect(await english.getByRole('heading', { level: 2 }).textContent()).toBe('Outreach (list screening)');
    const unmarked = await english.evaluate((section) =>
      Array.from(section.querySelectorAll('h2, p, dt, th, caption, .notice')).flatMap((el) =>
        Array.from(el.childNodes)
          .filter((n) => n.nodeType === 3 && /[가-힣]/.test(n.textContent ?? ''))
          .map((n) => n.textContent),
      ),
    );
    expect(unmarked).toEqual([]);
    // axe is not run on the English page here: its 'Referrals by agency' table is wider than the
    // window in English (a scrollable region without focus), a finding of that table, not of 발굴.
    expect(
      await english.evaluate((section) =>
        Array.from(section.querySelectorAll('.table-wrap')).every((w) => w.scrollWidth <= w.clientWidth),
      ),
    ).toBe(true);
    await page.context().close();
  }, 120_000);
});
