/** Work PostgreSQL would otherwise do for every row, done once while compiling or made cheaper. */

/** Float literal that round-trips: JS prints the shortest string that parses back to the same double. */
export function num(n: number): string {
  return `${n < 0 ? `(${n})` : String(n)}::double precision`;
}

/** The number a literal written by `num` stands for; undefined for any other SQL. */
export function literalNumber(sql: string): number | undefined {
  const m = /^\(?(-?[0-9][0-9.e+-]*)\)?::double precision$/.exec(sql);
  return m ? Number(m[1]) : undefined;
}

/**
 * `l op r` worked out now when both are literals: JavaScript's doubles add, subtract, multiply
 * and divide exactly as PostgreSQL's float8 does. Left to PostgreSQL where it would answer
 * otherwise (an overflow or underflow it reports as an error, a division by zero it makes NULL) or where
 * `num` cannot write the result (-0, NaN).
 */
export function fold(
  op: 'add' | 'sub' | 'mul' | 'div',
  l: number | undefined,
  r: number | undefined,
): string | undefined {
  if (l === undefined || r === undefined || (op === 'div' && r === 0)) return undefined;
  const x = op === 'add' ? l + r : op === 'sub' ? l - r : op === 'mul' ? l * r : l / r;
  // PostgreSQL reports a product or quotient that rounds to 0 from non-zero operands as an error.
  const underflow = x === 0 && l !== 0 && (op === 'div' || (op === 'mul' && r !== 0));
  return Number.isFinite(x) && !Object.is(x, -0) && !underflow ? num(x) : undefined;
}

/**
 * min or max of two operands as two comparisons, which PostgreSQL runs cheaper than a NULL
 * guard around LEAST/GREATEST (a function call per operand). The same answer in every case:
 * both keep the first operand on a tie (so of 0 and -0 the first stays), order NaN above every
 * number, and give NULL when either operand is NULL (no comparison holds).
 */
export function pairMinMax(op: 'min' | 'max', a: string, b: string): string {
  const [keep, other] = op === 'min' ? ['<=', '>'] : ['>=', '<'];
  return `(CASE WHEN ${a} ${keep} ${b} THEN ${a} WHEN ${a} ${other} ${b} THEN ${b} END)`;
}
