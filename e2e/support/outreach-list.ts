import { expect } from 'vitest';
import { LIST_MAPPING } from '../../packages/server/test/outreach/list-mapping.ts';

type Headers = Record<string, string>;

/** The columns of the small fictional lists the browser tests upload (the server tests' list layout, plus 주거급여). */
export const LIST_HEADER =
  '성명,생년월일,구,점유형태,주거유형,보증금,월세,월소득,사업소득,연금,기타소득,금융재산,자동차,부채,기타재산,주택소유,가구원수,주거급여';

/** The mapping for LIST_HEADER: the server tests' columns, plus what each household receives (for 사각지대). */
export const LIST_HEADER_MAPPING = { ...LIST_MAPPING, 주거급여: 'receivesHousingBenefit' };

/** Uploads `rows` under LIST_HEADER as `fileName` with a staff member's API headers (apiLogin): the list's id. */
export async function uploadList(url: string, headers: Headers, fileName: string, rows: readonly string[]) {
  const form = new FormData();
  form.append('file', new Blob([`${[LIST_HEADER, ...rows].join('\r\n')}\r\n`], { type: 'text/csv' }), fileName);
  const up = await fetch(`${url}/api/outreach/lists`, { method: 'POST', headers, body: form });
  expect(up.status).toBe(201);
  return ((await up.json()) as { id: string }).id;
}

/** Starts screening list `listId` (columns as LIST_HEADER_MAPPING): the job's id. */
export async function startScreening(url: string, headers: Headers, listId: string) {
  const started = await fetch(`${url}/api/outreach/lists/${listId}/jobs`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ mapping: LIST_HEADER_MAPPING }),
  });
  expect(started.status).toBe(202);
  return ((await started.json()) as { id: string }).id;
}

/** Waits (up to 20 s) until job `jobId` is done. */
export async function screeningDone(url: string, headers: Headers, jobId: string) {
  for (let i = 0; i < 200; i++) {
    const job = (await (await fetch(`${url}/api/outreach/jobs/${jobId}`, { headers })).json()) as { state: string };
    if (job.state === 'done') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the screening did not finish');
}
