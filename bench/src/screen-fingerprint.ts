import { createHash } from 'node:crypto';
import { screenHousehold } from '@jibsa/programs';
import { makeDemoHousehold } from '../../packages/server/src/seed/demo-households.ts';
import { seededRandom } from '../../packages/server/src/seed/random.ts';

/**
 * The sha256 of screenHousehold's whole output (status, amounts, reasons, missing inputs, cited
 * figures, next questions) for 2,101 fictional demo households on two dates, one before the 2025
 * car rules and one after. A speed change that must leave every answer as it was prints the same
 * hash on the commit before and after it:
 *
 *   node --import tsx bench/src/screen-fingerprint.ts
 *
 * Any change to a figure, a sentence or a rule changes the hash too, so it is a tool to run on two
 * commits, not a test with a stored value.
 */
export function screenFingerprint(): { households: number; sha256: string } {
  const rand = seededRandom(2026);
  const households = Array.from({ length: 2101 }, () => makeDemoHousehold(rand).household);
  const hash = createHash('sha256');
  for (const date of ['2024-06-01', '2026-03-01'])
    for (const h of households) hash.update(JSON.stringify(screenHousehold(structuredClone(h), { date })));
  return { households: households.length, sha256: hash.digest('hex') };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { households, sha256 } = screenFingerprint();
  console.log(`screenHousehold over ${households} demo households × 2 dates: sha256 ${sha256}`);
}
