import { describe, expect, it } from 'vitest';
import { diffScreenings, type ProgramSnapshot } from '../../src/cases/screening.ts';

const snap = (id: string, status: ProgramSnapshot['status'], amount: number | null): ProgramSnapshot => ({
  id,
  name: id,
  status,
  amount,
  reasons: [],
});
const household = (married: boolean, rent: number, inCrisis: boolean) => ({
  tenure: 'monthly_rent',
  monthlyRent: rent,
  married,
  inCrisis,
  members: [{ relation: 'head', age: 40 }],
});

describe('a re-screen names, for each program, only the answers that program reads', () => {
  const before = {
    date: '2026-06-01',
    rulesVersion: 'same',
    household: household(false, 250_000, false),
    programs: [
      snap('housing-benefit.rent', 'eligible', 200_000),
      snap('public-rental.permanent', 'unknown', null),
      snap('emergency-housing', 'ineligible', null),
    ],
  };
  const after = {
    ...before,
    household: household(true, 300_000, true),
    programs: [
      snap('housing-benefit.rent', 'eligible', 230_000),
      snap('public-rental.permanent', 'eligible', null),
      snap('emergency-housing', 'unknown', null),
    ],
  };
  const why = (id: string) => diffScreenings(before, after).find((c) => c.programId === id)?.why.ko ?? '';

  it('주거급여 is told of the rent, not of a marriage or a crisis it never reads', () => {
    expect(why('housing-benefit.rent')).toMatch(
      /^가구 답 변화\(월세\) 때문에 .* 금액이 200,000원에서 230,000원으로 바뀌었어요/,
    );
  });

  it('긴급 주거지원 is told of the crisis; 영구임대, reading none of them, is told of no answer', () => {
    expect(why('emergency-housing')).toContain('가구 답 변화(갑작스러운 위기');
    expect(why('emergency-housing')).not.toContain('월세');
    expect(why('public-rental.permanent')).not.toContain('가구 답 변화');
  });

  it('a change of rules is said in words, not as the rules’ fingerprint', () => {
    const changed = diffScreenings(before, { ...after, household: before.household, rulesVersion: 'b8cf9747' });
    const permanent = changed.find((c) => c.programId === 'public-rental.permanent')?.why.ko ?? '';
    expect(permanent).toMatch(/^제도 규칙이나 수치의 변경 때문에/);
    expect(permanent).not.toContain('b8cf9747');
  });
});
