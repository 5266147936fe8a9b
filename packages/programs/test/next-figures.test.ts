import { describe, expect, it } from 'vitest';
import { findProgram } from '../src/shared/catalog/registry.ts';
import { screenHousehold } from '../src/shared/screen/screen.ts';
import { ELDER_RENTER_ALONE } from './helpers.ts';

function rentOn(date: string) {
  const out = screenHousehold(ELDER_RENTER_ALONE, { date });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  const r = out.programs.find((p) => p.id === 'housing-benefit.rent');
  if (!r) throw new Error('housing-benefit.rent missing');
  return r;
}

describe('the date the next figures take effect', () => {
  it('is the earliest later period of any figure the result read', () => {
    const r = rentOn('2025-06-01');
    const program = findProgram('housing-benefit.rent')?.program;
    if (!program) throw new Error('no program');
    // Computed independently: every later period start among the figures read, the earliest one.
    const later = r.parameters
      .flatMap((u) => program.parameters.get(u.id)?.periods ?? [])
      .map((p) => p.from)
      .filter((from) => from > '2025-06-01')
      .sort();
    expect(later.length).toBeGreaterThan(0);
    expect(r.nextFiguresOn).toBe(later[0]);
    expect(r.nextFiguresOn).toBe('2026-01-01');
  });

  it('is absent when no later figure is in Jibsa yet', () => {
    const r = rentOn('2026-12-04');
    const program = findProgram('housing-benefit.rent')?.program;
    const later = r.parameters
      .flatMap((u) => program?.parameters.get(u.id)?.periods ?? [])
      .filter((p) => p.from > '2026-12-04');
    expect(r.nextFiguresOn).toBe(later.length ? later.map((p) => p.from).sort()[0] : undefined);
  });
});
