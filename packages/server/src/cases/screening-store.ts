import type { Screening } from '@jibsa/programs';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { addEvent } from './events.ts';
import type { Change, ProgramSnapshot } from './screening.ts';

/**
 * Keeps a screening of a case: the snapshot (date, rules version, household as screened, results),
 * the case's list of programs it is eligible for, and a timeline event naming what changed. The
 * counselor's "screen now" and the demo seed both keep screenings this one way.
 */
export async function keepScreening(
  trx: Transaction<Database>,
  s: {
    caseId: string;
    version: number;
    actorId: string | null;
    outcome: Screening;
    /** toSnapshot(outcome), which the caller has already made to compare with the last one. */
    programs: ProgramSnapshot[];
    household: Record<string, unknown>;
    changes: readonly Change[];
  },
) {
  const eligible = s.programs.filter((p) => p.status === 'eligible').map((p) => p.id);
  const saved = await trx
    .insertInto('case_screening')
    .values({
      case_id: s.caseId,
      screened_on: s.outcome.date,
      rules_version: s.outcome.rulesVersion,
      household: JSON.stringify(s.household),
      results: JSON.stringify(s.programs),
      actor_id: s.actorId,
    })
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('case_record')
    .set({ eligible_programs: JSON.stringify(eligible) })
    .where('id', '=', s.caseId)
    .execute();
  await addEvent(trx, {
    caseId: s.caseId,
    actorId: s.actorId,
    kind: 'screened',
    version: s.version,
    detail: {
      date: s.outcome.date,
      rulesVersion: s.outcome.rulesVersion,
      eligible: eligible.length,
      changes: s.changes.map((c) => ({ programId: c.programId, name: c.name, why: c.why.ko })),
    },
  });
  return saved;
}
