import { describe, expect, it } from 'vitest';
import { fold, literalNumber, num, pairMinMax } from '../src/sql/fold.ts';
import { pgliteForBlock } from './fixtures/sql-harness.ts';

/** float8 values whose order, ties and signs are where min/max and arithmetic go wrong. */
const EDGES = ['NULL', '0', "'-0'", '1', '-1', '1.5', "'NaN'", "'Infinity'", "'-Infinity'", '1e308'];

describe('work done while compiling answers as PostgreSQL would (PGlite)', () => {
  const { q } = pgliteForBlock();

  it('two-operand min/max as comparisons equals the NULL-guarded LEAST/GREATEST they replace', async () => {
    const values = EDGES.map((x) => `(${x}::double precision)`).join(', ');
    const cols = (['min', 'max'] as const).flatMap((op) => {
      const fn = op === 'min' ? 'LEAST' : 'GREATEST';
      return [
        // Text, so -0 and 0 differ.
        `${pairMinMax(op, 'a.x', 'b.x')}::text AS "${op}_new"`,
        `(CASE WHEN a.x IS NOT NULL AND b.x IS NOT NULL THEN ${fn}(a.x, b.x) END)::text AS "${op}_old"`,
      ];
    });
    const { rows } = await q(
      `SELECT a.x::text AS a, b.x::text AS b, ${cols.join(', ')} FROM (VALUES ${values}) AS a(x), (VALUES ${values}) AS b(x)`,
    );
    expect(rows.length).toBe(EDGES.length ** 2);
    for (const r of rows) {
      expect(r.min_new, `min(${r.a}, ${r.b})`).toBe(r.min_old);
      expect(r.max_new, `max(${r.a}, ${r.b})`).toBe(r.max_old);
    }
    // Not vacuous: a tie of 0 and -0 keeps the first operand, as LEAST does.
    expect(rows.find((r) => r.a === '-0' && r.b === '0')?.min_new).toBe('-0');
  });

  it('arithmetic on two literals folds to the double PostgreSQL computes, and is left to it otherwise', async () => {
    const nums = [0, 1, -1, 0.1, 0.2, 0.3, 1 / 3, 12, 0.0417, 5_000_000, 1e308, -1e308, 2 ** 53, 2 ** -1074];
    let folded = 0;
    for (const op of ['add', 'sub', 'mul', 'div'] as const)
      for (const l of nums)
        for (const r of nums) {
          const sql = `${num(l)} ${{ add: '+', sub: '-', mul: '*', div: '/' }[op]} ${num(r)}`;
          const got = fold(op, l, r);
          if (got === undefined) continue;
          folded++;
          const { rows } = await q(`SELECT (${sql})::text AS x`);
          expect(literalNumber(got), sql).toBe(Number(rows[0]?.x));
        }
    // Overflow and underflow (errors in PostgreSQL), -0 and division by zero stay in the SQL.
    expect(fold('mul', 1e308, 10)).toBeUndefined();
    expect(fold('mul', 2 ** -1074, 0.1)).toBeUndefined();
    expect(fold('div', 2 ** -1074, 12)).toBeUndefined();
    expect(fold('mul', 0, -1)).toBeUndefined();
    expect(fold('div', 1, 0)).toBeUndefined();
    expect(folded).toBeGreaterThan(500);
  });

  it('reads back the literals `num` writes, and nothing else', () => {
    for (const x of [0, 7, -3.5, 0.0417, 1e21, 2 ** -1074, -1e308]) expect(literalNumber(num(x))).toBe(x);
    for (const s of ['h."size"', "'7'", 'NULL', '(1 + 2)::double precision', 'NaN::double precision'])
      expect(literalNumber(s)).toBeUndefined();
  });
});
