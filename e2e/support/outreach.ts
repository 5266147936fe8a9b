import { expect } from 'vitest';
import { apiLogin } from './api-login.ts';

/** A 동구 counselor uploads the sample list the server offers and screens it to the end: its job and list ids. */
export async function screenSample(url: string) {
  const headers = await apiLogin(url, 'counselor.dong');
  const sample = await (await fetch(`${url}/api/outreach/sample-list.csv`, { headers })).text();
  const form = new FormData();
  form.append('file', new Blob([sample], { type: 'text/csv' }), '예시명단.csv');
  const up = await fetch(`${url}/api/outreach/lists`, { method: 'POST', headers, body: form });
  expect(up.status).toBe(201);
  const list = (await up.json()) as { id: string; suggestedMapping: Record<string, string> };
  const started = await fetch(`${url}/api/outreach/lists/${list.id}/jobs`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    // A fixed date: the figures the test reads (48 %, 2,564,238원) are 2026's.
    body: JSON.stringify({ mapping: list.suggestedMapping, date: '2026-03-01' }),
  });
  expect(started.status).toBe(202);
  const jobId = ((await started.json()) as { id: string }).id;
  for (let i = 0; i < 300; i++) {
    const job = (await (await fetch(`${url}/api/outreach/jobs/${jobId}`, { headers })).json()) as { state: string };
    if (job.state === 'done') return { jobId, listId: list.id };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the screening did not finish');
}

type ProgramCounts = { id: string; baseline: { eligible: number }; scenario: { eligible: number } };

/** 주거급여 (임차급여)'s counts in a what-if answer, households gained, and the headline the page writes for them. */
export function rentCounts(programs: readonly ProgramCounts[]) {
  const rent = programs.find((p) => p.id === 'housing-benefit.rent');
  if (!rent) throw new Error('주거급여 is counted');
  const gained = rent.scenario.eligible - rent.baseline.eligible;
  const headline = `기준을 이렇게 바꾸면 이 명단에서 주거급여 (임차급여) 대상이 ${rent.baseline.eligible}가구 → ${rent.scenario.eligible}가구 (+${gained})`;
  return { rent, gained, headline };
}
