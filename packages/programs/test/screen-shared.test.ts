import { decide, decideWithReasons, type Household, sharedValues } from '@jibsa/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideInterpreted } from '../../rules/src/eval-scalar/decide.ts';
import { catalog } from '../src/shared/catalog/registry.ts';
import { householdArb } from './household-arb.ts';

/**
 * Screening shares variable values between the programs it explains for one household (rules
 * eval-scalar/shared.ts): a later program takes a value and replays the figures it read. Every
 * result, traced figures and their order included, must equal the program explained alone.
 */
const DATES = ['2021-06-01', '2024-06-01', '2026-03-01'];
const programs = catalog.flatMap((e) => (e.program ? [e.program] : []));

type Outcome = { ok: true; value: unknown } | { ok: false; message: string };

function explain(
  program: (typeof programs)[number],
  h: Household,
  date: string,
  shared?: ReturnType<typeof sharedValues>,
): Outcome {
  try {
    return { ok: true, value: decideWithReasons(program, h, { date, values: false, shared }) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

describe('values shared between programs change no answer', () => {
  it('every program in catalog order equals the program explained alone', () => {
    let compared = 0;
    for (const date of DATES)
      for (const h of fc.sample(householdArb, { numRuns: 60, seed: 21 }) as Household[]) {
        const shared = sharedValues();
        for (const program of programs) {
          const together = explain(program, h, date, shared);
          const alone = explain(program, h, date);
          expect(JSON.stringify(together)).toBe(JSON.stringify(alone));
          compared++;
        }
      }
    expect(compared).toBe(DATES.length * 60 * programs.length);
  });

  it('programs in reverse order (other programs compute first) equal them alone', () => {
    for (const h of fc.sample(householdArb, { numRuns: 30, seed: 22 }) as Household[]) {
      const shared = sharedValues();
      for (const program of [...programs].reverse())
        expect(JSON.stringify(explain(program, h, '2026-03-01', shared))).toBe(
          JSON.stringify(explain(program, h, '2026-03-01')),
        );
    }
  });

  it('keeps each figure a shared value read once (replaying one again adds nothing to a trace)', () => {
    let longest = 0;
    for (const h of fc.sample(householdArb, { numRuns: 30, seed: 24 }) as Household[]) {
      const shared = sharedValues();
      for (const program of programs) explain(program, h, '2026-03-01', shared);
      for (const reads of shared.reads) {
        if (reads === undefined) continue;
        expect(new Set(reads).size).toBe(reads.length);
        longest = Math.max(longest, reads.length);
      }
    }
    // Not vacuous: values read many figures (소득인정액 reads a deduction per member).
    expect(longest).toBeGreaterThan(5);
  });

  it('a store serves only the household and date it first served', () => {
    const [a, b] = fc.sample(householdArb, { numRuns: 2, seed: 23 }) as Household[];
    const shared = sharedValues();
    for (const program of programs) explain(program, a as Household, '2026-03-01', shared);
    for (const program of programs) {
      expect(JSON.stringify(explain(program, b as Household, '2026-03-01', shared))).toBe(
        JSON.stringify(explain(program, b as Household, '2026-03-01')),
      );
      expect(JSON.stringify(explain(program, a as Household, '2024-06-01', shared))).toBe(
        JSON.stringify(explain(program, a as Household, '2024-06-01')),
      );
    }
  });

  /**
   * `decide` shares too (the outreach batch asks it for the missing inputs of every unknown
   * program of a household): values, and the inputs an unknown value lacks, found once.
   */
  it('decide with a store equals decide alone, on the generated code and the interpreter', () => {
    const run = (f: () => unknown) => {
      try {
        return JSON.stringify(f());
      } catch (error) {
        return (error as Error).message;
      }
    };
    let asked = 0;
    for (const date of DATES)
      for (const h of fc.sample(householdArb, { numRuns: 40, seed: 25 }) as Household[]) {
        const a = sharedValues();
        const b = sharedValues();
        for (const program of programs) {
          const alone = run(() => decideInterpreted(program, h, { date }));
          expect(run(() => decideInterpreted(program, h, { date, shared: a }))).toBe(alone);
          expect(run(() => decide(program, h, { date, shared: b }))).toBe(run(() => decide(program, h, { date })));
          if (alone.includes('"missing":[{')) asked++;
        }
      }
    // Many results list missing inputs, so the shared ones were compared.
    expect(asked).toBeGreaterThan(100);
  });

  it('a store decide filled serves a later explanation as if it were new', () => {
    for (const h of fc.sample(householdArb, { numRuns: 20, seed: 26 }) as Household[]) {
      const shared = sharedValues();
      for (const program of programs) {
        try {
          decide(program, h, { date: '2026-03-01', shared });
        } catch {
          // A figure with no entry for this household (size 0, say): the explanation says so below.
        }
      }
      for (const program of programs)
        expect(JSON.stringify(explain(program, h, '2026-03-01', shared))).toBe(
          JSON.stringify(explain(program, h, '2026-03-01')),
        );
    }
  });
});
