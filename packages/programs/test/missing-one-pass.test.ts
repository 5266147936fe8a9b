import type { Household, Program } from '@jibsa/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bothWalks } from '../../rules/test/fixtures/collect-reference.ts';
import { catalog } from '../src/shared/catalog/registry.ts';
import { householdArb } from './household-arb.ts';

/**
 * Every program of the catalog: the missing inputs of each unknown criterion and amount, found in
 * one pass, equal the reference walk's (rules/test/fixtures/collect-reference.ts), paths and order,
 * on random households with unknowns, untraced with values shared as a 발굴 job shares them, and traced.
 */
const programs = catalog.flatMap((e) => (e.program ? [e.program] : [])) as Program[];

describe('missing inputs in one pass, the catalog', () => {
  it.each(['2024-12-31', '2026-03-01'])('on %s', (date) => {
    const hs = fc.sample(householdArb, { numRuns: 120, seed: Number(date.replaceAll('-', '')) + 3 }) as Household[];
    let unknownNodes = 0;
    let paths = 0;
    hs.forEach((h, k) => {
      const opts = { shared: k % 2 === 0, trace: k % 3 === 0 };
      for (const program of programs) {
        const { got, want } = bothWalks(program, h, date, opts);
        expect(got, `${program.id}, household ${JSON.stringify(h)}`).toEqual(want);
        if ('error' in want) continue;
        unknownNodes += want.length;
        for (const w of want) paths += w.paths.length;
      }
    });
    expect(unknownNodes).toBeGreaterThan(1000);
    expect(paths).toBeGreaterThan(unknownNodes);
  });
});
