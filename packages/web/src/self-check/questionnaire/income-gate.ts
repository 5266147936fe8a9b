import { memberPath, parsePath } from './paths.ts';

/**
 * "Does this person have any money coming in?" is asked before the four kinds of income of
 * everyone but the person answering, so that "no" settles all four at once: a family of four
 * with two children is asked 5 fewer questions. It is not an engine input; only the four
 * incomes reach the rules.
 */
export const HAS_INCOME = 'hasIncome';
export const INCOME_FIELDS = ['earnedIncome', 'businessIncome', 'pensionIncome', 'otherIncome'] as const;

export function isIncomeField(name: string): boolean {
  return (INCOME_FIELDS as readonly string[]).includes(name);
}

export function isIncomeGate(path: string): { index: number } | null {
  const p = parsePath(path);
  return p.scope === 'member' && p.name === HAS_INCOME ? { index: p.index } : null;
}

export const incomeGatePath = (index: number) => memberPath(index, HAS_INCOME);
