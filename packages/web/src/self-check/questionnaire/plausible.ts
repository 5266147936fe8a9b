import { parsePath } from './paths.ts';

/**
 * Amounts above these are rare enough for a household asking for housing help that a slip of
 * the unit (300,000 typed with 만원 chosen = 30억원) is the likelier story: the person is asked
 * "월 30억원이 맞나요?" and may keep the amount. Never a limit: a real large figure goes through.
 */
const USUAL_MAX: Readonly<Record<string, number>> = {
  deposit: 1_000_000_000,
  monthlyRent: 5_000_000,
  financialAssets: 3_000_000_000,
  residentialProperty: 3_000_000_000,
  otherProperty: 3_000_000_000,
  carValue: 200_000_000,
  debts: 3_000_000_000,
  parentsMonthlyIncome: 50_000_000,
  parentsProperty: 10_000_000_000,
  earnedIncome: 30_000_000,
  businessIncome: 50_000_000,
  pensionIncome: 10_000_000,
  otherIncome: 20_000_000,
};

/** Whether an answer is far enough outside the usual range to ask "…이 맞나요?" first. */
export function needsConfirming(path: string, won: number): boolean {
  const p = parsePath(path);
  if (p.scope === 'members') return false;
  const max = USUAL_MAX[p.name];
  return max !== undefined && won > max;
}
