import { type Decision, decide, type Household, type Program } from '@jibsa/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compiledDecide } from '../../rules/src/eval-scalar/compile.ts';
import { decideInterpreted } from '../../rules/src/eval-scalar/decide.ts';
import { answerOf } from '../../rules/test/fixtures/decide-or-null.ts';
import { catalog } from '../src/shared/catalog/registry.ts';
import { householdArb } from './household-arb.ts';

/**
 * `decide` runs code generated per program and date first (eval-scalar/compile.ts) and hands what
 * it cannot settle to the interpreter. Its whole Decision (status, amount, criteria, missing
 * inputs) and its errors equal the interpreter's alone, for every program of the catalog on dates
 * that span the figures' history, on random households with unknowns.
 */

const programs = catalog.flatMap((e) => (e.program ? [e.program] : [])) as Program[];

describe('generated decide equals the interpreter', () => {
  it.each(['2019-01-01', '2021-06-01', '2024-12-31', '2026-03-01', '2027-01-01'])(
    'on %s, random households with unknowns',
    (date) => {
      const hs = fc.sample(householdArb, { numRuns: 200, seed: Number(date.replaceAll('-', '')) + 11 });
      const settled = new Set<string>();
      for (const program of programs) {
        const fast = compiledDecide(program, date);
        // Every catalog program is one the generator takes (null would leave it all to the interpreter).
        expect(fast, program.id).not.toBeNull();
        for (const h of hs as Household[]) {
          const want = answerOf(() => decideInterpreted(program, h, { date }));
          expect(
            answerOf(() => decide(program, h, { date })),
            `${program.id} on ${date}, ${JSON.stringify(h)}`,
          ).toStrictEqual(want);
          // Not vacuous: the generated code itself settles households of both outcomes, and agrees.
          let own: Decision | null = null;
          try {
            own = fast?.(h) ?? null;
          } catch {}
          if (own !== null) {
            expect(own).toStrictEqual(want);
            settled.add(own.status);
          }
        }
      }
      for (const s of ['eligible', 'ineligible']) expect(settled.has(s), s).toBe(true);
    },
  );

  it('takes a number input of plain size or absent, and hands any other to the interpreter', () => {
    // The generated reads let through 0 and sizes 1e-6..1e15 (32-bit integers by a quicker test);
    // the random households above hold integers only, so the other sizes are tried here.
    const plain = (v: number) => v === 0 || (Math.abs(v) >= 1e-6 && Math.abs(v) <= 1e15);
    const values = [0, -0, 1, -3, 0.5, -2.25, 1e-6, 1e-7, -1e-7, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 31 + 0.5];
    values.push(2 ** 32 + 1, 1e15, -1e15, 1e15 + 2, 1e300, Number.NaN, Number.POSITIVE_INFINITY);
    const date = '2026-03-01';
    const hs = (fc.sample(householdArb, { numRuns: 30, seed: 7 }) as Household[]).filter(
      (h) => Array.isArray(h.members) && h.members.length > 0,
    );
    let tried = 0;
    // Not numbers: absent (null, a list, an object) is unknown, any other kind is the interpreter's.
    const words: [unknown, boolean][] = [
      [null, false],
      [undefined, false],
      [{}, false],
      [[], false],
    ];
    words.push([true, true], ['5', true]);
    for (const program of programs) {
      const fast = compiledDecide(program, date) as (h: unknown) => Decision | null;
      const odd = (h: unknown) => {
        try {
          fast(h);
          return false;
        } catch {
          return true;
        }
      };
      for (const h of hs) {
        const [first, ...rest] = h.members as Record<string, unknown>[];
        const withIncome = (v: unknown) => ({ ...h, members: [{ ...first, earnedIncome: v }, ...rest] });
        // Only where the code reads the field (a word there is odd) and settles or asks without it.
        if (odd(h) || !odd(withIncome('1'))) continue;
        for (const v of values) {
          const hv = withIncome(v) as Household;
          expect(odd(hv), `${program.id}, earnedIncome ${v}`).toBe(!plain(v));
          expect(answerOf(() => decide(program, hv, { date }))).toStrictEqual(
            answerOf(() => decideInterpreted(program, hv, { date })),
          );
          tried++;
        }
        for (const [w, isOdd] of words) {
          const hw = withIncome(w) as Household;
          expect(odd(hw), `${program.id}, earnedIncome ${JSON.stringify(w)}`).toBe(isOdd);
          expect(answerOf(() => decide(program, hw, { date }))).toStrictEqual(
            answerOf(() => decideInterpreted(program, hw, { date })),
          );
        }
      }
    }
    expect(tried).toBeGreaterThan(100);
  });

  it('hands odd input and a bad date to the interpreter', () => {
    const odd = [
      { region: 'busan', members: [] },
      { members: [null] },
      { members: [{ earnedIncome: Number.POSITIVE_INFINITY, age: '40', disabled: 1, relation: 'boss' }] },
      { householdSize: '3', members: 'none' },
    ] as unknown as Household[];
    for (const h of odd)
      for (const p of programs)
        expect(
          answerOf(() => decide(p, h, { date: '2026-03-01' })),
          JSON.stringify(h),
        ).toStrictEqual(answerOf(() => decideInterpreted(p, h, { date: '2026-03-01' })));
    expect(() => decide(programs[0] as Program, {}, { date: '2026-02-30' })).toThrow(RangeError);
  });
});
