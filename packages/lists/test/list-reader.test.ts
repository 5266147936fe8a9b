import { checkHousehold, householdSchema } from '@jibsa/programs';
import type { Household, Schema } from '@jibsa/rules';
import { toColumns } from '@jibsa/rules/batch';
import { describe, expect, it } from 'vitest';
import { ListReader, type RowProblem } from '../src/columns/list-reader.ts';
import { quickMoney } from '../src/columns/quick-money.ts';
import type { SourceRow } from '../src/list-error.ts';
import { columnOf, mapRow, suggestMapping } from '../src/mapping.ts';
import { parseMoney } from '../src/values.ts';
import { random, randomList } from './list-files.ts';

const DATE = '2026-03-01';

/** The general path, a row at a time: mapRow, checkHousehold, toColumns. */
function general(headers: string[], rows: SourceRow[], mapping: Record<string, string>) {
  const households: Household[] = [];
  const at: number[] = [];
  const problems = new Map<number, RowProblem[]>();
  const references: (string | null)[] = [];
  rows.forEach((source, r) => {
    if (!('cells' in source)) {
      problems.set(r, [{ column: '', ...source.broken }]);
      references.push(null);
      at.push(-1);
      return;
    }
    const mapped = mapRow(headers, source.cells, mapping);
    references.push(mapped.reference);
    if (mapped.errors.length > 0) {
      problems.set(
        r,
        mapped.errors.map((e) => ({ column: e.column, ko: e.message.ko, en: e.message.en })),
      );
      at.push(-1);
      return;
    }
    const checked = checkHousehold(mapped.household, DATE);
    if (!checked.ok) {
      problems.set(
        r,
        checked.errors.map((e) => ({
          column: columnOf(e.path, mapping),
          ko: e.message.ko,
          en: e.message.en,
          code: e.code,
        })),
      );
      at.push(-1);
      return;
    }
    at.push(households.length);
    households.push(checked.value);
  });
  return { households, at, problems, references };
}

describe('reading a list straight into columns', () => {
  it("gives the general path's columns, problems and references on 150 random lists", () => {
    let bad = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const { headers, rows } = randomList(seed);
      const mapping = suggestMapping(headers);
      const want = general(headers, rows, mapping);
      const reader = new ListReader(headers, mapping, DATE);
      // Two blocks through one reader: the kept outcomes carry over from the first.
      for (const part of [rows.slice(0, 150), rows.slice(150)]) {
        const offset = part === rows ? 0 : rows.indexOf(part[0] as SourceRow);
        const block = reader.read(part);
        const wantAt = want.at.slice(offset, offset + part.length);
        const first = wantAt.find((k) => k >= 0) ?? 0;
        const goods = want.households.slice(first, first + wantAt.filter((k) => k >= 0).length);
        expect({ seed, at: [...block.at] }).toEqual({ seed, at: wantAt.map((k) => (k >= 0 ? k - first : -1)) });
        expect({ seed, columns: block.columns }).toEqual({
          seed,
          columns: toColumns(householdSchema as unknown as Schema, goods),
        });
        const problems = new Map(
          [...want.problems].filter(([r]) => r >= offset && r < offset + part.length).map(([r, p]) => [r - offset, p]),
        );
        expect({ seed, problems: block.problems }).toEqual({ seed, problems });
        expect(block.references).toEqual(want.references.slice(offset, offset + part.length));
        expect([...block.rowNumbers]).toEqual(part.map((p) => p.row));
        if (goods.length > 0) expect(block.household(goods.length - 1)).toEqual(goods.at(-1));
        bad += problems.size;
      }
    }
    // The lists must hold bad rows of every kind, not only good ones.
    expect(bad).toBeGreaterThan(1000);
  });

  it('reads the money shapes it knows exactly as parseMoney does, and leaves the rest to it', () => {
    const r = random(99);
    const parts = ['1', '0', '9', ',', '만', '원', ' ', '억', '.', '-', '천'];
    let known = 0;
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: 1 + Math.floor(r.next() * 10) }, () =>
        r.next() < 0.7 ? String(Math.floor(r.next() * 10)) : r.pick(parts),
      ).join('');
      const quick = quickMoney(text);
      if (quick === undefined) continue;
      known++;
      expect({ text, value: quick }).toEqual({ text, value: (parseMoney(text) as { value: number }).value });
    }
    expect(known).toBeGreaterThan(5000);
  });
});
