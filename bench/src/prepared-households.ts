import { checkHousehold } from '@jibsa/programs';
import type { Household } from '@jibsa/rules';
import { makeDemoHousehold } from '../../packages/server/src/seed/demo-households.ts';
import { seededRandom } from '../../packages/server/src/seed/random.ts';
import { completeDemo } from './complete-demo.ts';

/** `n` fictional demo households (4,000 distinct, repeated), checked and prepared exactly as `screenHousehold` prepares them. */
export function preparedHouseholds(n: number, date: string): Household[] {
  const rand = seededRandom(2026);
  const carAge = seededRandom(10);
  const base = Array.from({ length: 4000 }, () => {
    const demo = completeDemo(makeDemoHousehold(rand).household, carAge);
    const checked = checkHousehold(demo, date);
    if (!checked.ok) throw new Error('a demo household does not validate');
    return checked.value;
  });
  return Array.from({ length: n }, (_, i) => base[i % base.length] as Household);
}
