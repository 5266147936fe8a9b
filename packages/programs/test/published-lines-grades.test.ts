import { periodAsOf } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { educationBenefit } from '../src/programs/basic-livelihood/programs.ts';
import { educationThreshold } from '../src/programs/basic-livelihood/selection-parameters.ts';
import { housingThreshold } from '../src/programs/housing-benefit/parameters.ts';
import { checkLine, gwangjuRenter, person } from './helpers.ts';

/**
 * Fifth pass (SOURCES-2026-12-fifth-pass.md): the 2026 주거 (48 %) and 교육 (50 %) 선정기준 tables in more independent
 * copies — a public Ruby service citing 보건복지부 (file ids 56168873389 / 51973752185), public TSX guide pages
 * "보건복지부 2026년 고시 기준", and for 교육 also 1–7인 on a 부천시 page (bucheon.go.kr, "기준중위소득 50%",
 * 최종수정일 2026-01-26): 7인 4,757,575 = 9,515,150 × 0.5. published-lines.test.ts checks every cell against
 * round(중위 × rate); here the 7인 line at the won and one won over.
 */
describe('2026 published 주거·교육 선정기준: grades', () => {
  it('주거 2026: secondary', () => expect(periodAsOf(housingThreshold, '2026-06-01').evidence).toBe('secondary'));
  it('교육 2026: secondary, 7인 one copy (single)', () => {
    const p = periodAsOf(educationThreshold, '2026-06-01');
    expect(p.evidence).toBe('secondary');
    expect(p.cellEvidence).toEqual({ '7': 'single' });
    expect((p.value as Record<string, number>)['7']).toBe(4_757_575);
  });
});

describe('교육급여 2026, 7인 (부모 2 + 10세 자녀 5): line 4,757,575', () => {
  const seven = (income: number) =>
    gwangjuRenter([
      person('head', 40, { other: income }),
      person('spouse', 40),
      ...[10, 11, 12, 13, 14].map((age) => person('child', age)),
    ]);
  it('at the line eligible, 1 won over not', () => {
    checkLine(educationBenefit, '2026-07-01', 4_757_575, seven);
  });
});
