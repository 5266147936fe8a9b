import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compiledDecide } from '../src/eval-scalar/compile.ts';
import { decideInterpreted } from '../src/eval-scalar/decide.ts';
import {
  type Decision,
  decide,
  defineProgram,
  type Household,
  type ParameterDef,
  type Program,
  p,
  v,
} from '../src/index.ts';
import { householdArb } from './fixtures/arbitraries.ts';
import { answerOf } from './fixtures/decide-or-null.ts';
import { assetLimit, medianIncome, schema, standardRent } from './fixtures/sample.ts';

/**
 * The generated decide (eval-scalar/compile.ts) against the interpreter on the shapes it treats
 * apart: a figure looked up by literal keys is resolved when the code is generated (found, past
 * the last size, absent, a yes/no figure), and a comparison that is an `if`'s condition is
 * branched on directly (unknown sides, a literal side, words). Catalog programs are compared in
 * packages/programs/test/decide-generated.test.ts.
 */

const cite = { title: '테스트', url: 'https://example.org/t' };
const L = { ko: '라벨', en: 'label' };
const flagByRegion: ParameterDef = {
  id: 'edges.flag-by-region',
  label: L,
  unit: 'bool',
  dimensions: ['region'],
  periods: [{ from: '2019-01-01', value: { seoul: 1, metro: 0 }, citation: cite, evidence: 'official' }],
};

const criterion = (test: Parameters<typeof v.not>[0]) => ({ label: L, test });

/** Literal keys: a cell found, one past the table's last size (beyondMax 'last'), two keys, a yes/no figure. */
const literalKeys = defineProgram({
  id: 'edges.literal-keys',
  label: L,
  schema,
  criteria: {
    income: criterion(
      v.le(
        v.sumMembers((m) => m.input('earnedIncome')),
        v.add(p(medianIncome, 2), p(medianIncome, 9)),
      ),
    ),
    rent: criterion(v.le(v.input('rent'), p(standardRent, 'seoul', 3))),
    flag: criterion(v.or(p(flagByRegion, 'seoul'), v.ge(v.input('deposit'), p(assetLimit, 'metro')))),
  },
  amount: v.if(p(flagByRegion, 'metro'), v.num(1, 'KRW/month'), v.mul(p(standardRent, 'other', 1), 2)),
});

/** A literal key with no entry: the lookup throws when reached, as the interpreter's does, and only then. */
const absentKey = defineProgram({
  id: 'edges.absent-key',
  label: L,
  schema,
  criteria: {
    owner: criterion(v.not(v.input('ownsHome'))),
    small: criterion(v.if(v.ge(v.input('size'), 3), v.le(v.input('deposit'), p(assetLimit, 'busan')), true)),
  },
});

/** `if` on comparisons: number sides unknown or literal, a literal on the left, words, and the false branch. */
const ifCompare = defineProgram({
  id: 'edges.if-compare',
  label: L,
  schema,
  criteria: {
    size: criterion(v.if(v.gt(v.input('size'), 2), v.lt(v.input('rent'), 400_000), v.ge(v.input('deposit'), 0))),
    region: criterion(v.if(v.eq(v.input('region'), 'seoul'), v.not(v.input('ownsHome')), v.input('ownsHome'))),
    literal: criterion(v.if(v.le(300_000, v.input('rent')), v.if(v.ne(1, 1), false, true), v.lt(2, 1))),
  },
  amount: v.if(
    v.lt(
      v.sumMembers((m) => v.if(v.gt(m.input('otherIncome'), 0), m.input('otherIncome'), 0)),
      v.input('rent'),
    ),
    v.input('rent'),
    v.num(0, 'KRW/month'),
  ),
});

/**
 * Conditions (comparisons with unknown sides, a literal side, `ne`, words; a choice among words;
 * either negated) as operands of and/or, as an `if`'s condition and as the body of a member count,
 * any and all; `deposit` is read by the amount alone, so only once eligible.
 */
const logicCompare = defineProgram({
  id: 'edges.logic-compare',
  label: L,
  schema,
  criteria: {
    either: criterion(v.or(v.lt(v.input('rent'), 200_000), v.ne(v.input('size'), 2), v.eq(v.input('region'), 'metro'))),
    both: criterion(
      v.and(v.ge(v.input('size'), 1), v.le(1, 2), v.not(v.input('ownsHome')), v.ne(v.input('region'), 'other')),
    ),
    adults: criterion(
      v.le(
        v.countMembers((m) => v.gt(m.input('earnedIncome'), 0)),
        3,
      ),
    ),
    anyIncome: criterion(
      v.or(
        v.anyMember((m) => v.ge(m.input('otherIncome'), 100_000)),
        v.lt(v.input('rent'), 500_000),
      ),
    ),
    allKnown: criterion(
      v.or(
        v.allMembers((m) => v.le(m.input('earnedIncome'), 2_000_000)),
        v.ge(v.input('size'), 5),
      ),
    ),
    words: criterion(
      v.and(
        v.or(v.oneOf(v.input('region'), ['seoul', 'metro']), v.not(v.lt(v.input('rent'), 300_000))),
        v.if(v.not(v.oneOf(v.input('region'), ['other'])), v.not(v.input('ownsHome')), true),
      ),
    ),
    noneDisabled: criterion(v.not(v.anyMember((m) => v.not(v.le(m.input('otherIncome'), 500_000))))),
  },
  amount: v.min(v.input('deposit'), v.num(1_000_000, 'KRW')),
});

