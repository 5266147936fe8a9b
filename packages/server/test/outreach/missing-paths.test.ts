import { mapRow } from '@jibsa/lists';
import { csvBytes, multipart } from '@jibsa/lists/test-files';
import { BatchScreener } from '@jibsa/programs/batch';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { missingLabel } from '../../src/outreach/views.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { loginPerBlock } from '../support/staff.ts';
import { LIST_MAPPING } from './list-mapping.ts';
import { screenToEnd } from './sample-list-job.ts';

// Rows without incomes or assets: most programs stay open, each naming what it lacks.
const LIST = [
  '성명|생년월일|구|점유형태|주거유형|보증금|월세|주택소유|가구원수',
  '김가상|1948.5.1|동구|월세|쪽방|100만|20만원|X|1',
  '이가상|19900315|동구|보증부 월세|다가구|2000만원|45만||2',
  '박가상|1975.1.9|동구|전세|아파트|9000만||X|3',
].map((line) => line.split('|'));
const HEADERS = LIST[0] as string[];
const MAPPING = Object.fromEntries(HEADERS.map((h) => [h, LIST_MAPPING[h as keyof typeof LIST_MAPPING]]));
const DATE = '2026-06-01';

interface ApiRow {
  row: number;
  programs: { id: string; status: string; missing: { path: string; label: { ko: string } }[] }[];
}

/**
 * A result row keeps each input its programs lack once (`missing_paths`, 0024), each program the
 * indices; the results page and the download give the paths in words as the engine names them,
 * and rows written before, with the paths in every program, read the same.
 */
describeOnEachDatabase('outreach results: missing inputs kept once a row', (make) => {
  const t = appPerBlock(make);
  const dong = loginPerBlock(t, 'counselor.dong');
  const get = (url: string) => t.app.inject({ method: 'GET', url, cookies: dong.cookies });

  it('stored once a row, read back as the engine named them, old rows alike', async () => {
    const bytes = csvBytes(LIST, 'utf-8');
    const up = await t.app.inject({
      method: 'POST',
      url: '/api/outreach/lists',
      cookies: dong.cookies,
      ...multipart('명단.csv', bytes),
      headers: { ...multipart('명단.csv', bytes).headers, ...dong.csrf },
    });
    expect(up.statusCode, up.body).toBe(201);
    const job = await screenToEnd<{ id: string; state: string }>(
      t.app,
      dong,
      { id: up.json().id, mapping: MAPPING },
      DATE,
    );
    const jobId = job.id;
    expect(job.state).toBe('done');

    // What the engine itself names for each row's open programs.
    const screener = new BatchScreener(DATE);
    const want = new Map<number, Map<string, string[]>>();
    LIST.slice(1).forEach((cells, i) => {
      const [outcome] = screener.screen([mapRow(HEADERS, cells, MAPPING).household], { missing: true });
      if (!outcome?.ok) throw new Error('a test row did not screen');
      const open = outcome.programs.filter((p) => p.status === 'unknown');
      want.set(i + 2, new Map(open.map((p) => [p.id, [...(p.missing ?? [])]])));
    });
    const opened = [...want.values()].flatMap((m) => [...m.values()]);
    expect(opened.length).toBeGreaterThan(6);
    expect(opened.every((paths) => paths.length > 0)).toBe(true);

    // Stored: each path once a row, programs by index.
    const stored = await t.app.db
      .selectFrom('outreach_result')
      .select(['row_number', 'programs', 'missing_paths'])
      .where('job_id', '=', jobId)
      .orderBy('row_number')
      .execute();
    for (const r of stored) {
      expect(new Set(r.missing_paths).size).toBe(r.missing_paths.length);
      for (const p of r.programs) expect(p.missing.every((m) => typeof m === 'number')).toBe(true);
    }
    expect(stored.some((r) => r.missing_paths.length > 0)).toBe(true);

    const read = async () => {
      const items = (await get(`/api/outreach/jobs/${jobId}/results?only=all&limit=50`)).json().items as ApiRow[];
      return new Map(
        items.map((r) => [
          r.row,
          new Map(r.programs.filter((p) => p.status === 'unknown').map((p) => [p.id, p.missing.map((m) => m.path)])),
        ]),
      );
    };
    const now = await read();
    expect(now).toEqual(want);

    const csv = (await get(`/api/outreach/jobs/${jobId}/results.csv?only=all`)).body;
    const [, first] = [...(want.get(2)?.entries() ?? [])][0] as [string, string[]];
    expect(csv).toContain(first.map((p) => missingLabel(p).ko).join(', '));

    // A row as written before 0024: the paths in every program, none kept apart.
    await t.app.db
      .updateTable('outreach_result')
      .set({
        programs: sql`(select jsonb_agg(jsonb_set(p, '{missing}', coalesce((select jsonb_agg(missing_paths -> (m::text)::int) from jsonb_array_elements(p -> 'missing') m), '[]'::jsonb))) from jsonb_array_elements(programs) p)`,
        missing_paths: '[]',
      })
      .where('job_id', '=', jobId)
      .where(sql<boolean>`jsonb_array_length(programs) > 0`)
      .execute();
    const old = await t.app.db
      .selectFrom('outreach_result')
      .select(['programs', 'missing_paths'])
      .where('job_id', '=', jobId)
      .execute();
    expect(old.every((r) => r.missing_paths.length === 0)).toBe(true);
    expect(old.some((r) => r.programs.some((p) => p.missing.some((m) => typeof m === 'string')))).toBe(true);
    expect(await read()).toEqual(want);
    expect((await get(`/api/outreach/jobs/${jobId}/results.csv?only=all`)).body).toBe(csv);
  });
});
