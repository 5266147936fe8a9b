import { describe, expect, it } from 'vitest';
import { whatIfParameters } from '../../src/outreach/what-if/parameters.ts';

describe('the figures a policy what-if offers, per program', () => {
  it("lists the program's own line first and the shared 소득인정액 figures last", () => {
    const programs = whatIfParameters('2026-06-01');
    const ids = (id: string) => programs.find((p) => p.id === id)?.parameters.map((x) => x.id) ?? [];
    expect(ids('housing-benefit.rent')[0]).toBe('housing-benefit.selection-rate');
    expect(ids('basic-livelihood.livelihood')[0]).toBe('basic-livelihood.selection-rate.livelihood');
    expect(ids('public-rental.permanent')[0]).toBe('public-rental.permanent.income-rate');
    for (const p of programs) {
      const shared = p.parameters.map((x) => x.id.startsWith('income-assessment.'));
      // Once the shared figures start, nothing of the program's own follows.
      expect(shared.indexOf(true) === -1 || !shared.slice(shared.indexOf(true)).includes(false), p.id).toBe(true);
    }
  });
});
