import { describe, expect, it } from 'vitest';
import { screenHousehold } from '../src/shared/screen/screen.ts';
import { gwangjuRenter, person } from './helpers.ts';

/**
 * A test written with a shortcut ("소득인정액 ≤ 선정기준": the exact figure where known, its bounds where
 * not) is explained by the part that decided it: where the exact 소득인정액 is known, the figures an
 * answer cites, and the notes on figures not yet confirmed, are the exact figure's, not those of
 * bounds that assume every member could be in any earner group or own any car.
 */
const DATE = '2026-03-01';
const cited = (household: Parameters<typeof screenHousehold>[0], id: string) => {
  const screened = screenHousehold(household, { date: DATE });
  if (!screened.ok) throw new Error(JSON.stringify(screened.errors));
  const p = screened.programs.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return { status: p.status, ids: p.parameters.map((x) => `${x.id}${JSON.stringify(x.keys)}`), reasons: p.reasons };
};
// Bound-only figures: deductions of earner groups nobody here is in, and the car rate for a household with no car.
const REHAB = 'income-assessment.vocational-rehab-deduction-rate[]';
const CAR = 'income-assessment.conversion-rate["car"]';

describe('figures cited for a shortcut', () => {
  it('the exact 소득인정액 known: only the figures it read', () => {
    const r = cited(gwangjuRenter([person('head', 45, { earned: 900_000 })]), 'housing-benefit.rent');
    expect(r.status).toBe('eligible');
    expect(r.ids).toContain('income-assessment.conversion-rate["general"]');
    expect(r.ids).not.toContain(REHAB);
    expect(r.ids).not.toContain(CAR);
    const income = r.reasons.find((x) => x.id === 'income');
    expect(income?.text.ko).not.toContain('직업재활사업 참여자 근로소득 공제율');
  });

  it('the exact figure unknown (earnings not given): the bounds decide, and their figures are cited', () => {
    const head = person('head', 45, { pension: 3_000_000 });
    delete (head as Record<string, unknown>).earnedIncome;
    const r = cited(gwangjuRenter([head]), 'housing-benefit.rent');
    // Over the line whatever the earnings: a bound decides, worded as one, with the figures the bounds read.
    expect(r.status).toBe('ineligible');
    expect(r.reasons.find((x) => x.id === 'income')?.text.ko).toContain('일해서 번 돈을 빼고 보아도');
    expect(r.ids).toContain(CAR);
  });
});
