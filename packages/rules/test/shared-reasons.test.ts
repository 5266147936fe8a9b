import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideWithReasons, defineProgram, defineVariable, type Household, p, sharedValues, v } from '../src/index.ts';
import { householdArb } from './fixtures/arbitraries.ts';
import { assetLimit, recognizedIncome, schema, threshold } from './fixtures/sample.ts';

/**
 * Programs explained for one household with a shared store word a variable they share once (the
 * first program's wording) and replay the figures that wording read (explain/sentences.ts
 * sharedReason). Every result must equal the program explained alone, traced figures and their order
 * included.
 */
const withinLine = defineVariable(
  'withinLine',
  { ko: '소득이 선정기준 이하', en: 'income within the line' },
  'bool',
  // The second operand is read only by the wording when the first decides, so the wording reads figures the decision did not.
  v.or(v.le(recognizedIncome, threshold), v.le(v.input('deposit'), p(assetLimit, v.input('region')))),
);
const twin = (id: string, extra: Record<string, { label: { ko: string; en: string }; test: never }>) =>
  defineProgram({
    id,
    label: { ko: id, en: id },
    schema,
    criteria: { line: { label: { ko: '소득', en: 'income' }, test: withinLine }, ...extra },
  });
const first = twin('sample.first', {});
const second = twin('sample.second', {
  home: { label: { ko: '무주택', en: 'no home' }, test: v.not(v.input('ownsHome')) as never },
});
const date = '2025-03-01';
const alone = (program: typeof first, h: Household) =>
  JSON.stringify(decideWithReasons(program, h, { date, values: false }));

describe('a reason shared between programs', () => {
  it('is worded once and gives each program what it gives alone', () => {
    let taken = 0;
    let worded = 0;
    fc.assert(
      fc.property(householdArb, (h) => {
        const shared = sharedValues();
        const results = [first, second, first].map((program) => {
          const r = decideWithReasons(program, h, { date, values: false, shared });
          expect(JSON.stringify(r)).toBe(alone(program, h));
          return r;
        });
        // Worded once: later programs take the first one's sentence itself (an undecided one is not kept:
        // it lists what is missing, found anew for each program).
        const line = results.map((r) => r.criteria[0]?.sentence);
        if (results[0]?.criteria[0]?.outcome !== null) {
          expect(line[1]).toBe(line[0]);
          expect(line[2]).toBe(line[0]);
          worded++;
        }
        const kept = shared.reasons.flatMap((byOutcome) => (byOutcome ?? []).filter((r) => r !== undefined));
        expect(kept.length).toBeLessThanOrEqual(1);
        if (kept.some((r) => r !== undefined && r.reads.length > 0)) taken++;
      }),
      { numRuns: 300, seed: 7 },
    );
    // Not vacuous: some households had a kept reason whose wording read figures, replayed by the second program.
    expect(taken).toBeGreaterThan(20);
    expect(worded).toBeGreaterThan(100);
  });
});
