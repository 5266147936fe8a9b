import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');

/** Every source file reachable from an entry through relative imports and re-exports. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:import|export)[^'"]*?from\s+'(\.[^']+)'/g)) {
      visit(path.resolve(path.dirname(file), m[1] as string));
    }
  };
  visit(path.join(SRC, entry));
  return new Set([...seen].map((f) => path.relative(SRC, f)));
}

describe('entry points', () => {
  it('the main entry (what the browser loads) reaches neither the batch kernels nor the SQL compiler', () => {
    const main = reachable('index.ts');
    expect(main.size).toBeGreaterThan(20);
    expect([...main].filter((f) => f.startsWith('eval-batch/') || f.startsWith('sql/'))).toEqual([]);
  });

  it('@jibsa/rules/batch and @jibsa/rules/sql carry them', () => {
    expect([...reachable('batch.ts')].some((f) => f === 'eval-batch/fused.ts')).toBe(true);
    expect([...reachable('sql.ts')].some((f) => f === 'sql/select.ts')).toBe(true);
  });
});
