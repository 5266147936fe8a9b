import { screenHousehold } from '@jibsa/programs';
import { describe, expect, it } from 'vitest';
import { diffScreenings, toSnapshot } from '../../src/cases/screening.ts';
import { ELDERLY_RENTER_ALONE } from '../support/households.ts';

const date = '2026-06-01';
const snapshot = (household: object) => {
  const s = screenHousehold(household, { date });
  if (!s.ok) throw new Error(JSON.stringify(s.errors));
  return { programs: toSnapshot(s), rulesVersion: s.rulesVersion, date, household };
};

describe('what changed since the last screening, program by program', () => {
  it('names at most three changed answers a program reads and counts the rest (16 names read as a wall)', () => {
    const before = snapshot(ELDERLY_RENTER_ALONE);
    const after = snapshot({
      ...ELDERLY_RENTER_ALONE,
      deposit: 20_000_000,
      monthlyRent: 150_000,
      financialAssets: 30_000_000,
      otherProperty: 50_000_000,
      debts: 1_000_000,
      members: [{ ...ELDERLY_RENTER_ALONE.members[0], pensionIncome: 900_000 }],
    });
    const changes = diffScreenings(before, after);
    const rent = changes.find((c) => c.programId === 'housing-benefit.rent');
    expect(rent?.why.ko).toMatch(/^가구 답 변화\(([^,()]+(\([^)]*\))?, ){2}[^,()]+(\([^)]*\))? 외 \d+개\)/);
    expect(rent?.why.en).toMatch(/changes in the household's answers \(.+ and 3 more\)/);
    // Every line stays short: no more than three answers named in any program's line.
    for (const c of changes) {
      const inside = c.why.ko.match(/가구 답 변화\((.*?)( 외 \d+개)?\)/)?.[1] ?? '';
      expect(inside.split(', ').length, c.programId).toBeLessThanOrEqual(3);
    }
  });
});
