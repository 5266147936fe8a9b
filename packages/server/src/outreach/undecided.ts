import { TARGET_FIELDS, targetField } from '@jibsa/lists';
import type { Label } from '@jibsa/rules';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { JobTallies } from './jobs/tallies.ts';

/** The fields named under the undecided count: enough to show what to add, few enough to read. */
const SHOWN = 6;

const MEMBERS: Label = { ko: '다른 가구원 (나이·소득)', en: 'Other household members (age, income)' };

/** Ties in the fields' own order (the car's value before its kind), other members last. */
const ORDER = new Map([...TARGET_FIELDS.map((f, i) => [f.key, i] as const), ['members', TARGET_FIELDS.length]]);

/**
 * Asked only once there is a car: named under the car's value when that holds back as many
 * households (their lack follows from it), so the list says "자동차 가액", not four car fields.
 */
const FOLLOWS: Readonly<Record<string, string>> = {
  carUse: 'carValue',
  carKind: 'carValue',
  carEngine: 'carValue',
  carOld: 'carValue',
};

/** The column a field is read from (the head's age from a birth date too), or null when the list has none. */
function columnFor(key: string, mapping: Readonly<Record<string, string>>): string | null {
  const wanted = key === 'head.age' ? ['head.age', 'head.birthDate'] : [key];
  return Object.entries(mapping).find(([, k]) => wanted.includes(k))?.[0] ?? null;
}

/**
 * The households that need more information, and what holds them back, most households first, each
 * with the column it would come from (null: the list has no such column). A list without 자동차
 * or 부채 columns had shown "없음" everywhere while every household was in fact undecided.
 */
export function undecidedOut(u: NonNullable<JobTallies['undecided']>, mapping: Readonly<Record<string, string>>) {
  const missing = Object.entries(u.missing)
    .filter(([key, n]) => n > 0 && !(FOLLOWS[key] && (u.missing[FOLLOWS[key]] ?? 0) >= n))
    .sort(([a, m], [b, n]) => n - m || (ORDER.get(a) ?? 999) - (ORDER.get(b) ?? 999) || (a < b ? -1 : 1))
    .slice(0, SHOWN)
    .map(([key, households]) => {
      const field = targetField(key);
      return {
        key,
        label: key === 'members' ? MEMBERS : (field?.label ?? { ko: key, en: key }),
        column: key === 'members' ? null : columnFor(key, mapping),
        households,
      };
    });
  return { households: u.households, missing };
}

/** The same counts from a job's rows, for a job that did not keep them as it went (job-summary.ts). */
export async function countUndecided(
  db: FastifyInstance['db'],
  jobId: string,
): Promise<NonNullable<JobTallies['undecided']>> {
  const undecided = sql`r.job_id = ${jobId} and r.ok and r.eligible_count = 0
    and r.programs @> ${JSON.stringify([{ status: 'unknown' }])}::jsonb`;
  const [total, fields] = await Promise.all([
    sql<{ n: number }>`select count(*)::int as n from outreach_result r where ${undecided}`.execute(db),
    // As tallies.ts missingField: the head's inputs by their column's key, other members' as one.
    sql<{ field: string; n: number }>`
      select case when p like 'members[0].%' then 'head.' || substr(p, 12)
        when p like 'members%' then 'members' else p end as field,
        count(distinct r.row_number)::int as n
      from outreach_result r, jsonb_array_elements_text(r.missing_paths) p
      where ${undecided}
      group by 1`.execute(db),
  ]);
  return {
    households: total.rows[0]?.n ?? 0,
    missing: Object.fromEntries(fields.rows.map((r) => [r.field, r.n])),
  };
}
