import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDemoHousehold } from '../../server/src/seed/demo-households.ts';
import { seededRandom } from '../../server/src/seed/random.ts';
import { catalog, findProgram } from '../src/shared/catalog/registry.ts';
import { type ScreenOutcome, screenHousehold } from '../src/shared/screen/screen.ts';
import { screenStatuses } from '../src/shared/screen/statuses.ts';
import { householdArb } from './household-arb.ts';

/** What screenStatuses promises to give as screenHousehold gives it. */
function projected(o: ScreenOutcome) {
  if (!o.ok) return o;
  return {
    ok: true,
    date: o.date,
    programs: o.programs.map((p) => ({
      id: p.id,
      name: p.name,
      status: p.status,
      amount: p.amount,
      missing: p.missing,
    })),
  };
}

/** Fictional demo households as a counselor enters them, some with answers left out. */
function demoInputs(seed: number, n: number): unknown[] {
  const rand = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const h = makeDemoHousehold(rand).household as Record<string, unknown>;
    if (i % 3 !== 0) return h;
    const keys = Object.keys(h).filter((k) => k !== 'members');
    const drop = keys[i % keys.length] as string;
    const rest = { ...h };
    delete rest[drop];
    return rest;
  });
}

// 2021: before 청년월세 began (its "not yet started" answer); 2024 and 2026 with every program.
const DATES = ['2021-06-01', '2024-06-01', '2026-03-01'];

describe('screenStatuses: the statuses of screenHousehold without its reasons', () => {
  it.each(DATES)('on %s, demo households and random ones, every program alike', (date) => {
    const seed = Number(date.replaceAll('-', ''));
    const inputs = [...demoInputs(seed, 120), ...fc.sample(householdArb, { numRuns: 120, seed })];
    const seen = { eligible: 0, ineligible: 0, unknown: 0, invalid: 0, asked: 0 };
    for (const input of inputs) {
      const full = screenHousehold(input, { date });
      expect(screenStatuses(input, { date }), JSON.stringify(input)).toEqual(projected(full));
      if (!full.ok) seen.invalid++;
      else
        for (const p of full.programs) {
          seen[p.status]++;
          if (p.missing.length > 0) seen.asked++;
        }
    }
    // The comparison covers each kind of answer, not only one.
    expect(seen.eligible).toBeGreaterThan(50);
    expect(seen.ineligible).toBeGreaterThan(50);
    expect(seen.unknown).toBeGreaterThan(50);
    expect(seen.asked).toBeGreaterThan(50);
  });

  it('a program not yet started is a plain no, as screenHousehold says it', () => {
    const youthRent = findProgram('youth-rent');
    const [input] = demoInputs(7, 1);
    const out = screenStatuses(input, { date: '2021-06-01', programs: youthRent ? [youthRent] : [] });
    expect(out).toMatchObject({ ok: true, programs: [{ id: 'youth-rent', status: 'ineligible', missing: [] }] });
  });

  it('narrowed to some programs, it gives those only, in the order given', () => {
    const some = catalog.filter((e) => e.id.startsWith('public-rental.')).reverse();
    const [input] = demoInputs(8, 1);
    const out = screenStatuses(input, { date: '2026-03-01', programs: some });
    expect(out.ok && out.programs.map((p) => p.id)).toEqual(some.map((e) => e.id));
  });

  it('a household that does not pass the check gets the same errors', () => {
    const input = { members: [{ age: -3 }], region: 'mars' };
    const out = screenStatuses(input, { date: '2026-03-01' });
    expect(out.ok).toBe(false);
    expect(out).toEqual(screenHousehold(input, { date: '2026-03-01' }));
  });
});
