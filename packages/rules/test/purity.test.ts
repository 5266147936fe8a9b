import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

describe('src is pure (runs unchanged in the browser)', () => {
  it.each(files(SRC).map((f) => [f.slice(SRC.length + 1), f]))('%s has no Node APIs, I/O or test deps', (_n, f) => {
    const text = readFileSync(f, 'utf8');
    expect(text).not.toMatch(/from ['"](node:|fs|path|os|pg|@electric-sql)/);
    expect(text).not.toMatch(/\b(process\.|Buffer\b|require\(|fetch\(|console\.)/);
    expect(text.split('\n').length).toBeLessThan(400);
  });
});
