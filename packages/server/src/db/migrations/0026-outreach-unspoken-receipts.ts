import { type Kysely, sql } from 'kysely';

/**
 * A program no column of a list speaks of has no 사각지대 count: `unreached` null, not 0. Counts kept
 * before (outreach_year_count, 0016) said 0 for such a program whenever the list had some other
 * 수급 column (a list telling who gets 주거급여 showed 의료급여 사각지대 0), and the city's figures
 * added those zeros up as known. Rows whose job is gone (its list passed its retention) keep what
 * they say: their mapping can no longer be read.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ job_id: string; mapping: Record<string, string>; program_id: string }>`
    select distinct c.job_id, j.mapping, c.program_id from outreach_year_count c
    join outreach_job j on j.id = c.job_id
    where c.program_id is not null and c.unreached is not null`.execute(db);
  // One update a job, for all the programs its list's columns do not speak of.
  const unspoken = new Map<string, string[]>();
  for (const r of rows) {
    if (covered(r.mapping, r.program_id)) continue;
    unspoken.set(r.job_id, [...(unspoken.get(r.job_id) ?? []), r.program_id]);
  }
  for (const [jobId, ids] of unspoken) {
    await sql`update outreach_year_count set unreached = null
      where job_id = ${jobId} and program_id in (${sql.join(ids)})`.execute(db);
  }
}

/** The zeros are not restored: they were never known. */
export async function down(): Promise<void> {}

/**
 * Which programs each "already receives" column covers, as they stood for this migration (a frozen
 * copy of outreach/receipt.ts; a test checks they agree).
 */
export const COVERS_0026: Readonly<Record<string, readonly string[]>> = {
  receivesHousingBenefit: ['housing-benefit'],
  receivesLivelihoodBenefit: ['basic-livelihood.livelihood'],
  receivesMedicalBenefit: ['basic-livelihood.medical'],
  'receives.educationBenefit': ['basic-livelihood.education'],
  'receives.publicRental': [
    'public-rental',
    'vulnerable-housing',
    'senior-welfare-housing',
    'gwangju-local.gmcc-rental',
  ],
  'receives.emergencyHousing': ['emergency-housing'],
  'receives.youthRent': ['youth-rent', 'gwangju-local.city-housing-programs'],
  'receives.jeonseLoan': ['jeonse-loan'],
  'receives.homeRepair': ['home-repair'],
};

export function covered(mapping: Readonly<Record<string, string>>, programId: string): boolean {
  return Object.values(mapping).some((key) =>
    (COVERS_0026[key] ?? []).some((p) => programId === p || programId.startsWith(`${p}.`)),
  );
}
