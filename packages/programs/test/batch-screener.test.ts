import { screenHousehold } from '@jibsa/programs';
import { describe, expect, it } from 'vitest';
import { BatchScreener } from '../src/batch.ts';

/** A small deterministic generator (no Math.random: a failure must replay). */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

function households(n: number, seed: number): unknown[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)] as T;
  const maybe = <T>(x: T) => (r() < 0.15 ? undefined : x);
  return Array.from({ length: n }, () => {
    const members = Array.from({ length: 1 + Math.floor(r() * 8) }, () => ({
      age: maybe(Math.floor(r() * 90)),
      earnedIncome: maybe(pick([0, 0, 300_000, 1_200_000, 2_500_000])),
      businessIncome: maybe(pick([0, 0, 500_000])),
      pensionIncome: maybe(pick([0, 350_000])),
      otherIncome: maybe(0),
    }));
    return {
      region: maybe(pick(['metro', 'seoul', 'gyeonggi_incheon', 'other'])),
      tenure: maybe(pick(['monthly_rent', 'jeonse', 'owner', 'other'])),
      deposit: maybe(pick([0, 5_000_000, 30_000_000, 150_000_000])),
      monthlyRent: maybe(pick([0, 150_000, 300_000, 2_000_000])),
      financialAssets: maybe(pick([0, 3_000_000, 80_000_000])),
      otherProperty: maybe(0),
      carValue: maybe(pick([0, 5_000_000])),
      debts: maybe(0),
      members: r() < 0.1 ? undefined : members,
    };
  });
}

describe('screen-many batch path', () => {
  it('gives screenHousehold’s status, amount and missing figure for every household and program', () => {
    const hs = households(400, 7);
    const seen = new Set<string>();
    for (const date of ['2019-06-01', '2023-01-01', '2026-03-01']) {
      const screener = new BatchScreener(date);
      const batch = screener.screen(hs);
      hs.forEach((h, i) => {
        const one = screenHousehold(h, { date });
        const got = batch[i];
        const where = `household ${i} on ${date}: ${JSON.stringify(h)}`;
        expect(got?.ok, where).toBe(one.ok);
        if (!one.ok || !got?.ok) return;
        expect(screener.rulesVersion).toBe(one.rulesVersion);
        expect(got.programs, where).toEqual(
          one.programs.map((p) => ({
            id: p.id,
            status: p.status,
            amount: p.amount,
            ...(p.unavailableParameter ? { unavailableParameter: p.unavailableParameter } : {}),
          })),
        );
        for (const p of got.programs) seen.add(p.unavailableParameter ? 'unavailable' : p.status);
      });
    }
    // Not vacuous: every kind of answer occurs.
    expect([...seen].sort()).toEqual(['eligible', 'ineligible', 'unavailable', 'unknown']);
  }, 120_000);

  it('with { missing: true } lists for each unknown result the inputs screenHousehold lists', () => {
    const hs = households(150, 11);
    const date = '2026-03-01';
    const batch = new BatchScreener(date).screen(hs, { missing: true });
    let unknown = 0;
    hs.forEach((h, i) => {
      const one = screenHousehold(h, { date });
      const got = batch[i];
      if (!one.ok || !got?.ok) return;
      one.programs.forEach((p, k) => {
        const line = got.programs[k];
        if (p.status !== 'unknown' || p.unavailableParameter) {
          expect(line?.missing).toBeUndefined();
          return;
        }
        unknown++;
        expect(line?.missing, `household ${i}, ${p.id}`).toEqual(p.missing.map((m) => m.path));
      });
    });
    expect(unknown).toBeGreaterThan(20);
  });

  it('screens a list block after block (larger, smaller, larger) as a fresh screener screens each block', () => {
    const hs = households(360, 5);
    const date = '2026-03-01';
    const screener = new BatchScreener(date);
    let at = 0;
    for (const size of [150, 40, 7, 163]) {
      const block = hs.slice(at, at + size);
      at += size;
      expect(screener.screen(block)).toEqual(new BatchScreener(date).screen(block));
    }
  });
});
