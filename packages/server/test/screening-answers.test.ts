import { screenHousehold } from '@jibsa/programs';
import { describe, expect, it } from 'vitest';
import { appPerBlock, makeTestApp } from './support/app.ts';
import { ELDERLY_RENTER } from './support/households.ts';

const household = ELDERLY_RENTER;
type Figure = { id: string; keys: string[]; value: number };
type Listed = { id: string; from: string; to?: string; citation: { url: string }; evidence: string; value: unknown };

describe('lean screening answers and the shared parameter list (issue 11)', () => {
  const t = appPerBlock(makeTestApp, { seed: false });
  const screen = (url: string) => t.app.inject({ method: 'POST', url, payload: { household, date: '2026-03-01' } });

  it('names figures by id; each one is in the list for the date, with its citation and the same value', async () => {
    const res = await screen('/api/screen');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.parametersUrl).toBe('/api/parameters?date=2026-03-01');
    const rent = body.programs.find((p: { id: string }) => p.id === 'housing-benefit.rent');
    // 2026 3급지 1인 기준임대료 247,000 (the same figure the full answer cites).
    expect(rent).toMatchObject({ status: 'eligible', amount: 247_000 });
    expect(rent.parameters).toBeUndefined();
    expect(rent.figures).toContainEqual({ id: 'housing-benefit.standard-rent', keys: ['metro', '1'], value: 247_000 });
    const list = await t.app.inject(body.parametersUrl);
    expect(list.statusCode).toBe(200);
    const byId = new Map<string, Listed>(list.json().parameters.map((p: Listed) => [p.id, p]));
    expect(list.json().rulesVersion).toBe(body.rulesVersion);
    const full = (await screen('/api/screen?detail=full')).json();
    for (const program of body.programs as { id: string; figures: Figure[] }[]) {
      const uses = full.programs.find((p: { id: string }) => p.id === program.id).parameters;
      expect(program.figures.map((f) => f.id)).toEqual(uses.map((u: { id: string }) => u.id));
      for (const [i, f] of program.figures.entries()) {
        const listed = byId.get(f.id);
        expect(listed, f.id).toBeDefined();
        expect(listed?.from).toBe(uses[i].from);
        expect(listed?.citation).toEqual(uses[i].citation);
        // The cell the figure names holds its value in the listed table.
        const cell = f.keys.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], listed?.value);
        expect(cell, f.id).toBe(f.value);
      }
    }
    // Three quarters of the old answer were those citations: the lean one is well under half.
    expect(res.body.length).toBeLessThan(JSON.stringify(full).length / 2);
  });

  it('words the lean answer in one language with ?lang, the same words as the default answer', async () => {
    const both = (await screen('/api/screen')).json();
    for (const lang of ['ko', 'en'] as const) {
      const res = await screen(`/api/screen?lang=${lang}`);
      expect(res.statusCode).toBe(200);
      // Every {ko, en} of the default answer, with only the asked key kept: nothing else changes.
      const keepOne = (x: unknown): unknown =>
        Array.isArray(x)
          ? x.map(keepOne)
          : x !== null && typeof x === 'object'
            ? 'ko' in x && 'en' in x && Object.keys(x).length === 2
              ? { [lang]: (x as Record<string, string>)[lang] }
              : Object.fromEntries(Object.entries(x).map(([k, v]) => [k, keepOne(v)]))
            : x;
      expect(res.body).toBe(JSON.stringify(keepOne(both)));
      expect(res.body.length).toBeLessThan(JSON.stringify(both).length * 0.8);
    }
    const bad = await t.app.inject({ method: 'POST', url: '/api/screen?lang=fr', payload: { household } });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
  });

  it('keeps the old full shape with ?detail=full, exactly what screenHousehold gives', async () => {
    const res = await screen('/api/screen?detail=full');
    expect(res.statusCode).toBe(200);
    const direct = screenHousehold(household, { date: '2026-03-01' });
    if (!direct.ok) throw new Error('the example household is valid');
    const { ok: _ok, ...expected } = direct;
    expect(res.json()).toEqual(JSON.parse(JSON.stringify(expected)));
    const bad = await t.app.inject({ method: 'POST', url: '/api/screen?detail=some', payload: { household } });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
  });

  it('says, lean and full, when a date is past the newest yearly figures (기준 중위소득, 기준임대료)', async () => {
    const newest = (await t.app.inject('/api/parameters?date=2099-01-01'))
      .json()
      .parameters.find((p: Listed) => p.id === 'basic-livelihood.median-income');
    const year = Number(newest.from.slice(0, 4));
    const date = `${year + 1}-02-01`;
    for (const url of ['/api/screen', '/api/screen?detail=full', '/api/screen?lang=ko']) {
      const res = await t.app.inject({ method: 'POST', url, payload: { household, date } });
      expect(res.statusCode, url).toBe(200);
      const rent = res.json().programs.find((p: { id: string }) => p.id === 'housing-benefit.rent');
      expect(rent.figuresYear, url).toBe(year);
    }
    const current = (await screen('/api/screen')).json();
    expect(current.programs.every((p: { figuresYear?: number }) => p.figuresYear === undefined)).toBe(true);
  });

  it('serves the list with an ETag and Cache-Control, and 304 to If-None-Match', async () => {
    const first = await t.app.inject('/api/parameters?date=2026-03-01');
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['cache-control']).toMatch(/public, max-age=\d+/);
    const again = await t.app.inject({ url: '/api/parameters?date=2026-03-01', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    const listed = await t.app.inject({
      url: '/api/parameters?date=2026-03-01',
      headers: { 'if-none-match': `"other", W/${etag}` },
    });
    expect(listed.statusCode).toBe(304);
    // Another date has other figures, so another tag; a stale tag gets the whole list.
    const older = await t.app.inject({ url: '/api/parameters?date=2024-03-01', headers: { 'if-none-match': etag } });
    expect(older.statusCode).toBe(200);
    expect(older.headers.etag).not.toBe(etag);
    const rent2024 = older.json().parameters.find((p: Listed) => p.id === 'housing-benefit.standard-rent');
    expect(rent2024.from < '2025-01-01').toBe(true);
    for (const bad of ['2025-02-30', '2018-01-01', 'today']) {
      const res = await t.app.inject(`/api/parameters?date=${bad}`);
      expect(res.statusCode, bad).toBe(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
  });
});
