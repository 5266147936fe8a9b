import { describe, it } from 'vitest';
import { check, checkLine, gwangjuRenter, person, without } from '../../../test/helpers.ts';
import { educationBenefit, livelihoodBenefit, medicalBenefit } from './programs.ts';

/**
 * 생계·의료·교육급여 (basic-livelihood/*.ts): 선정기준 = round(중위 × 32 % / 40 % / 50 %) (생계 30 % to 2023).
 *   2026: 생계 1인 820,556 · 의료 1인 1,025,695 (1,025,695.2) · 교육 2인 4,199,292 × 0.5 = 2,099,646.
 *   2019: 생계 1인 1,707,008 × 0.3 = 512,102.4 → 512,102 · 의료 1인 × 0.4 = 682,803.2 → 682,803 ·
 *         교육 2인 2,906,528 × 0.5 = 1,453,264.
 * 생계급여액 = 선정기준 − 소득인정액.
 */
describe('생계·의료·교육급여', () => {
  const one = (pension: number) => gwangjuRenter([person('head', 60, { pension })]);
  const parentAndChild = (income: number, childAge = 10) =>
    gwangjuRenter([person('head', 40, { other: income }), person('child', childAge)]);
  const years = [
    { date: '2019-06-01', livelihood: 512_102, medical: 682_803, education: 1_453_264 },
    { date: '2026-06-01', livelihood: 820_556, medical: 1_025_695, education: 2_099_646 },
  ];
  for (const y of years) {
    const year = y.date.slice(0, 4);
    const unknownMembers = without(one(0), 'members');
    it(`${year} 생계: 연금 30만원 → ${y.livelihood - 300_000}원`, () =>
      check(livelihoodBenefit, {
        name: 'typical',
        date: y.date,
        household: one(300_000),
        expect: { status: 'eligible', amount: y.livelihood - 300_000 },
      }));
    it(`${year} 생계: 딱 ${y.livelihood} → 급여 0원, 1원 초과 → 대상 아님`, () => {
      checkLine(livelihoodBenefit, y.date, y.livelihood, one, 0);
    });
    it(`${year} 생계·의료·교육: 가구원 명단을 모르면 판단 불가`, () => {
      for (const p of [livelihoodBenefit, medicalBenefit, educationBenefit])
        check(p, {
          name: p.id,
          date: y.date,
          household: unknownMembers,
          expect: { status: 'unknown', missing: ['members'] },
        });
    });
    it(`${year} 의료: 연금 50만원 대상, 딱 ${y.medical} 대상, 1원 초과 아님`, () => {
      check(medicalBenefit, { name: 'typical', date: y.date, household: one(500_000), expect: { status: 'eligible' } });
      checkLine(medicalBenefit, y.date, y.medical, one);
    });
    it(`${year} 교육: 10세 자녀와 2인, 딱 ${y.education} 대상, 1원 초과 아님; 3세 자녀뿐이면 아님`, () => {
      check(educationBenefit, {
        name: 'typical',
        date: y.date,
        household: parentAndChild(1_000_000),
        expect: { status: 'eligible' },
      });
      checkLine(educationBenefit, y.date, y.education, parentAndChild);
      check(educationBenefit, {
        name: 'toddler',
        date: y.date,
        household: parentAndChild(1_000_000, 3),
        expect: { status: 'ineligible' },
      });
    });
  }
});
