import type { District, JobTallies, Tally } from '../../db/schema.ts';
import type { RowResult } from './screen-block.ts';

export type { JobTallies };

export function freshTallies(earlierId: string | undefined): JobTallies {
  const t: JobTallies = {
    warned: 0,
    programs: {},
    districts: {},
    screened: {},
    districtPrograms: {},
    undecided: { households: 0, missing: {} },
  };
  if (earlierId !== undefined) t.compared = { earlierId, newly: 0, noLonger: 0, newlyByProgram: {} };
  return t;
}

/**
 * The counts to carry on from when a claimed job begins or resumes: its own, unless it began
 * before counts were kept (rows written and none counted), and without the comparison when the
 * list's earlier screening is no longer the one it was made against. Undefined: keep none.
 */
export function tallyFrom(
  job: { last_row: number; tallies: JobTallies | null },
  earlierId: string | undefined,
): JobTallies | undefined {
  if (job.tallies == null) return job.last_row === 0 ? freshTallies(earlierId) : undefined;
  const t = structuredClone(job.tallies);
  if (t.compared !== undefined && t.compared.earlierId !== earlierId) delete t.compared;
  return t;
}

const add = (to: Record<string, Tally>, key: string, unreached: boolean) => {
  const t = to[key] ?? { eligible: 0, unreached: 0 };
  t.eligible++;
  if (unreached) t.unreached++;
  to[key] = t;
};

/** A likely-eligible row's program ids in the order its result keeps them; empty for any other. */
const eligibleIds = (r: RowResult) =>
  r.eligibleCount > 0 ? r.programs.filter((p) => p.status === 'eligible').map((p) => p.id) : [];

/**
 * Adds a block's rows, as the job's headline counts them (job-summary.ts): by program and 구, a
 * household once per program and once per 구. `earlier` holds the earlier screening's likely-eligible
 * ids of the block's row numbers (rows absent were likely eligible for nothing), when comparing.
 */
export function addBlock(t: JobTallies, rows: readonly RowResult[], earlier?: ReadonlyMap<number, readonly string[]>) {
  for (const r of rows) {
    if (r.ok && r.errors.length > 0) t.warned++;
    const d = r.district ?? '';
    if (r.ok) t.screened[d] = (t.screened[d] ?? 0) + 1;
    for (const p of r.programs) {
      if (p.status !== 'eligible') continue;
      add(t.programs, p.id, r.unreachedCount > 0 && p.receives === false);
      if (r.ok) {
        t.districtPrograms[d] ??= {};
        add(t.districtPrograms[d], p.id, p.receives === false);
      }
    }
    if (r.eligibleCount > 0) add(t.districts, d, r.unreachedCount > 0);
    if (t.undecided !== undefined) addUndecided(t.undecided, r);
    if (t.compared !== undefined && earlier !== undefined)
      compareRow(t.compared, eligibleIds(r), earlier.get(r.row) ?? []);
  }
}

/** One household of both screenings: newly likely eligible for something, or no longer for something. */
export function compareRow(c: NonNullable<JobTallies['compared']>, now: readonly string[], was: readonly string[]) {
  let newly = false;
  for (const id of now) {
    if (was.includes(id)) continue;
    newly = true;
    c.newlyByProgram[id] = (c.newlyByProgram[id] ?? 0) + 1;
  }
  if (newly) c.newly++;
  if (was.some((id) => !now.includes(id))) c.noLonger++;
}

/** 구 keys back to the headline's (null for none), in 구 order with none last, as the count sorted them. */
export function districtsOf(t: JobTallies, k: keyof Tally): { district: District | null; households: number }[] {
  return Object.entries(t.districts)
    .filter(([, v]) => v[k] > 0)
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([d, v]) => ({ district: d === '' ? null : (d as District), households: v[k] }));
}

/**
 * A row's missing input as the list's field it would be read from: "members[0].otherIncome" is the
 * head's column (head.otherIncome), the other members' anything is "members" (a list has one line per
 * household, so no column can say it).
 */
export function missingField(path: string): string {
  const head = /^members\[0\]\.(\w+)$/.exec(path)?.[1];
  if (head !== undefined) return `head.${head}`;
  return path.startsWith('members') ? 'members' : path;
}

/**
 * Counts a row when it needs more information: read, likely eligible for nothing yet, undecided
 * for some program (the results' only=check); and once per field its programs lack.
 */
export function addUndecided(u: NonNullable<JobTallies['undecided']>, r: RowResult) {
  if (!r.ok || r.eligibleCount > 0 || !r.programs.some((p) => p.status === 'unknown')) return;
  u.households++;
  for (const field of new Set(r.missingPaths.map(missingField))) u.missing[field] = (u.missing[field] ?? 0) + 1;
}
