import { listParameters } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { allParameters } from '../src/shared/catalog/audit.ts';
import { catalog } from '../src/shared/catalog/registry.ts';

/**
 * A figure no rule reads is either information for people (a loan's rate, how many months support
 * lasts, a published table kept to check a computed line) or a rule not written yet. Either way it
 * says so in `informationOnly`; a figure that is silently unused fails here.
 */
describe('every parameter is read by a program or says why not', () => {
  const read = new Set(
    catalog
      .flatMap((e) => (e.program ? listParameters(e.program) : []))
      .flatMap((d) => [d.id, ...(d.derivedFrom ?? [])]),
  );
  it('programs read most parameters (sanity)', () => expect(read.size).toBeGreaterThan(60));
  for (const d of allParameters()) {
    it(d.id, () => {
      if (read.has(d.id)) {
        expect(d.informationOnly, `${d.id} is read by a program but marked information-only`).toBeUndefined();
      } else {
        expect(
          d.informationOnly?.trim(),
          `${d.id} is read by no program: wire it or give informationOnly a reason`,
        ).toBeTruthy();
      }
    });
  }
});
