import { type Kysely, sql } from 'kysely';
import type { Database, District } from '../db/schema.ts';
import { type Milestone, MOVING_SUPPORT_PROGRAMS, pathwayView } from './milestones.ts';

/** The pathway as the case page shows it; `active: false` with empty steps when none was started. */
export async function readPathway(db: Kysely<Database>, caseId: string, today: string) {
  const head = await db
    .selectFrom('case_pathway')
    .select(['from_housing_type', (eb) => eb.cast<string>('started_on', 'text').as('startedOn')])
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  const rows = head
    ? await db
        .selectFrom('pathway_milestone')
        .select(['milestone', 'note', (eb) => eb.cast<string>('reached_on', 'text').as('reachedOn')])
        .where('case_id', '=', caseId)
        .execute()
    : [];
  const notes = new Map(rows.map((r) => [r.milestone, r.note]));
  const view = pathwayView(
    rows.map((r) => ({ milestone: r.milestone as Milestone, reachedOn: r.reachedOn })),
    today,
  );
  const referrals = await db
    .selectFrom('referral')
    .innerJoin('agency_service', 'agency_service.id', 'referral.service_id')
    .innerJoin('agency', 'agency.id', 'referral.agency_id')
    .select([
      'referral.id',
      'referral.number',
      'referral.status',
      'referral.outcome',
      'agency_service.name as serviceName',
      'agency_service.program_ids as programIds',
      'agency.name as agencyName',
    ])
    .where('referral.case_id', '=', caseId)
    .orderBy('referral.created_at')
    .execute();
  return {
    caseId,
    active: head !== undefined,
    fromHousingType: head?.from_housing_type ?? null,
    startedOn: head?.startedOn ?? null,
    steps: head ? view.steps.map((s) => ({ ...s, note: notes.get(s.milestone) ?? null })) : [],
    next: head ? view.next : null,
    supportReferrals: referrals
      .filter((r) => (r.programIds as unknown as string[]).some((p) => MOVING_SUPPORT_PROGRAMS.includes(p)))
      .map(({ programIds: _p, ...r }) => r),
  };
}

/** The yearly count of households moved up, read from the recorded moves (one per case at most). */
export async function upgradeStats(db: Kysely<Database>, year: number) {
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  const moved = await db
    .selectFrom('pathway_milestone as m')
    .innerJoin('case_pathway as p', 'p.case_id', 'm.case_id')
    .innerJoin('case_record as c', 'c.id', 'm.case_id')
    .select([
      'c.district',
      'p.from_housing_type',
      sql<boolean>`exists (select 1 from pathway_milestone s where s.case_id = m.case_id and s.milestone = 'settled_6m')`.as(
        'settled',
      ),
    ])
    .where('m.milestone', '=', 'moved')
    .where('m.reached_on', '>=', from)
    .where('m.reached_on', '<', to)
    .execute();
  const started = await db
    .selectFrom('case_pathway')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('started_on', '>=', from)
    .where('started_on', '<', to)
    .executeTakeFirstOrThrow();
  const count = <K extends string>(keys: K[]) => {
    const m = new Map<K, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
  };
  return {
    year,
    moved: moved.length,
    byDistrict: count(moved.map((r) => r.district as District)).map(([district, n]) => ({ district, moved: n })),
    byFromHousingType: count(moved.map((r) => r.from_housing_type)).map(([t, n]) => ({ fromHousingType: t, moved: n })),
    settled6m: moved.filter((r) => r.settled).length,
    started: Number(started.n),
  };
}
