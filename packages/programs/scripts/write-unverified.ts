/**
 * Writes packages/programs/UNVERIFIED.md: every parameter period still `verified: false`, with
 * its id, period and note. Run after changing any parameters file:
 *
 *   npx tsx packages/programs/scripts/write-unverified.ts
 *
 * test/parameters.test.ts fails while the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderUnverified } from '../src/shared/catalog/audit.ts';

const target = fileURLToPath(new URL('../UNVERIFIED.md', import.meta.url));
writeFileSync(target, renderUnverified());
console.log(`wrote ${target}`);
