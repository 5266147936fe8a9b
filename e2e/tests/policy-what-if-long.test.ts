import { describe, expect, it } from 'vitest';
import { apiLogin } from '../support/api-login.ts';
import { axeViolations, browserAvailable, newPage } from '../support/browser.ts';
import { rentCounts, screenSample } from '../support/outreach.ts';
import { useProductInBrowser } from '../support/product-in-browser.ts';
import { logIn } from '../support/staff-session.ts';

type Counts = { programs: { id: string; baseline: { eligible: number }; scenario: { eligible: number } }[] };

/** The API's answer for one what-if, followed to its end as the page follows it (202, then the run). */
async function countedByApi(url: string, jobId: string, overrides: object[]): Promise<Counts> {
  const city = await apiLogin(url, 'city');
  const asked = await fetch(`${url}/api/outreach/jobs/${jobId}/what-if`, {
    method: 'POST',
    headers: { ...city, 'content-type': 'application/json' },
    body: JSON.stringify({ overrides }),
  });
  expect(asked.status).toBe(202);
  const location = asked.headers.get('location') as string;
  for (let i = 0; i < 300; i++) {
    const run = (await (await fetch(`${url}${location}`, { headers: city })).json()) as {
      state: string;
      result: Counts | null;
    };
    if (run.state === 'done' && run.result) return run.result;
    expect(run.state).not.toBe('failed');
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the what-if did not finish');
}

// A server that counts every list over 100 rows in the background, so the 200-row sample list is "long".
describe.runIf(browserAvailable())('정책 모의 계산 of a long list in Chromium', () => {
  const env = useProductInBrowser({ JIBSA_WHATIF_MAX_ROWS: '100' });

  it('says the list is counted in the background with how far it got, then shows the counts the API gives', async () => {
    const { jobId } = await screenSample(env.product.url);
    const page = await newPage(env.browser);
    await logIn(page, `${env.product.url}/#/staff/what-if`, 'city');
    await page.getByRole('heading', { name: '정책 모의 계산', level: 1 }).waitFor();
    await page.locator('#what-if-list').selectOption(jobId);
    await page.locator('#what-if-program').selectOption('housing-benefit.rent');
    await page.locator('#what-if-parameter').selectOption('housing-benefit.selection-rate');
    await page.locator('.what-if-current').getByText('48 %').waitFor();
    await page.locator('#what-if-value').fill('60');
    await page.getByRole('button', { name: '계산하기' }).click();
    // The page checks again once a second: the words in between say so, in the live region.
    const waiting = page.locator('[aria-live="polite"]', {
      hasText: /명단이 길어 따로 계산하고 있습니다: \d+ \/ 200줄/,
    });
    await waiting.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('heading', { name: '계산 결과' }).waitFor();
    expect(await waiting.count()).toBe(0);

    const api = await countedByApi(env.product.url, jobId, [
      { parameter: 'housing-benefit.selection-rate', value: 0.6 },
    ]);
    const { gained, headline } = rentCounts(api.programs);
    expect(gained).toBeGreaterThan(0);
    await page.getByText(headline).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Come back later: the run is listed under the form, done, and its counts open again.
    await page.reload();
    await page.locator('#what-if-list').selectOption(jobId);
    const runs = page.getByRole('region', { name: '따로 계산한 모의 계산 (긴 명단)' });
    const done = runs
      .getByRole('listitem')
      .filter({ hasText: '주거급여 선정기준' })
      .filter({ hasText: '끝남' })
      .first();
    await done.waitFor();
    expect(await done.textContent()).toContain('→ 60 %');
    expect(await page.getByRole('heading', { name: '계산 결과' }).count()).toBe(0);
    await done.getByRole('button', { name: '결과 보기' }).click();
    await page.getByText(headline).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, 120_000);
});
