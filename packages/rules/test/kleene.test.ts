import { describe, expect, it } from 'vitest';
import { bool, decide, defineProgram, defineSchema, type Household, num, v } from '../src/index.ts';
import { rentBenefit } from './fixtures/sample.ts';

const L = { ko: '라벨', en: 'label' };
const schema = defineSchema({
  household: { a: bool(L), b: bool(L), x: num('KRW/month', L), y: num('KRW/month', L), c: bool(L, { order: 1 }) },
  member: { w: num('KRW/month', L) },
});
const one = (test: Parameters<typeof v.not>[0]) =>
  defineProgram({ id: 'k', label: L, schema, criteria: { t: { label: L, test } } });
const outcome = (prog: ReturnType<typeof one>, h: Household) =>
  decide(prog, h, { date: '2025-01-01' }).criteria[0]?.outcome;
const T = true;
const F = false;
const U = undefined;

describe('Kleene three-valued logic', () => {
  const and = one(v.and(v.input('a'), v.input('b')));
  const or = one(v.or(v.input('a'), v.input('b')));
  const not = one(v.not(v.input('a')));
  it.each([
    [T, T, true, true],
    [T, F, false, true],
    [F, U, false, null],
    [U, F, false, null],
    [T, U, null, true],
    [U, T, null, true],
    [U, U, null, null],
    [F, F, false, false],
  ])('a=%s b=%s → and %s, or %s', (a, b, andR, orR) => {
    expect(outcome(and, { a, b })).toBe(andR);
    expect(outcome(or, { a, b })).toBe(orR);
  });
  it('not unknown is unknown', () => {
    expect(outcome(not, {})).toBe(null);
    expect(outcome(not, { a: false })).toBe(true);
  });

  it('arithmetic, comparison and min/max with an unknown are unknown; missing is not zero', () => {
    expect(outcome(one(v.ge(v.add(v.input('x'), v.input('y')), 0)), { x: 5 })).toBe(null);
    expect(outcome(one(v.ge(v.min(v.input('x'), v.input('y')), 0)), { x: 5 })).toBe(null);
    expect(outcome(one(v.le(v.max(v.input('x'), v.input('y')), 10)), { x: 5, y: 7 })).toBe(true);
    expect(outcome(one(v.eq(v.input('x'), 0)), {})).toBe(null);
  });

  it('division by zero is unknown; if with unknown condition is unknown', () => {
    expect(outcome(one(v.ge(v.div(v.input('x'), v.input('y')), 0)), { x: 5, y: 0 })).toBe(null);
    expect(outcome(one(v.ge(v.div(v.input('x'), v.input('y')), 2)), { x: 5, y: 2 })).toBe(true);
    const cond = one(v.ge(v.if(v.input('a'), v.input('x'), v.input('y')), 3));
    expect(outcome(cond, { x: 5, y: 1 })).toBe(null);
    expect(outcome(cond, { a: true, x: 5 })).toBe(true);
    expect(outcome(cond, { a: false, x: 5 })).toBe(null);
  });

  it('member aggregates: empty sum is 0, unknown member makes the sum unknown, any/all are Kleene', () => {
    const sum = one(
      v.le(
        v.sumMembers((m) => m.input('w')),
        100,
      ),
    );
    expect(outcome(sum, { members: [] })).toBe(true);
    expect(outcome(sum, { members: [{ w: 50 }, {}] })).toBe(null);
    expect(outcome(sum, {})).toBe(null);
    const any = one(v.anyMember((m) => v.gt(m.input('w'), 10)));
    expect(outcome(any, { members: [{}, { w: 20 }] })).toBe(true);
    expect(outcome(any, { members: [{}, { w: 5 }] })).toBe(null);
    expect(outcome(any, { members: [] })).toBe(false);
    const all = one(v.allMembers((m) => v.gt(m.input('w'), 10)));
    expect(outcome(all, { members: [{}, { w: 5 }] })).toBe(false);
    expect(outcome(all, { members: [{}, { w: 50 }] })).toBe(null);
    expect(outcome(all, { members: [] })).toBe(true);
  });
});

describe('status and missing inputs', () => {
  const prog = defineProgram({
    id: 'k2',
    label: L,
    schema,
    criteria: {
      first: { label: L, test: v.and(v.input('a'), v.le(v.input('x'), 100)) },
      second: { label: L, test: v.or(v.input('b'), v.le(v.input('x'), 50)) },
      third: { label: L, test: v.not(v.input('c')) },
    },
    amount: v.sub(200, v.input('y')),
  });
  const d = (h: Household) => decide(prog, h, { date: '2025-01-01' });

  it('ranks inputs by how many undecided criteria they decide, then declared order', () => {
    const r = d({});
    expect(r.status).toBe('unknown');
    expect(r.missing.map((m) => m.path)).toEqual(['x', 'c', 'a', 'b', 'y']);
    expect(r.missing[0]).toMatchObject({ rank: 1, affects: ['first', 'second'] });
    // x decides two criteria, so it comes first; c, a and b decide one each, and c comes before
    // a and b because the schema gives it order 1 (it is declared after them).
    expect(r.missing.at(-1)).toMatchObject({ path: 'y', affects: ['amount'] });
  });

  it('asks only what can still change the outcome', () => {
    // `a` false makes `first` false, so the household is ineligible: nothing more is asked, not
    // even x, although `second` is still undecided without it.
    expect(d({ a: false }).status).toBe('ineligible');
    expect(d({ a: false }).criteria.find((c) => c.id === 'second')?.outcome).toBe(null);
    expect(d({ a: false }).missing).toEqual([]);
    const r = d({ a: true, b: true });
    // x and c now decide one criterion each; c is declared with order 1, so it comes first.
    expect(r.missing.map((m) => m.path)).toEqual(['c', 'x', 'y']);
    expect(r.missing[1]?.affects).toEqual(['first']);
    expect(d({ a: true, b: true, x: 10, c: false }).missing.map((m) => m.path)).toEqual(['y']);
  });

  it('pays the amount only when eligible', () => {
    expect(d({ a: true, b: true, x: 10, c: false, y: 20 })).toMatchObject({
      status: 'eligible',
      amount: 180,
      missing: [],
    });
    expect(d({ a: true, b: true, x: 10, c: true, y: 20 })).toMatchObject({ status: 'ineligible', amount: null });
    expect(d({ a: true, x: 10, y: 20 })).toMatchObject({ status: 'unknown', amount: null });
  });

  it('on the sample: a false criterion ends the questions', () => {
    const r = decide(rentBenefit, { ownsHome: true }, { date: '2025-01-01' });
    expect(r.status).toBe('ineligible');
    expect(r.missing).toEqual([]);
    const open = decide(rentBenefit, { size: 1, region: 'seoul', members: [{}] }, { date: '2025-01-01' });
    expect(open.missing[0]?.path).toBe('deposit'); // feeds both the income and the asset test
    expect(open.missing.map((m) => m.path)).toContain('members[0].birthDate');
  });

  it('an unknown member list is itself a missing input', () => {
    const r = decide(rentBenefit, { size: 1, region: 'seoul', deposit: 0, ownsHome: false }, { date: '2025-01-01' });
    expect(r.missing[0]).toMatchObject({ path: 'members', affects: ['income', 'adult', 'amount'] });
  });
});
