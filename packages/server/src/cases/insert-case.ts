import type { Selectable, Transaction } from 'kysely';
import type { CaseRecordTable, Database, District } from '../db/schema.ts';
import { addEvent } from './events.ts';
import { type Person, writePeople } from './people.ts';
import { housingWithAnswers } from './people-household.ts';

export interface NewCase {
  district: District;
  assigneeId: string | null;
  consultationId?: string | null;
  people: readonly Person[];
  household: Record<string, unknown> | null;
  housing?: Record<string, unknown>;
  needs?: readonly string[];
  /** As recorded: what the household agreed to, when, by whom; an outreach case starts with none. */
  consent: Record<string, unknown>;
  actorId: string;
  /** The timeline's first entry: where the case came from (counter, consultation request, outreach list). */
  createdFrom: Record<string, unknown>;
}

/**
 * Opens a case with its people and first timeline entry, inside the caller's transaction. The
 * number is drawn before the transaction (`nextCaseNumber` on the pool): embedded PGlite has one
 * connection, so a query outside the open transaction would wait for it forever.
 */
export async function insertCase(
  trx: Transaction<Database>,
  c: NewCase,
  number: string,
): Promise<Selectable<CaseRecordTable>> {
  const created = await trx
    .insertInto('case_record')
    .values({
      number,
      district: c.district,
      assignee_id: c.assigneeId,
      consultation_id: c.consultationId ?? null,
      // Whatever opened it (a request, an outreach row, the counter), the case page shows the
      // household's tenure, dwelling and rent, and saving the page keeps them.
      housing: JSON.stringify(housingWithAnswers(c.housing, c.household)),
      household: c.household ? JSON.stringify(c.household) : null,
      needs: JSON.stringify(c.needs ?? []),
      consent: JSON.stringify(c.consent),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writePeople(trx, created.id, c.people);
  await addEvent(trx, { caseId: created.id, actorId: c.actorId, kind: 'created', version: 1, detail: c.createdFrom });
  return created;
}
