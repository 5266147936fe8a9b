import { canonicalProgramId, findProgram, GWANGJU_DISTRICT_IDS } from '@jibsa/programs';
import type { Kysely } from 'kysely';
import type { Database, District } from '../db/schema.ts';

interface Kept {
  list_id: string;
  screened: number;
  eligible: number;
  unreached: number | null;
  cases: number;
}

/** Rows added up; 사각지대 only over the lists that said what households receive (null if none did). */
function sum(rows: readonly Kept[]) {
  const known = rows.filter((r) => r.unreached !== null);
  return {
    screened: rows.reduce((n, r) => n + r.screened, 0),
    eligible: rows.reduce((n, r) => n + r.eligible, 0),
    unreached: known.length ? known.reduce((n, r) => n + (r.unreached ?? 0), 0) : null,
    cases: rows.reduce((n, r) => n + r.cases, 0),
  };
}

/**
 * The year's 발굴 in counts, from the counts kept when each list's screening finished
 * (outreach_year_count), so they stay when the lists are deleted after their retention: households
 * screened, likely eligible, eligible but not receiving (사각지대) and turned into cases, in all, by
 * 구 and by program. A list belongs to the year it was uploaded (Korea time). A household on two
 * lists is counted on each: the kept counts cannot tell, as they keep no one.
 */
export async function outreachFigures(db: Kysely<Database>, year: number) {
  const rows = await db
    .selectFrom('outreach_year_count')
    .select(['list_id', 'district', 'program_id', 'screened', 'eligible', 'unreached', 'cases'])
    .where('year', '=', year)
    .execute();
  const households = rows.filter((r) => r.program_id === null);
  const unknownDistrict = households.filter((r) => r.district === null);
  const byDistrict = [
    ...GWANGJU_DISTRICT_IDS.map((district) => ({
      district: district as District | null,
      ...sum(households.filter((r) => r.district === district)),
    })),
    ...(unknownDistrict.length ? [{ district: null, ...sum(unknownDistrict) }] : []),
  ];
  const programs = new Map<string, Kept[]>();
  for (const r of rows) {
    if (r.program_id === null) continue;
    // Ids renamed since a list was counted are read under today's name, as results are.
    const id = canonicalProgramId(r.program_id);
    programs.set(id, [...(programs.get(id) ?? []), r]);
  }
  const byProgram = [...programs]
    .map(([programId, mine]) => {
      const { eligible, unreached, cases } = sum(mine);
      const name = findProgram(programId)?.metadata.name ?? { ko: programId, en: programId };
      return { programId, name: { ko: name.ko, en: name.en }, eligible, unreached, cases };
    })
    .sort(
      (a, b) =>
        (b.unreached ?? 0) - (a.unreached ?? 0) || b.eligible - a.eligible || a.programId.localeCompare(b.programId),
    );
  return {
    lists: new Set(households.map((r) => r.list_id)).size,
    listsWithoutReceipt: new Set(households.filter((r) => r.unreached === null).map((r) => r.list_id)).size,
    ...sum(households),
    byDistrict,
    byProgram,
  };
}
