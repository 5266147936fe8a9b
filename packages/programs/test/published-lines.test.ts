import { type ParameterDef, parameterValue } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import {
  educationFloor,
  educationRate,
  livelihoodFloor,
  livelihoodRate,
  medianIncome,
  medicalFloor,
  medicalRate,
} from '../src/programs/basic-livelihood/parameters.ts';
import {
  educationThreshold,
  livelihoodThreshold,
  medicalThreshold,
} from '../src/programs/basic-livelihood/selection-parameters.ts';
import { housingRate, housingRateFloor, housingThreshold } from '../src/programs/housing-benefit/parameters.ts';

/**
 * The programs compute each 선정기준 as round(기준 중위소득 × rate). The published 2026 tables are kept
 * as data; this is what they are for: the rule must reproduce every published won, and no rate may
 * fall below its statutory floor.
 */
const LINES: readonly [string, ParameterDef, ParameterDef, ParameterDef][] = [
  ['생계', livelihoodRate, livelihoodThreshold, livelihoodFloor],
  ['의료', medicalRate, medicalThreshold, medicalFloor],
  ['주거', housingRate, housingThreshold, housingRateFloor],
  ['교육', educationRate, educationThreshold, educationFloor],
];

describe('published 2026 선정기준 tables', () => {
  for (const [name, rate, threshold, floor] of LINES) {
    it(`${name}: round(중위소득 × ${parameterValue(rate, '2026-06-01')}) equals every published figure`, () => {
      const period = threshold.periods.find((p) => p.from === '2026-01-01');
      const sizes = Object.keys((period?.value ?? {}) as object);
      expect(sizes.length).toBeGreaterThanOrEqual(4);
      for (const size of sizes) {
        const computed = Math.round(
          parameterValue(medianIncome, '2026-06-01', [size]) * parameterValue(rate, '2026-06-01'),
        );
        expect(computed, `${name} ${size}인`).toBe(parameterValue(threshold, '2026-06-01', [size]));
      }
    });

    it(`${name}: the rate never falls below the statutory floor, 2019–2026`, () => {
      for (let year = 2019; year <= 2026; year++) {
        const date = `${year}-06-01`;
        expect(parameterValue(rate, date), `${name} ${year}`).toBeGreaterThanOrEqual(parameterValue(floor, date));
      }
    });
  }
});
