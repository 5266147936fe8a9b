/**
 * PostgreSQL counterpart of eval-batch/lanes.ts. Every node compiles to a value plus two
 * boolean expressions that are never NULL:
 *  - `f`: the scalar evaluator's `run` throws ParameterLookupError for this row (a table key
 *    no cell covers, reached on the path `run` actually takes);
 *  - `u`: `run` or, when the value is unknown, listing its missing inputs (`collect`, which
 *    also visits operands `run` skipped) throws.
 * PostgreSQL gives no evaluation order for AND/OR and evaluates every operand of a strict
 * operator, so laziness cannot be left to the database: the flags spell out the scalar
 * evaluator's order with CASE, whose arms PostgreSQL does evaluate in order. The literal
 * FALSE stands for "no lookup below can miss" and is folded away, so a flag only costs
 * SQL where a table is read.
 */
export interface Sql {
  readonly v: string;
  readonly f: string;
  readonly u: string;
}

export function plain(v: string): Sql {
  return { v, f: 'FALSE', u: 'FALSE' };
}

/** OR of never-NULL flags, dropping the literal FALSE. */
export function anyOf(flags: readonly string[]): string {
  const live = [...new Set(flags.filter((x) => x !== 'FALSE'))];
  return live.length === 0 ? 'FALSE' : live.length === 1 ? (live[0] as string) : `(${live.join(' OR ')})`;
}

/** Strict nodes evaluate every operand, so flags simply propagate. */
export function strict(v: string, parts: readonly Sql[]): Sql {
  return { v, f: anyOf(parts.map((p) => p.f)), u: anyOf(parts.map((p) => p.u)) };
}

/**
 * Operands walked left to right until `stop` holds for one (unknown for min/max, decisive for
 * and/or): `f` is the first failing operand up to that point; when the result is unknown
 * `collect` visits every operand, so `u` takes all their `u`.
 */
export function sequential(v: string, parts: readonly Sql[], stop: (x: string) => string): Sql {
  const u = anyOf(parts.map((p) => p.u));
  if (u === 'FALSE') return plain(v);
  const arms: string[] = [];
  let last = 0;
  parts.forEach((p, i) => {
    if (p.f !== 'FALSE') {
      arms.push(`WHEN ${p.f} THEN TRUE`);
      last = arms.length;
    }
    if (i < parts.length - 1) arms.push(`WHEN ${stop(p.v)} THEN FALSE`);
  });
  // Stop arms after the last failing operand cannot change the answer.
  const f = last === 0 ? 'FALSE' : `(CASE ${arms.slice(0, last).join(' ')} ELSE FALSE END)`;
  return { v, f, u: anyOf([f, `(${v} IS NULL AND ${u})`]) };
}

/** Only the taken branch runs; under an unknown condition `collect` visits both. */
export function ifFlags(c: Sql, a: Sql, b: Sql): { f: string; u: string } {
  const f =
    c.f === 'FALSE' && a.f === 'FALSE' && b.f === 'FALSE'
      ? 'FALSE'
      : `(CASE WHEN ${c.f} THEN TRUE WHEN ${c.v} IS TRUE THEN ${a.f} WHEN ${c.v} IS FALSE THEN ${b.f} ELSE FALSE END)`;
  const u =
    c.u === 'FALSE' && a.u === 'FALSE' && b.u === 'FALSE'
      ? 'FALSE'
      : `(CASE WHEN ${c.u} THEN TRUE WHEN ${c.v} IS TRUE THEN ${a.u} WHEN ${c.v} IS FALSE THEN ${b.u} ELSE ${anyOf([a.u, b.u])} END)`;
  return { f, u };
}
