import { sql, type Transaction } from 'kysely';
import type { Database, District, JobTallies, OutreachProgramResult } from '../../db/schema.ts';

type Counts = { screened: number; eligible: number; unreached: number; cases: number };

/**
 * The year counts of a finished job (keepJobCounts) from the counts kept as its rows were written
 * (tallies.ts), as the count of its rows would give them: by 구 (the household's, else the list's)
 * and by 구 and program. Only the rows made into cases are read, from the list's screenings' rows
 * that name a case (an index of those rows, 0022): counting a 1M-row job's rows took some 14 s on
 * PGlite, inside the transaction that ends the job.
 */
export async function yearCountsFromTallies(
  trx: Transaction<Database>,
  job: { id: string; list_id: string; district: District | null; tallies: JobTallies },
  knowsReceipt: boolean,
  covers: (programId: string) => boolean,
): Promise<void> {
  const t = job.tallies;
  // The household's 구, else the list's: '' (none) takes the list's, which may be none too.
  const home = (d: string): string => (d === '' ? (job.district ?? '') : d);
  const byDistrict = new Map<string, Counts>();
  const byProgram = new Map<string, Map<string, Counts>>();
  const at = <K>(m: Map<K, Counts>, k: K) => {
    let c = m.get(k);
    if (c === undefined) {
      c = { screened: 0, eligible: 0, unreached: 0, cases: 0 };
      m.set(k, c);
    }
    return c;
  };
  const programsOf = (d: string) => {
    let m = byProgram.get(d);
    if (m === undefined) {
      m = new Map();
      byProgram.set(d, m);
    }
    return m;
  };
  for (const [d, n] of Object.entries(t.screened)) at(byDistrict, home(d)).screened += n;
  for (const [d, v] of Object.entries(t.districts)) {
    const c = at(byDistrict, home(d));
    c.eligible += v.eligible;
    c.unreached += v.unreached;
  }
  for (const [d, programs] of Object.entries(t.districtPrograms)) {
    for (const [id, v] of Object.entries(programs)) {
      const c = at(programsOf(home(d)), id);
      c.eligible += v.eligible;
      c.unreached += v.unreached;
    }
  }
  for (const r of await takenRows(trx, job)) {
    const d = home(r.district ?? '');
    at(byDistrict, d).cases++;
    for (const p of r.programs) if (p.status === 'eligible') at(programsOf(d), p.id).cases++;
  }
  const { year } = await trx
    .selectFrom('outreach_list')
    .select(sql<number>`extract(year from created_at at time zone 'Asia/Seoul')::int`.as('year'))
    .where('id', '=', job.list_id)
    .executeTakeFirstOrThrow();
  const row = (d: string, program: string | null, c: Counts, screened: number) => ({
    list_id: job.list_id,
    job_id: job.id,
    year,
    district: d === '' ? null : (d as District),
    program_id: program,
    screened,
    eligible: c.eligible,
    // A program no column of the list speaks of has no 사각지대 count (it was 0).
    unreached: knowsReceipt && (program === null || covers(program)) ? c.unreached : null,
    cases: c.cases,
  });
  const rows = [];
  for (const [d, c] of byDistrict) {
    if (c.screened === 0) continue;
    rows.push(row(d, null, c, c.screened));
    for (const [id, p] of byProgram.get(d) ?? []) if (p.eligible > 0) rows.push(row(d, id, p, c.screened));
  }
  if (rows.length > 0) await trx.insertInto('outreach_year_count').values(rows).execute();
}

/**
 * This job's rows, read without a problem, whose household any screening of the list made into a
 * case (or linked to one): a household is the same row in every screening of a list.
 */
async function takenRows(trx: Transaction<Database>, job: { id: string; list_id: string }) {
  const { rows } = await sql<{ district: District | null; programs: OutreachProgramResult[] }>`
    select r.district, r.programs from outreach_result r
    where r.job_id = ${job.id} and r.ok and r.row_number in (
      select o.row_number from outreach_result o join outreach_job j on j.id = o.job_id
      where j.list_id = ${job.list_id} and o.case_id is not null)`.execute(trx);
  return rows;
}
