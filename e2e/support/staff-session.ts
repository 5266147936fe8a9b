import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Opens `url` and logs in there as the demo account `username` (the log-in form shows first). */
export async function logIn(page: Page, url: string, username: string, button = '로그인') {
  await page.goto(url);
  await page.locator('#staff-username').fill(username);
  await page.locator('#staff-password').fill('jibsa-demo');
  await page.getByRole('button', { name: button }).click();
}

/**
 * A consultation request from a 동구 household, sent as the self-check's form sends it. With `age`,
 * the household (one member of that age) comes with consent to send it; without, contact only.
 * Gives the 접수 번호 the person was told to quote.
 */
export async function sendConsultation(
  url: string,
  r: { name: string; phone: string; message?: string; age?: number },
): Promise<string> {
  const sent = await fetch(`${url}/api/consultations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: r.name,
      phone: r.phone,
      district: 'dong',
      ...(r.message === undefined ? {} : { message: r.message }),
      consent: { contact: true, household: r.age !== undefined, result: false },
      ...(r.age === undefined
        ? {}
        : { household: { address: { sido: '광주광역시', sigungu: '동구' }, members: [{ age: r.age }] } }),
    }),
  });
  expect(sent.status).toBe(201);
  return ((await sent.json()) as { reference: string }).reference;
}
