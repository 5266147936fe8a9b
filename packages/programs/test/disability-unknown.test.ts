import { describe, it } from 'vitest';
import { livelihoodBenefit } from '../src/programs/basic-livelihood/programs.ts';
import { check, gwangjuRenter, person } from './helpers.ts';

/**
 * An earner of known age whose 장애인 등록 is unknown (issue 16 item 6): the most a disability could deduct at 45 is
 * 20만원 (income-assessment.senior-disabled-flat-deduction, secondary), not the youth amount (40–60만원); the bounds
 * also leave the deduction group open while the disability is (earnings-evaluation.ts), so the disability is asked
 * only when those 20만원 or a group could decide. One person of 45 in 광주, deposit 1,000만 (under 기본재산액), so
 * 소득인정액 = round((earned − 20만원 if registered) × 0.7).
 * 생계급여 1인 lines: 2024 713,102 · 2025 765,444 · 2026 820,556.
 *   Not registered, within: earned ≤ line / 0.7 → 2024 1,018,717 · 2025 1,093,492 · 2026 1,172,223.
 *   Registered, within: earned ≤ 200,000 + line / 0.7 → 2024 1,218,717 · 2025 1,293,492 · 2026 1,372,223
 *   (e.g. 2026: 1,172,223 × 0.7 = 820,556.1 → 820,556; one won more: 820,556.8 → 820,557).
 */
const earner = (earned: number) => gwangjuRenter([{ ...person('head', 45, { earned }), disabled: undefined }]);

const YEARS = [
  { date: '2024-06-01', plain: 1_018_717, registered: 1_218_717, line: 713_102 },
  { date: '2025-06-01', plain: 1_093_492, registered: 1_293_492, line: 765_444 },
  { date: '2026-06-01', plain: 1_172_223, registered: 1_372_223, line: 820_556 },
];

describe('an unknown disability is asked only when its 20만원 could decide', () => {
  for (const y of YEARS) {
    it(`${y.date}: eligible (amount open), unknown, then not eligible without asking`, () => {
      check(livelihoodBenefit, {
        name: `${y.plain}: within even without the deduction (asked for the amount only)`,
        date: y.date,
        household: earner(y.plain),
        expect: { status: 'eligible', amount: null, missing: ['members[0].disabled'] },
      });
      check(livelihoodBenefit, {
        name: `${y.plain + 1}: within only with it`,
        date: y.date,
        household: earner(y.plain + 1),
        expect: { status: 'unknown', missing: ['members[0].disabled'] },
      });
      check(livelihoodBenefit, {
        name: `${y.registered}: still within with it`,
        date: y.date,
        household: earner(y.registered),
        expect: { status: 'unknown', missing: ['members[0].disabled'] },
      });
      // The youth amount (2024–2025 40만원, 2026 60만원) is not the bound: no age of 45 gets it. But the bounds read
      // a person's deduction group only with the disability (the self-check asks it after), so until the disability
      // is known the group counts as open: the most it could give is the 직업재활 path, (earned − 200,000) × 0.5.
      check(livelihoodBenefit, {
        name: `${y.registered + 1}: within with the most a group could give`,
        date: y.date,
        household: earner(y.registered + 1),
        expect: { status: 'unknown', missing: ['members[0].disabled'] },
      });
      // 200,000 + 2 × line + 1: (that − 200,000) × 0.5 = line + 0.5, rounded up, over even on that path.
      check(livelihoodBenefit, {
        name: `${200_000 + 2 * y.line + 1}: over even with it`,
        date: y.date,
        household: earner(200_000 + 2 * y.line + 1),
        expect: { status: 'ineligible', missing: [] },
      });
    });
  }
});
