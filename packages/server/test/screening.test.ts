import { screenHousehold } from '@jibsa/programs';
import { describe, expect, it } from 'vitest';
import { appPerBlock, makeTestApp } from './support/app.ts';

/** A single elderly renter in 광산구 (광주광역시 = 3급지), pension only. */
const elderlyRenter = {
  region: 'metro',
  gwangjuDistrict: 'gwangsan',
  tenure: 'monthly_rent',
  housingType: 'multi_family',
  deposit: 5_000_000,
  monthlyRent: 300_000,
  ownsHome: false,
  financialAssets: 2_000_000,
  otherProperty: 0,
  carValue: 0,
  debts: 0,
  members: [{ age: 78, relation: 'head', earnedIncome: 0, businessIncome: 0, pensionIncome: 350_000, otherIncome: 0 }],
};

describe('screening API', () => {
  const t = appPerBlock(makeTestApp, { seed: false });

  it('screens a household as of a date, with reasons, amounts and citations', async () => {
    const res = await t.app.inject({
      method: 'POST',
      // The full answer carries each figure's citation inline (the default names figures by id).
      url: '/api/screen?detail=full',
      payload: { household: elderlyRenter, date: '2026-03-01' },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.date).toBe('2026-03-01');
    const rent = body.programs.find((p: { id: string }) => p.id === 'housing-benefit.rent');
    // 월세 300,000 + 보증금 5,000,000 × 4 % ÷ 12 = 316,667 > 2026 3급지 1인 기준임대료 247,000; no self-burden.
    expect(rent).toMatchObject({ status: 'eligible', amount: 247_000 });
    expect(rent.reasons.map((r: { text: { ko: string } }) => r.text.ko).join(' ')).toContain('1,230,834원');
    expect(rent.parameters.every((p: { citation: { url: string } }) => p.citation.url.startsWith('http'))).toBe(true);
    // The API gives exactly what the shared entry point gives (the browser runs the same code).
    const direct = screenHousehold(elderlyRenter, { date: '2026-03-01' });
    expect(direct.ok && direct.rulesVersion).toBe(body.rulesVersion);
    expect(direct.ok && direct.programs.map((p) => [p.id, p.status, p.amount])).toEqual(
      body.programs.map((p: { id: string; status: string; amount: number | null }) => [p.id, p.status, p.amount]),
    );
  });

  it('marks reasons on weak figures and names those figures once a result, in the asked language', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/screen?lang=en',
      payload: { household: elderlyRenter, date: '2026-03-01' },
    });
    expect(res.statusCode).toBe(200);
    const purchase = res.json().programs.find((p: { id: string }) => p.id === 'public-rental.purchase');
    const weak = purchase.reasons.filter((r: { weak?: boolean }) => r.weak === true);
    expect(weak.map((r: { id: string }) => r.id)).toEqual(['income', 'assets']);
    for (const r of purchase.reasons) expect(r.text.en).not.toContain('Check with the office');
    expect(purchase.figuresNote).toEqual({ en: expect.stringMatching(/^※ Reasons marked so: .*office in charge/) });
    // A result with no note marks no reason (and there are such results).
    type Result = { figuresNote?: unknown; reasons: { weak?: boolean }[] };
    const plain = res.json().programs.filter((p: Result) => !('figuresNote' in p));
    expect(plain.length).toBeGreaterThan(0);
    for (const p of plain as Result[]) expect(p.reasons.some((r) => 'weak' in r)).toBe(false);
  });

  it('says what is missing when inputs are unknown', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/screen', payload: { household: { region: 'metro' } } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.programs.every((p: { status: string }) => p.status === 'unknown')).toBe(true);
    expect(body.nextQuestions.map((q: { path: string }) => q.path)).toContain('tenure');
  });

  it('counts a small, cheap car at 4.17 % (2026) and asks its kind only while it could decide (issue 16)', async () => {
    const screen = async (household: Record<string, unknown>) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/screen',
        payload: { household, date: '2026-03-01' },
      });
      expect(res.statusCode).toBe(200);
      return res.json();
    };
    type Program = { id: string; status: string; amount: number | null };
    const livelihood = (body: { programs: Program[] }) =>
      body.programs.find((p) => p.id === 'basic-livelihood.livelihood');
    // 연금 350,000 + 400만 × 4.17 % = 516,800 ≤ 2026 1인 생계급여 선정기준 820,556 → 급여 303,756.
    const small = await screen({
      ...elderlyRenter,
      carValue: 4_000_000,
      carUse: 'none',
      carKind: 'passenger',
      carEngine: 'under_1600',
    });
    expect(livelihood(small)).toMatchObject({ status: 'eligible', amount: 303_756 });
    // Counted in full (350,000 + 4,000,000) it is over every line: not eligible.
    const big = await screen({ ...elderlyRenter, carValue: 4_000_000, carUse: 'none', carKind: 'other' });
    expect(livelihood(big)?.status).toBe('ineligible');
    // Kind unknown: it decides, so the answer is "unknown" and the kind is asked.
    const unsure = await screen({ ...elderlyRenter, carValue: 4_000_000, carUse: 'none' });
    expect(livelihood(unsure)?.status).toBe('unknown');
    expect(unsure.nextQuestions.map((q: { path: string }) => q.path)).toContain('carKind');
    // The car's use unknown: a 생업용 or 장애인 car counts nothing, so it decides too and is asked.
    const use = await screen({ ...elderlyRenter, carValue: 4_000_000, carKind: 'other' });
    expect(livelihood(use)?.status).toBe('unknown');
    expect(use.nextQuestions.map((q: { path: string }) => q.path)).toContain('carUse');
  });

  it('rejects a malformed household with field-level Korean and English errors', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/screen',
      payload: { household: { region: 'mars', members: [{ age: -3 }], foo: 1 }, date: '2018-05-01' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toContain('date');
    // A day that does not exist is refused too, not rolled over to 2 March.
    const feb30 = await t.app.inject({
      method: 'POST',
      url: '/api/screen',
      payload: { household: {}, date: '2025-02-30' },
    });
    expect(feb30.statusCode).toBe(400);
    expect(feb30.json().errors.map((e: { path: string }) => e.path)).toEqual(['date']);
    const res2 = await t.app.inject({
      method: 'POST',
      url: '/api/screen',
      payload: { household: { region: 'mars', members: [{ age: -3 }], foo: 1 } },
    });
    const paths2 = res2
      .json()
      .errors.map((e: { path: string }) => e.path)
      .sort();
    expect(paths2).toEqual(['household.foo', 'household.members[0].age', 'household.region']);
    expect(res2.json().errors[0].detail).toMatch(/[가-힣]/);
  });

  it('accepts an address and birth dates in place of region and ages', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/screen',
      payload: {
        date: '2026-03-01',
        household: {
          ...elderlyRenter,
          region: undefined,
          address: { sido: '광주광역시', sigungu: '광산구' },
          members: elderlyRenter.members.map(({ age: _age, ...m }) => ({ ...m, birthDate: '1948-03-02' })),
        },
      },
    });
    expect(res.statusCode).toBe(200);
    const rent = res.json().programs.find((p: { id: string }) => p.id === 'housing-benefit.rent');
    expect(rent).toMatchObject({ status: 'eligible', amount: 247_000 });
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/screen',
      payload: { household: { address: { sido: '경기' }, region: 'metro' } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['household.region']);
  });

  it('rejects a body that is not an object', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/screen', payload: [1, 2] });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('JIBSA_VALIDATION');
  });

  it('lists programs with the years they cover, and shows one with its parameters', async () => {
    const list = (await t.app.inject('/api/programs')).json();
    const rent = list.programs.find((p: { id: string }) => p.id === 'housing-benefit.rent');
    expect(rent.years).toContain(2026);
    expect(rent.screenable).toBe(true);
    expect(rent.startedOn).toBeUndefined();
    expect(rent.partialYears).toContain(2025);
    expect(rent.years).toEqual(expect.arrayContaining(rent.partialYears));
    expect(list.programs.find((p: { id: string }) => p.id === 'youth-rent').startedOn).toBe('2022-08-22');
    const one = await t.app.inject('/api/programs/housing-benefit.rent');
    expect(one.statusCode).toBe(200);
    const ids = one.json().parameters.map((p: { id: string }) => p.id);
    expect(ids).toContain('housing-benefit.standard-rent');
    expect(one.json().apply.channels.length).toBeGreaterThan(0);
    // Catalog texts name their figures ({w:id}); the API sends them filled in, never the placeholder.
    const youthSummary = list.programs.find((p: { id: string }) => p.id === 'youth-rent').summary;
    expect(youthSummary.ko).toMatch(/최대 [\d,]+만원씩/);
    const youth = (await t.app.inject('/api/programs/youth-rent')).json();
    expect(JSON.stringify([youthSummary, youth.whoQualifies, youth.whatYouGet])).not.toMatch(/\{[pnw]:/);
    const missing = await t.app.inject('/api/programs/nope');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('JIBSA_PROGRAM_NOT_FOUND');
  });
});
