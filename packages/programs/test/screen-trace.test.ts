import { decideWithReasons, type Household } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/shared/catalog/registry.ts';
import { screenHousehold } from '../src/shared/screen/screen.ts';
import { alone, gwangjuRenter, person } from './helpers.ts';

/**
 * screenHousehold asks the engine for no values list (it shows none), which skips recording
 * and formatting every value read. Its reasons, summaries and cited parameters must still be
 * exactly those of the full explanation.
 */
const households: Household[] = [
  alone(27, 1_800_000),
  gwangjuRenter([person('head', 71, { pension: 400_000 }), person('spouse', 68)], { tenure: 'jeonse' }),
  gwangjuRenter([person('head', 40, { earned: 2_500_000 }), person('child', 9), person('child', 5)], {
    housingType: 'semi_basement',
    inCrisis: true,
  }),
  // Unknowns: sentences then name the inputs still needed, and more parameters may be cited.
  { region: 'metro', tenure: 'monthly_rent', members: [{ relation: 'head', age: 33 }] },
  { region: 'metro', ownsHome: false },
];

describe('screening explains like decideWithReasons', () => {
  for (const date of ['2025-03-01', '2026-03-01']) {
    it(`reasons, summaries and parameters match the full explanation on ${date}`, () => {
      let weakNotes = 0;
      for (const household of households) {
        const screened = screenHousehold(household, { date });
        if (!screened.ok) throw new Error(JSON.stringify(screened.errors));
        for (const s of screened.programs) {
          const program = catalog.find((e) => e.id === s.id)?.program;
          if (!program || s.unavailable) continue;
          const full = decideWithReasons(program, household, { date });
          expect(s.status).toBe(full.status);
          expect(s.summary).toEqual(full.summary);
          // The same sentences (one that reads like another of the program begins with its rule's name);
          // a decided reason resting on a figure below `secondary` is marked, and then the result has the
          // one note naming those figures, and only then.
          expect(s.reasons.map((r) => [r.id, r.outcome])).toEqual(full.criteria.map((c) => [c.id, c.outcome]));
          s.reasons.forEach((r, i) => {
            const c = full.criteria[i];
            const sentence = c?.sentence;
            const named = `${c?.label.ko}: ${sentence?.ko}`;
            if (r.text.ko === named) {
              expect(full.criteria.filter((x) => x.sentence.ko === sentence?.ko).length).toBeGreaterThan(1);
            } else {
              expect(r.text).toEqual(sentence);
            }
            if (r.weak) expect(r.outcome).not.toBeNull();
          });
          const marked = s.reasons.some((r) => r.weak);
          expect(s.figuresNote !== undefined).toBe(marked);
          if (s.figuresNote) {
            weakNotes++;
            expect(s.figuresNote.ko).toMatch(
              /^※ 표시한 판단에 쓴 .+ 기준은 (아직 한 곳의 자료로만 확인했습니다|아직 공식 자료에서 찾지 못했습니다|아직 공식 자료에서 찾지 못했고, .+ 기준은 한 곳의 자료로만 확인했습니다)\. 신청 전에 담당 기관에 확인해 주세요\.$/,
            );
          }
          expect(s.missing).toEqual(full.missing);
          expect(JSON.stringify(s.parameters)).toBe(JSON.stringify(full.parameters));
        }
      }
      // Not vacuous: some results rest on weak figures on both dates.
      expect(weakNotes).toBeGreaterThan(0);
    });
  }
});
