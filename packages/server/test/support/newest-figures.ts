import { findProgram } from '@jibsa/programs';

/**
 * The newest year Jibsa holds a 기준 중위소득 for: tests of "a date past the newest figures" screen
 * the year after it, and keep working as each year's figures are added.
 */
export function newestMedianYear(): number {
  const median = findProgram('housing-benefit.rent')?.program?.parameters.get('basic-livelihood.median-income');
  if (!median) throw new Error('housing-benefit.rent reads no 기준 중위소득');
  return Math.max(...median.periods.map((p) => Number(p.from.slice(0, 4))));
}
