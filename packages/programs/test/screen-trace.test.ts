import { evaluate, type Household } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/shared/catalog/registry.ts';
import { screenHousehold } from '../src/shared/screen/screen.ts';
import { gwangjuRenter, person } from './helpers.ts';

/**
 * screenHousehold asks the engine for no values list (it shows none), which skips recording
 * and formatting every value read. Its reasons, summaries and cited parameters must still be
 * exactly those of the full explanation.
 */
const households: Household[] = [
  gwangjuRenter([person('head', 27, { earned: 1_800_000 })]),
  gwangjuRenter([person('head', 71, { pension: 400_000 }), person('spouse', 68)], { tenure: 'jeonse' }),
  gwangjuRenter([person('head', 40, { earned: 2_500_000 }), person('child', 9), person('child', 5)], {
    housingType: 'semi_basement',
    inCrisis: true,
  }),
  // Unknowns: sentences then name the inputs still needed, and more parameters may be cited.
  { region: 'metro', tenure: 'monthly_rent', members: [{ relation: 'head', age: 33 }] },
  { region: 'metro', ownsHome: false },
];

describe('screening explains like evaluate', () => {
  for (const date of ['2025-03-01', '2026-03-01']) {
    it(`reasons, summaries and parameters match the full explanation on ${date}`, () => {
      for (const household of households) {
        const screened = screenHousehold(household, { date });
        if (!screened.ok) throw new Error(JSON.stringify(screened.errors));
        for (const s of screened.programs) {
          const program = catalog.find((e) => e.id === s.id)?.program;
          if (!program || s.unavailable) continue;
          const full = evaluate(program, household, { date });
          expect(s.status).toBe(full.status);
          expect(s.summary).toEqual(full.summary);
          expect(s.reasons).toEqual(full.criteria.map((c) => ({ id: c.id, outcome: c.outcome, text: c.sentence })));
          expect(s.missing).toEqual(full.missing);
          expect(JSON.stringify(s.parameters)).toBe(JSON.stringify(full.parameters));
        }
      }
    });
  }
});
