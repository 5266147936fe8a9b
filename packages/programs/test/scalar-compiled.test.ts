import { decide, type Household, type Program } from '@jibsa/rules';
import { decideCompiled } from '@jibsa/rules/batch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerOf } from '../../rules/test/fixtures/decide-or-null.ts';
import { catalog } from '../src/shared/catalog/registry.ts';
import { householdArb } from './household-arb.ts';

/**
 * The compiled scalar `decide` (one household through the program's fused loop) answers exactly
 * as the interpreter: the whole Decision (status, amount, criteria, missing inputs), and the same
 * ParameterLookupError where a figure is missing, for every program of the catalog on dates that
 * span its figures' history.
 */

const programs = catalog.flatMap((e) => (e.program ? [e.program] : []));

describe('compiled scalar decide equals the interpreter', () => {
  it.each(['2019-01-01', '2021-06-01', '2024-12-31', '2026-03-01', '2027-01-01'])(
    'on %s, random households with unknowns',
    (date) => {
      const hs = fc.sample(householdArb, { numRuns: 200, seed: Number(date.replaceAll('-', '')) + 7 });
      const seen = new Set<string>();
      for (const program of programs as Program[]) {
        for (const h of hs as Household[]) {
          const want = answerOf(() => decide(program, h, { date }));
          // Twice: the second run reuses the cached kernel and its buffers.
          for (let k = 0; k < 2; k++) {
            const got = answerOf(() => decideCompiled(program, h, { date }));
            expect(got, `${program.id} on ${date}, household ${JSON.stringify(h)}`).toStrictEqual(want);
          }
          seen.add('error' in want ? 'unavailable' : want.status);
        }
      }
      // Not vacuous: the sample reaches the outcomes the compiled path builds itself.
      for (const s of ['eligible', 'ineligible']) expect(seen.has(s), s).toBe(true);
    },
  );

  it('falls back to the interpreter for values the columns cannot hold and for a bad date', () => {
    const odd = [
      { region: 'busan', members: [] },
      { members: [null] },
      { members: [{ earnedIncome: Number.POSITIVE_INFINITY, age: '40', disabled: 1, relation: 'boss' }] },
    ] as unknown as Household[];
    for (const h of odd)
      for (const p of programs)
        expect(
          answerOf(() => decideCompiled(p, h, { date: '2026-03-01' })),
          JSON.stringify(h),
        ).toStrictEqual(answerOf(() => decide(p, h, { date: '2026-03-01' })));
    expect(() => decideCompiled(programs[0] as Program, {}, { date: '2026-02-30' })).toThrow(RangeError);
  });
});
