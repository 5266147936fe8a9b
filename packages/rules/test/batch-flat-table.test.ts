import { describe, expect, it } from 'vitest';
import { flatTable } from '../src/eval-batch/fused-table.ts';
import { indexTable, type Level } from '../src/eval-batch/table.ts';
import type { ParameterDef } from '../src/index.ts';
import { parameterValue } from '../src/parameters/lookup.ts';

const DATE = '2025-01-01';
const def = (beyondMax: 'last' | 'error'): ParameterDef => ({
  id: `flat.${beyondMax}`,
  label: { ko: '지역·가구원 수별 기준', en: 'region × size' },
  unit: 'KRW',
  dimensions: ['region', 'householdSize'],
  beyondMax,
  periods: [
    {
      from: '2019-01-01',
      value: { seoul: { 1: 10, 2: 20, 3: 30 }, other: { 1: 5 } },
      citation: { title: 't', url: 'https://example.org' },
      evidence: 'official',
    },
  ],
});
const regions = ['seoul', 'other'];

/** Every cell of the flat array for (region, size), NaN beyond it (the nested lookup then decides). */
function flatCell(d: ParameterDef, region: number, size: number): number {
  const flat = flatTable(d, indexTable(d, DATE) as Level, [{ values: regions }, { numeric: true }], (x) => x);
  if (flat === null) throw new Error('no flat table');
  const [, width] = flat.sizes as [number, number];
  return size < width ? (flat.data[region * width + size] as number) : Number.NaN;
}

function scalar(d: ParameterDef, region: string, size: number): number {
  try {
    return parameterValue(d, DATE, [region, String(size)]);
  } catch {
    return Number.NaN;
  }
}

describe('flat parameter tables', () => {
  it('read a beyondMax "last" table past its largest key as the scalar lookup does, without the nested lookup', () => {
    const d = def('last');
    regions.forEach((r, k) => {
      for (let size = 0; size < 32; size++)
        expect([r, size, flatCell(d, k, size)]).toEqual([r, size, scalar(d, r, size)]);
    });
    // Sizes a household has (4 … 10 persons) are cells of the flat array, not holes.
    expect(flatCell(d, 0, 10)).toBe(30);
    expect(flatCell(d, 1, 4)).toBe(5);
  });

  it('keep keys past the largest a hole when the table has no beyondMax "last"', () => {
    const d = def('error');
    regions.forEach((r, k) => {
      for (let size = 0; size < 32; size++) {
        const want = scalar(d, r, size);
        expect([r, size, flatCell(d, k, size)]).toEqual([r, size, want]);
      }
    });
    expect(flatCell(d, 0, 4)).toBeNaN();
  });
});
