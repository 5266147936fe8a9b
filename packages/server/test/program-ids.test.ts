import { PROGRAM_ID_ALIASES } from '@jibsa/programs';
import { type Kysely, sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { down, PROGRAM_ID_COLUMNS, RENAMED, up } from '../src/db/migrations/0015-program-ids.ts';
import { appPerBlock } from './support/app.ts';
import { describeOnEachDatabase } from './support/backends.ts';
import { loginPerBlock } from './support/staff.ts';

const OLD = Object.keys(PROGRAM_ID_ALIASES);

/** Every program id stored anywhere migration 0015 looks, one string per table.column. */
async function stored(db: Kysely<unknown>): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [table, column] of PROGRAM_ID_COLUMNS) {
    const r = await sql<{
      all: string | null;
    }>`select string_agg(${sql.ref(column)}::text, ' ') as all from ${sql.table(table)}`.execute(db);
    out[`${table}.${column}`] = r.rows[0]?.all ?? '';
  }
  return out;
}
const hasOld = (text: string) => OLD.filter((id) => text.includes(JSON.stringify(id)));

it("migration 0015's frozen table is the programs package's alias table", () => {
  expect(Object.fromEntries(RENAMED)).toEqual(PROGRAM_ID_ALIASES);
});

describeOnEachDatabase('old program ids', (make) => {
  const t = appPerBlock(make, { seed: true });
  const staff = loginPerBlock(t, 'counselor.dong');
  let db: Kysely<unknown>;
  beforeAll(async () => {
    db = t.handle.db as unknown as Kysely<unknown>;
  });

  it('/api/programs/:id answers an old id with the program under its current id', async () => {
    for (const [old, now] of Object.entries(PROGRAM_ID_ALIASES)) {
      const res = await t.app.inject(`/api/programs/${old}`);
      expect(res.statusCode, old).toBe(200);
      expect(res.json().id).toBe(now);
    }
    const list = (await t.app.inject('/api/programs')).json().programs.map((p: { id: string }) => p.id);
    expect(list.filter((id: string) => OLD.includes(id))).toEqual([]);
  });

  it('the API docs say where old ids are accepted', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    const param = doc.paths['/api/programs/{id}'].get.parameters.find((p: { name: string }) => p.name === 'id');
    expect(param.schema.description ?? param.description).toContain('housing-benefit-rent → housing-benefit.rent');
  });

  it('the directory, notices and case filters read an old id as its current one', async () => {
    const services = async (program: string) =>
      (await t.app.inject(`/api/directory/services?program=${program}`)).json().items.map((s: { id: string }) => s.id);
    expect(await services('housing-benefit.repair')).not.toEqual([]);
    expect(await services('housing-benefit-repair')).toEqual(await services('housing-benefit.repair'));
    expect(await services('public-rental.happy.youth')).toEqual(await services('public-rental.happy-youth'));

    const notices = async (program: string) =>
      (await t.app.inject(`/api/notices?state=all&program=${program}`)).json().items.map((n: { id: string }) => n.id);
    expect(await notices('public-rental.happy.youth')).toEqual(await notices('public-rental.happy-youth'));

    const [some] = (await sql<{ id: string }>`select id from case_record where district = 'dong' limit 1`.execute(db))
      .rows;
    await sql`update case_record set eligible_programs = '["basic-livelihood.medical"]'::jsonb where id = ${some?.id}`.execute(
      db,
    );
    const cases = async (program: string) => {
      const res = await t.app.inject({ url: `/api/cases?program=${program}`, cookies: staff.cookies });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().items.map((c: { id: string }) => c.id);
    };
    expect(await cases('basic-livelihood.medical')).toContain(some?.id);
    expect(await cases('medical-benefit')).toEqual(await cases('basic-livelihood.medical'));
  });

  it('a consultation sent with an old id in its result summary is kept under the current id', async () => {
    const programs = [{ id: 'housing-benefit-rent', name: '주거급여', status: 'eligible', amount: 100_000 }];
    const request = { name: '옛 아이디', phone: '010-5555-0015', district: 'dong' };
    const consent = { contact: true, household: false, result: true };
    const screening = { date: '2026-03-02', rulesVersion: 'old-client', programs };
    const sent = await t.app.inject({
      method: 'POST',
      url: '/api/consultations',
      payload: { ...request, consent, screening },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const row = await sql<{ screening: { programs: { id: string }[] } }>`
      select screening from consultation_request where contact_phone like '%0015%'`.execute(db);
    expect(row.rows[0]?.screening.programs.map((p) => p.id)).toEqual(['housing-benefit.rent']);
  });

  it('migration 0015 rewrites stored ids in every column that holds them, and only whole ids', async () => {
    await down(db); // today's ids back to the old ones, as a database from before 0015 holds them
    const [c] = (await sql<{ id: string }>`select id from case_record limit 1`.execute(db)).rows;
    const results = [
      { id: 'public-rental.happy.youth', status: 'eligible', parameters: ['public-rental.happy.youth.age-min'] },
      { id: 'livelihood-benefit', status: 'unknown' },
    ];
    await sql`insert into case_screening (case_id, screened_on, rules_version, household, results)
      values (${c?.id}, '2026-01-02', 'x', '{}'::jsonb, ${JSON.stringify(results)}::jsonb)`.execute(db);
    await sql`insert into case_event (case_id, kind, version, detail)
      values (${c?.id}, 'screened', 0, ${JSON.stringify({ changes: [{ programId: 'education-benefit' }] })}::jsonb)`.execute(
      db,
    );
    await sql`update referral set screening_summary = ${JSON.stringify([{ id: 'medical-benefit', name: '의료급여', status: 'eligible' }])}::jsonb`.execute(
      db,
    );
    await sql`update housing_notice set program_ids = '["public-rental.happy.elderly"]'::jsonb`.execute(db);
    const [list] = (
      await sql<{
        id: string;
      }>`insert into outreach_list (file_name, kind, byte_size, headers, storage_name, delete_after)
        values ('a.csv', 'csv', 1, '[]'::jsonb, 'program-ids-test', now()) returning id`.execute(db)
    ).rows;
    const [job] = (
      await sql<{ id: string }>`insert into outreach_job (list_id, mapping, screening_date)
        values (${list?.id}, '{}'::jsonb, '2026-01-02') returning id`.execute(db)
    ).rows;
    await sql`insert into outreach_result (job_id, row_number, ok, programs)
      values (${job?.id}, 1, true, ${JSON.stringify([{ id: 'housing-benefit-repair', status: 'eligible' }])}::jsonb)`.execute(
      db,
    );

    const before = await stored(db);
    expect(Object.values(before).join(' ')).toContain('"public-rental.happy.youth.age-min"');
    for (const where of PROGRAM_ID_COLUMNS.map(([t, c]) => `${t}.${c}`))
      expect(hasOld(before[where] ?? ''), where).not.toEqual([]);

    await up(db);
    const after = await stored(db);
    for (const [where, text] of Object.entries(after)) expect(hasOld(text), where).toEqual([]);
    const all = Object.values(after).join(' ');
    for (const now of Object.values(PROGRAM_ID_ALIASES)) expect(all).toContain(JSON.stringify(now));
    // A parameter id that begins like an old program id is a different string: left alone.
    expect(all).toContain('"public-rental.happy.youth.age-min"');
  });
});
