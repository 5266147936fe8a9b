import { periodAsOf } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { medianIncome } from '../src/programs/basic-livelihood/parameters.ts';
import { medicalBenefit } from '../src/programs/basic-livelihood/programs.ts';
import { checkLine, family, gwangjuRenter } from './helpers.ts';

/**
 * Fifth pass (SOURCES-2026-12-fifth-pass.md): the 2020 and 2021 기준 중위소득 1–6인 in a public blog post of
 * 2021-02-11 with 70 % and 150 % columns (minuet80/minuet80.github.com, file id 3637462650). 2020 2·3·5·6인 were
 * recall only; its 5인 100 % cell prints 5,627,711 but its 70 % (3,939,440) and 150 % (8,441,657) cells are
 * 5,627,771 × 0.7 / × 1.5, so 5,627,771 stands. 의료급여 line = round(중위 × 40 %); a 60-year-old head with a public
 * pension (counted in full).
 */
describe.each([
  { year: 2020, size: 2, line: 1_196_792 }, // 2,991,980 × 0.4
  { year: 2020, size: 3, line: 1_548_231 }, // 3,870,577 × 0.4 = 1,548,230.8
  { year: 2020, size: 5, line: 2_251_108 }, // 5,627,771 × 0.4 = 2,251,108.4 (5,627,711 would give 2,251,084)
  { year: 2020, size: 6, line: 2_602_547 }, // 6,506,368 × 0.4 = 2,602,547.2
  { year: 2021, size: 4, line: 1_950_516 }, // 4,876,290 × 0.4
])('$year $size인 의료급여 line $line', ({ year, size, line }) => {
  const h = (pension: number) => gwangjuRenter(family(size, 60, { pension }));
  it('at the line eligible, 1 won over not', () => {
    checkLine(medicalBenefit, `${year}-07-01`, line, h);
  });
});

describe('grades after the fifth pass', () => {
  it('2020: one copy for 2·3·5·6인 (single), two for 1·4인 (secondary); 7인 still not encoded', () => {
    const p = periodAsOf(medianIncome, '2020-06-01');
    expect(p.evidence).toBe('single');
    expect(p.cellEvidence).toEqual({ '1': 'secondary', '4': 'secondary' });
    expect((p.value as Record<string, number>)['5']).toBe(5_627_771);
    expect((p.value as Record<string, number>)['7']).toBeUndefined();
  });
  it('2021: 1–6인 in two copies (secondary), 7인 one (single)', () => {
    const p = periodAsOf(medianIncome, '2021-06-01');
    expect(p.evidence).toBe('secondary');
    expect(p.cellEvidence).toEqual({ '7': 'single' });
  });
  it('2024: 7인 8,514,994 in two copies, no cell below secondary', () => {
    const p = periodAsOf(medianIncome, '2024-06-01');
    expect(p.evidence).toBe('secondary');
    expect(p.cellEvidence).toBeUndefined();
    expect((p.value as Record<string, number>)['7']).toBe(8_514_994);
  });
});
