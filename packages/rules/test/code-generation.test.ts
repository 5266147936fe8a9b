import { afterEach, describe, expect, it } from 'vitest';
import { decide, defineSchema, forbidCodeGeneration, num, validateHousehold } from '../src/index.ts';
import { fieldReader } from '../src/sql/copy-binary.ts';
import { rentBenefit } from './fixtures/sample.ts';

// Its own file: forbidding is for the whole page (module state), as the web app does once at start.
const RealFunction = globalThis.Function;
let made = 0;

/** Counts every `new Function` the engine tries, as a page's CSP would see each try. */
function countGeneration(): void {
  made = 0;
  globalThis.Function = new Proxy(RealFunction, {
    construct(target, args) {
      made++;
      return Reflect.construct(target, args);
    },
  });
}

afterEach(() => {
  globalThis.Function = RealFunction;
});

describe('forbidCodeGeneration', () => {
  it('before it, validating a new schema and deciding generate code; after it, nothing is generated and answers stay', () => {
    const before = defineSchema({ household: { rent: num('KRW/month', { ko: '월세', en: 'rent' }) }, member: {} });
    countGeneration();
    validateHousehold(before, { rent: 1, members: [] });
    expect(made).toBeGreaterThan(0);

    const household = {
      members: [{ earnedIncome: 900_000, birthDate: '1950-01-01' }],
      size: 1,
      rent: 300_000,
      region: 'metro',
      deposit: 0,
    };
    const date = '2026-03-01';
    const generatedAnswer = decide(rentBenefit, household, { date });

    forbidCodeGeneration();
    const schema = defineSchema({ household: { deposit: num('KRW', { ko: '보증금', en: 'deposit' }) }, member: {} });
    countGeneration();
    const r = validateHousehold(schema, { members: [{}], deposit: 5 });
    const reader = fieldReader(['a', 'b']);
    const vals: unknown[] = [];
    reader({ a: 1, b: 2 }, vals);
    const plainAnswer = decide(rentBenefit, household, { date: '2026-03-02' });
    expect(made).toBe(0);
    expect(r.ok && Object.keys(r.value)).toEqual(['deposit', 'members']);
    expect(vals).toEqual([1, 2]);
    expect({ ...plainAnswer }).toEqual({ ...generatedAnswer });
  });
});
