import { anyOf, type Sql } from './flags.ts';

/** How a row's criteria and amount become its status: shared by both query forms. */

/**
 * `decide` throws when running a criterion throws, or — unless some criterion is false — when
 * listing a criterion's missing inputs or running the amount does (eval-scalar/decide.ts).
 */
export function failure(ok: string, criteria: readonly Sql[], amount: Sql | null): string {
  const early = anyOf(criteria.map((x) => x.f));
  const late = anyOf([...criteria.map((x) => x.u), amount?.u ?? 'FALSE']);
  if (late === 'FALSE') return early;
  return anyOf([early, `(${ok} IS DISTINCT FROM FALSE AND ${late})`]);
}

/** A criterion reads NULL where its own evaluation hit the failed lookup, as in the batch result. */
export function hide(x: Sql): string {
  return x.f === 'FALSE' ? x.v : `(CASE WHEN NOT ${x.f} THEN ${x.v} END)`;
}

export function statusOf(ok: string, unavailable: string): string {
  const decided = `(CASE ${ok} WHEN TRUE THEN 'eligible' WHEN FALSE THEN 'ineligible' ELSE 'unknown' END)`;
  return unavailable === 'FALSE' ? decided : `(CASE WHEN ${unavailable} THEN 'unavailable' ELSE ${decided} END)`;
}
