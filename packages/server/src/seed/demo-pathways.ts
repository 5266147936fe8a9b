import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { addMonths, MILESTONES, NON_HOUSING_TYPES } from '../pathway/milestones.ts';

/** Days before `today`, as an ISO date. */
const daysBefore = (today: string, days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * 주거상향 pathways on the demo cases that live in non-housing, each at a different step, so the
 * case page and the city's yearly count show something on a fresh start. Dates are relative to
 * today and never in the future.
 */
export async function seedDemoPathways(db: Kysely<Database>, today: string): Promise<void> {
  const cases = await db.selectFrom('case_record').select(['id', 'version', 'housing']).orderBy('number').execute();
  const eligible = cases.filter((c) =>
    (NON_HOUSING_TYPES as readonly string[]).includes((c.housing as { housingType?: string }).housingType ?? ''),
  );
  for (const [i, c] of eligible.slice(0, 10).entries()) {
    const startedOn = daysBefore(today, 320 - i * 25);
    await db
      .insertInto('case_pathway')
      .values({
        case_id: c.id,
        from_housing_type: (c.housing as { housingType: string }).housingType,
        started_on: startedOn,
        started_by: null,
      })
      .execute();
    // The first cases are furthest along: all seven steps for the first, fewer for later ones.
    const steps = MILESTONES.slice(0, Math.max(1, 7 - i));
    const dates: Record<string, string> = {
      counseling: startedOn,
      rental_applied: daysBefore(today, 300 - i * 25),
      move_in_decided: daysBefore(today, 250 - i * 25),
      moved: daysBefore(today, 220 - i * 25),
    };
    const moved = dates.moved as string;
    for (const [k, months] of [
      ['settled_1m', 1],
      ['settled_3m', 3],
      ['settled_6m', 6],
    ] as const) {
      dates[k] = addMonths(moved, months);
    }
    const rows = steps
      .filter((m) => (dates[m] as string) <= today)
      .map((m) => ({ case_id: c.id, milestone: m, reached_on: dates[m] as string, note: null, recorded_by: null }));
    if (rows.length) await db.insertInto('pathway_milestone').values(rows).execute();
    await db
      .insertInto('case_event')
      .values({
        case_id: c.id,
        actor_id: null,
        kind: 'pathway.started',
        version: c.version,
        detail: JSON.stringify({ fromHousingType: (c.housing as { housingType: string }).housingType, startedOn }),
      })
      .execute();
  }
}
