import { describe, expect, it } from 'vitest';
import { decideWithReasons, defineProgram, p, v } from '../src/index.ts';
import { medianIncome, schema } from './fixtures/sample.ts';

/**
 * A trace lists each parameter cell once, in the order first read. Cells are told apart by one shared
 * record per cell and period (eval-scalar/cells.ts), and past the bound on those records (keys come
 * from household values) by their keys: a trace must come out the same either way.
 */
/** One cell read by two separate expressions (two plan nodes): the trace must still list it once. */
const twice = defineProgram({
  id: 'test.same-cell-twice',
  label: { ko: '같은 칸 두 번', en: 'one cell read twice' },
  schema,
  criteria: {
    rent: { label: { ko: '임차료', en: 'rent' }, test: v.le(v.input('rent'), p(medianIncome, v.input('size'))) },
    halfRent: {
      label: { ko: '임차료 절반', en: 'half the rent' },
      test: v.le(v.input('rent'), v.mul(p(medianIncome, v.input('size')), 0.5)),
    },
  },
});

const household = (size: number) => ({
  size,
  rent: 300_000,
  region: 'seoul',
  deposit: 10_000_000,
  ownsHome: false,
  members: [{ birthDate: '1950-01-01', earnedIncome: 500_000 }],
});
const DATE = '2025-03-01';
const cells = (size: number) =>
  decideWithReasons(twice, household(size), { date: DATE }).parameters.map((u) => `${u.id}[${u.keys}]`);

describe('trace cells', () => {
  it('lists each cell once, the same past the bound on shared records', () => {
    const shape = (list: string[]) => list.map((c) => c.replace(/\[[^\]]*\]$/, ''));
    const first = cells(5);
    expect(new Set(first).size).toBe(first.length);
    // Every size a new key of the size tables: well past the 4,096 shared records per cell table.
    for (let size = 6; size < 5_000; size++) {
      const list = cells(size);
      expect(new Set(list).size, `size ${size}`).toBe(list.length);
      expect(shape(list), `size ${size}`).toEqual(shape(first));
    }
    // Sizes asked again (shared records, then keyed ones) list the same cells as the first time.
    expect(cells(5)).toEqual(first);
    expect(cells(4_900)).toEqual(cells(4_900));
  });
});