/** Member sums whose bodies are `if`s on one same condition (tested once for all of them), a comparison or a yes/no input. */
const sharedIf = defineProgram({
  id: 'edges.shared-if',
  label: L,
  schema,
  criteria: {
    earned: criterion(
      v.le(
        v.add(
          v.sumMembers((m) => v.if(v.gt(m.input('earnedIncome'), 0), m.input('earnedIncome'), 0)),
          v.sumMembers((m) => v.if(v.gt(m.input('earnedIncome'), 0), v.mul(m.input('otherIncome'), 2), 100)),
        ),
        v.num(3_000_000, 'KRW/month'),
      ),
    ),
    disabled: criterion(
      v.ge(
        v.sumMembers((m) => v.if(m.input('disabled'), m.input('otherIncome'), 0)),
        v.sumMembers((m) => v.if(m.input('disabled'), 0, v.sub(0, m.input('earnedIncome')))),
      ),
    ),
    other: criterion(
      v.lt(
        v.sumMembers((m) => v.if(v.gt(m.input('otherIncome'), 0), 1, 0)),
        3,
      ),
    ),
  },
});

const programs: readonly Program[] = [literalKeys, absentKey, ifCompare, logicCompare, sharedIf];

describe('generated decide equals the interpreter on literal keys and compared conditions', () => {
  it.each(['2019-01-01', '2024-12-31', '2025-06-01'])('on %s, random households with unknowns', (date) => {
    const hs = fc.sample(householdArb, { numRuns: 400, seed: Number(date.replaceAll('-', '')) }) as Household[];
    for (const program of programs) {
      const fast = compiledDecide(program, date);
      expect(fast, program.id).not.toBeNull();
      const settled = new Set<string>();
      let errors = 0;
      for (const h of hs) {
        const want = answerOf(() => decideInterpreted(program, h, { date }));
        if ('error' in want) errors++;
        expect(
          answerOf(() => decide(program, h, { date })),
          `${program.id} ${JSON.stringify(h)}`,
        ).toStrictEqual(want);
        let own: Decision | null = null;
        try {
          own = fast?.(h) ?? null;
        } catch {}
        if (own !== null) {
          expect(own, `${program.id} ${JSON.stringify(h)}`).toStrictEqual(want);
          settled.add(own.status);
        }
      }
      // Not vacuous: the generated code answers both outcomes itself; only the absent key throws.
      expect([...settled].sort(), program.id).toEqual(['eligible', 'ineligible']);
      expect(errors > 0, program.id).toBe(program === absentKey);
    }
  });

  it('reads a field only the amount needs once the household is eligible, as the interpreter does', () => {
    const date = '2025-06-01';
    const h = {
      size: 1,
      rent: 100_000,
      region: 'seoul',
      ownsHome: false,
      members: [{ earnedIncome: 0, otherIncome: 0 }],
    };
    const odd = { ...h, deposit: '5' } as unknown as Household;
    // Ineligible (owns a home): the code answers without reading the odd deposit, as the interpreter does.
    const owner = { ...odd, ownsHome: true } as unknown as Household;
    expect(compiledDecide(logicCompare, date)?.(owner)?.status).toBe('ineligible');
    expect(decide(logicCompare, owner, { date })).toStrictEqual(decideInterpreted(logicCompare, owner, { date }));
    // Eligible: the odd deposit is read, and the interpreter answers.
    expect(() => compiledDecide(logicCompare, date)?.(odd)).toThrow();
    expect(answerOf(() => decide(logicCompare, odd, { date }))).toStrictEqual(
      answerOf(() => decideInterpreted(logicCompare, odd, { date })),
    );
    expect(decide(logicCompare, { ...h, deposit: 300_000 }, { date }).amount).toBe(300_000);
  });

  it('resolves literal keys when generating, as the interpreter looks them up', () => {
    const h = { size: 1, rent: 100_000, region: 'seoul', deposit: 0, ownsHome: false, members: [] };
    const d = decide(literalKeys, h, { date: '2025-06-01' });
    expect(d).toStrictEqual(decideInterpreted(literalKeys, h, { date: '2025-06-01' }));
    // 3,930,000 for 2 and, past the last size, 6,090,000 for 9 (the 2025 column); 'metro' flags no: 170,000 × 2.
    expect(d.status).toBe('eligible');
    expect(d.amount).toBe(340_000);
    const poor = { ...h, members: [{ earnedIncome: 3_930_000 + 6_090_000 + 1 }] };
    expect(decide(literalKeys, poor, { date: '2025-06-01' }).criteria[0]?.outcome).toBe(false);
  });
});
