import { describe, expect, it } from 'vitest';
import {
  defineProgram,
  defineSchema,
  defineVariable,
  enumOf,
  listParameters,
  num,
  type ParameterDef,
  p,
  RuleDefinitionError,
  v,
} from '../src/index.ts';
import { rentBenefit, schema } from './fixtures/sample.ts';

const L = { ko: '라벨', en: 'label' };
const money: ParameterDef = {
  id: 't.money',
  label: L,
  unit: 'KRW/month',
  periods: [{ from: '2019-01-01', value: 100, citation: { title: 't', url: 'https://x' }, evidence: 'official' }],
};
const rate: ParameterDef = { ...money, id: 't.rate', unit: 'ratio' };
const define = (test: Parameters<typeof v.not>[0], extra: Partial<Parameters<typeof defineProgram>[0]> = {}) =>
  defineProgram({ id: 't.prog', label: L, schema, criteria: { c: { label: L, test } }, ...extra });

function definitionError(fn: () => unknown): RuleDefinitionError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RuleDefinitionError) return e;
    throw e;
  }
  throw new Error('expected a RuleDefinitionError');
}

describe('defineProgram rejects ill-formed rules', () => {
  it('accepts the sample program and lists its parameters', () => {
    expect(rentBenefit.criteria.map((c) => c.id)).toEqual(['income', 'noHome', 'assets', 'adult']);
    expect(
      listParameters(rentBenefit)
        .map((x) => x.id)
        .sort(),
    ).toEqual([
      'sample.asset-limit',
      'sample.asset-rate',
      'sample.income-ratio',
      'sample.median-income',
      'sample.senior-supplement',
      'sample.standard-rent',
    ]);
    // Dependencies come before dependents.
    expect(rentBenefit.variableOrder.indexOf('recognizedIncome')).toBeGreaterThanOrEqual(0);
  });

  it('rejects adding KRW/month to a count, naming program and node path', () => {
    const e = definitionError(() => define(v.gt(v.add(v.input('rent'), v.input('size')), 0)));
    expect(e.owner).toBe('program t.prog');
    expect(e.path).toBe('criteria.c.left');
    expect(e.message).toMatch(/addition needs the same unit on both sides, got KRW\/month and count/);
  });

  it('rejects comparing KRW with a ratio', () => {
    const e = definitionError(() => define(v.le(v.input('deposit'), p(rate))));
    expect(e.path).toBe('criteria.c');
    expect(e.message).toMatch(/comparison needs the same unit.*KRW and ratio/);
  });

  it('allows ratio × KRW and count × KRW/month, keeping the money unit', () => {
    expect(() => define(v.le(v.mul(v.input('deposit'), p(rate)), v.input('deposit')))).not.toThrow();
    expect(() => define(v.le(v.mul(v.input('size'), p(money)), v.input('rent')))).not.toThrow();
    // …but the product of two money amounts has no unit in this algebra.
    expect(definitionError(() => define(v.gt(v.mul(v.input('rent'), p(money)), 0))).message).toMatch(/cannot multiply/);
  });

  it('rejects boolean operators on numbers and numbers as criteria', () => {
    expect(definitionError(() => define(v.and(v.input('rent'), true))).path).toBe('criteria.c');
    expect(definitionError(() => define(v.and(v.input('rent'), true))).message).toMatch(
      /args\[0\] must be a condition/,
    );
    expect(definitionError(() => define(v.input('rent'))).message).toMatch(/a criterion must be a condition/);
  });

  it('rejects unknown inputs, parameters and variables', () => {
    expect(definitionError(() => define(v.gt(v.input('salary'), 0))).message).toMatch(
      /unknown household input "salary"/,
    );
    expect(definitionError(() => define(v.gt(p('nope.param'), 0))).message).toMatch(/unknown parameter "nope.param"/);
    expect(definitionError(() => define(v.gt(v.ref('ghost'), 0))).message).toMatch(/unknown variable "ghost"/);
    expect(() => define(v.gt(p('t.money'), 0), { parameters: [money] })).not.toThrow();
  });

  it('rejects reference cycles, naming the cycle', () => {
    const a = defineVariable('a', L, 'KRW/month', v.add(v.ref('b'), 1));
    const b = defineVariable('b', L, 'KRW/month', v.add(v.ref('a'), 1));
    const e = definitionError(() => define(v.gt(a, 0), { variables: [a, b] }));
    expect(e.message).toMatch(/reference cycle: a → b → a/);
  });

  it('rejects member inputs outside an aggregate and nested aggregates', () => {
    expect(
      definitionError(() =>
        define(
          v.gt(
            v.ref(defineVariable('x', L, 'KRW/month', { kind: 'input', scope: 'member', field: 'earnedIncome' })),
            0,
          ),
        ),
      ).message,
    ).toMatch(/member input "earnedIncome" used outside a member aggregate/);
    const nested = v.sumMembers(() => v.countMembers((m) => m.input('disabled')));
    expect(definitionError(() => define(v.gt(nested, 0))).message).toMatch(/cannot be nested/);
  });

  it('checks enum literals, table key counts and declared variable units', () => {
    expect(definitionError(() => define(v.eq(v.input('region'), 'busan'))).message).toMatch(
      /"busan" is not one of seoul/,
    );
    expect(definitionError(() => define(v.gt(p(money, v.input('size')), 0))).message).toMatch(
      /0 dimension\(s\), got 1 key/,
    );
    const wrong = defineVariable('w', L, 'KRW', v.input('rent'));
    expect(definitionError(() => define(v.gt(wrong, 0))).message).toMatch(
      /declared KRW but the expression is KRW\/month/,
    );
  });

  it('rejects two different definitions under one id and malformed parameter data', () => {
    const other = { ...money, label: { ko: '다른', en: 'other' } };
    expect(definitionError(() => define(v.gt(v.add(p(money), p(other)), 0))).message).toMatch(
      /two different parameters share the id "t.money"/,
    );
    const broken: ParameterDef = { ...money, id: 't.broken', periods: [] };
    expect(definitionError(() => define(v.gt(p(broken), 0))).message).toMatch(/t.broken" has no periods/);
  });

  it('rejects schemas with reserved or malformed names', () => {
    expect(() => defineSchema({ household: { members: num('count', L) }, member: {} })).toThrow(RuleDefinitionError);
    expect(() => defineSchema({ household: { 'bad-name': num('count', L) }, member: {} })).toThrow(/camelCase/);
    expect(() => defineSchema({ household: { e: enumOf([], L) }, member: {} })).toThrow(/distinct values/);
  });
});
