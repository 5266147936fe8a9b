import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { todayIso } from '@jibsa/programs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { fail, invalid } from '../http/error-codes.ts';
import { problemResponses } from '../http/responses.ts';
import { auditWrite, type CaseRow, openCase } from './access.ts';
import { loadCaseDetail, loadPeople } from './detail.ts';
import { conflict, saveVersioned } from './events.ts';
import { cleanPerson, type Person, type PersonInput, personRow } from './people.ts';
import { requireOneHead } from './people-head.ts';
import { householdForPeople } from './people-household.ts';
import { PersonAddBody, PersonParams, PersonPatchBody, PersonRemoveQuery } from './people-schemas.ts';
import { requirePlausibleSpouse } from './people-spouse.ts';
import { checkedHousehold } from './routes.ts';
import { CaseDetail, CaseParams } from './schemas.ts';
import { searchKeys } from './search.ts';

const TAGS = ['cases'];
const security = [{ session: [] }];
const MAX_PEOPLE = 20;

type Stored = Person & { id: string };

const personNotFound = () =>
  fail('JIBSA_NOT_FOUND', { ko: '이 사례에 그런 가구원이 없습니다.', en: 'No such person in this case.' });

/** The case at the version the caller read, with its people in order; a stale version is the usual 409. */
async function openForPeople(request: FastifyRequest, caseId: string, version: number) {
  const opened = await openCase(request, caseId, {});
  const { db } = request.server;
  if (opened.row.version !== version) throw await conflict(db, caseId, version);
  const people: Stored[] = await loadPeople(db, caseId);
  return { ...opened, db, people };
}

const notAPerson = (path: string) =>
  invalid([
    { path, ko: '이 사례에 남는 다른 가구원을 골라 주세요.', en: 'choose another person who stays in this case.' },
  ]);

/** `newHeadId` names someone in `after` other than `self`, who becomes 본인. */
function withNewHead(after: Person[], stored: readonly Stored[], newHeadId: string | undefined, self?: string) {
  if (newHeadId === undefined) return after;
  const at = stored.findIndex((p) => p.id === newHeadId);
  if (at < 0 || newHeadId === self) throw notAPerson('newHeadId');
  return after.map((p, i) => (i === at ? { ...p, relation: 'head' } : p));
}

/** Whoever else was 본인 gets `relation` instead, when `keep` (a position) becomes 본인. */
function withFormerHead(after: Person[], keep: number, relation: string | undefined) {
  if (relation === undefined || after[keep]?.relation !== 'head') return after;
  return after.map((p, i) => (i !== keep && p.relation === 'head' ? { ...p, relation } : p));
}

/** Writes the rows of `stored` whose person differs in `after` (same order), inside the save. */
async function writeChanged(trx: Transaction<Database>, stored: readonly Stored[], after: readonly Person[]) {
  for (const [i, p] of after.entries()) {
    const was = stored[i];
    if (!was) continue;
    if (was.name === p.name && was.birthDate === p.birthDate && was.relation === p.relation && was.phone === p.phone)
      continue;
    await trx
      .updateTable('case_person')
      .set({ name: p.name, birth_date: p.birthDate, relation: p.relation, phone: p.phone })
      .where('id', '=', was.id)
      .execute();
  }
}

/** The age given for the person at `position`, if one was, as `savePeople` takes ages. */
const ageAt = (position: number, age: number | null | undefined) => new Map(age !== undefined ? [[position, age]] : []);

/** Which other positions changed relation (the 본인 handed on), for the timeline. */
const relationsMoved = (before: readonly Person[], after: readonly Person[], self: number) =>
  after.flatMap((p, i) => (i !== self && before[i] && before[i]?.relation !== p.relation ? [i] : []));

/** The age the household keeps for the member at `position` (someone with no birth date), if any. */
function storedAge(household: unknown, position: number): number | undefined {
  const members = (household as { members?: { age?: unknown }[] } | null)?.members;
  const age = members?.[position]?.age;
  return typeof age === 'number' ? age : undefined;
}

function checkedPerson(p: PersonInput): Person {
  const errors: { path: string; ko: string; en: string }[] = [];
  const person = cleanPerson(p, todayIso(), '', errors);
  if (errors.length > 0) throw invalid(errors);
  return person;
}

/**
 * Saves the case's people as `after` (already written to case_person by `write`) together with the
 * household the engine reads, under the case version: one timeline event naming what changed
 * (no personal values: the relation and which fields, not the name or number).
 */
async function savePeople(
  { db, row, staff }: { db: Kysely<Database>; row: CaseRow; staff: { id: string } },
  version: number,
  after: readonly Person[],
  change: {
    /** The position removed, if one was. */
    removedAt?: number;
    /** Ages given by position, for people whose birth date is not known. */
    ages?: ReadonlyMap<number, number | null>;
    kind: string;
    detail: Record<string, unknown>;
    write: (trx: Transaction<Database>) => Promise<void>;
  },
) {
  const { removedAt, ages = new Map(), kind, detail, write } = change;
  const event = { actorId: staff.id, kind, detail };
  const household = checkedHousehold(householdForPeople(row.household, after, row.district, removedAt, ages));
  await saveVersioned(
    db,
    row.id,
    version,
    { household: JSON.stringify(household) },
    { ...event, detail: { fields: ['people', 'household'], ...event.detail } },
    async (trx) => {
      await write(trx);
      await trx.updateTable('case_record').set(searchKeys(after)).where('id', '=', row.id).execute();
    },
  );
  return db.selectFrom('case_record').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
}

/** Household members one at a time: add, correct, remove; each saved with the case version and audited. */
export async function casePeopleRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/api/cases/:caseId/people',
    {
      schema: {
        tags: TAGS,
        summary: 'Staff: add a household member (name, birth date, relation, phone); a stale version gets 409',
        security,
        params: CaseParams,
        body: PersonAddBody,
        response: { 201: CaseDetail, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { version, age, formerHeadRelation, ...input } = request.body;
      const opened = await openForPeople(request, request.params.caseId, version);
      const { staff, row, db, people } = opened;
      const person = checkedPerson(input);
      if (people.length >= MAX_PEOPLE) {
        throw invalid([
          {
            path: 'people',
            ko: `가구원은 ${MAX_PEOPLE}명까지 적을 수 있습니다.`,
            en: `at most ${MAX_PEOPLE} people.`,
          },
        ]);
      }
      const position = people.length;
      const after = withFormerHead([...people, person], position, formerHeadRelation);
      requireOneHead(people, after, { none: 'relation', two: 'formerHeadRelation' });
      requirePlausibleSpouse(people, after, position, age, todayIso());
      const fresh = await savePeople(opened, version, after, {
        ages: ageAt(position, age),
        kind: 'person.added',
        detail: { position, relation: person.relation, relationsChanged: relationsMoved(people, after, position) },
        write: async (trx) => {
          await writeChanged(trx, people, after);
          await trx
            .insertInto('case_person')
            .values(personRow(row.id, position, person))
            .execute();
        },
      });
      await auditWrite(request, staff, 'case.person.add', row.id);
      return reply.status(201).send(await loadCaseDetail(db, fresh, false));
    },
  );

  app.patch(
    '/api/cases/:caseId/people/:personId',
    {
      schema: {
        tags: TAGS,
        summary:
          'Staff: correct a household member; only the fields sent change, null clears; 본인 stays one (newHeadId / formerHeadRelation); stale version gets 409',
        security,
        params: PersonParams,
        body: PersonPatchBody,
        response: { 200: CaseDetail, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { version, age, newHeadId, formerHeadRelation, ...change } = request.body;
      const opened = await openForPeople(request, request.params.caseId, version);
      const { staff, row, db, people } = opened;
      const position = people.findIndex((p) => p.id === request.params.personId);
      const before = people[position];
      if (!before) throw personNotFound();
      const fields: string[] = [...Object.keys(change), ...(age !== undefined ? ['age'] : [])];
      if (fields.length === 0)
        throw invalid([{ path: '(body)', ko: '바꿀 항목이 없습니다.', en: 'nothing to change.' }]);
      const person = checkedPerson({ ...before, ...change } as PersonInput);
      const changedOne = people.map((p, i) => (i === position ? person : p));
      const after = withFormerHead(withNewHead(changedOne, people, newHeadId, before.id), position, formerHeadRelation);
      requireOneHead(people, after, { none: 'newHeadId', two: 'formerHeadRelation' });
      requirePlausibleSpouse(
        people,
        after,
        position,
        age !== undefined ? age : storedAge(row.household, position),
        todayIso(),
      );
      const fresh = await savePeople(opened, version, after, {
        ages: ageAt(position, age),
        kind: 'person.changed',
        detail: {
          position,
          relation: person.relation,
          changed: fields,
          relationsChanged: relationsMoved(people, after, position),
        },
        write: async (trx) => writeChanged(trx, people, after),
      });
      await auditWrite(request, staff, 'case.person.update', row.id);
      return loadCaseDetail(db, fresh, false);
    },
  );

  app.delete(
    '/api/cases/:caseId/people/:personId',
    {
      schema: {
        tags: TAGS,
        summary:
          'Staff: remove a household member (with their row of incomes); the last one stays; removing 본인 names the new 본인 (newHeadId); stale version gets 409',
        security,
        params: PersonParams,
        querystring: PersonRemoveQuery,
        response: { 200: CaseDetail, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { version, newHeadId } = request.query;
      const opened = await openForPeople(request, request.params.caseId, version);
      const { staff, row, db, people } = opened;
      const position = people.findIndex((p) => p.id === request.params.personId);
      const removed = people[position];
      if (!removed) throw personNotFound();
      if (people.length === 1) {
        throw invalid([
          {
            path: 'people',
            ko: '사례에는 가구원이 한 명 이상 있어야 합니다.',
            en: 'a case keeps at least one person.',
          },
        ]);
      }
      const staying = people.filter((_, i) => i !== position);
      const after = withNewHead(staying, staying, newHeadId, removed.id);
      // Removing the 본인 while others stay asks who becomes 본인, never a silent guess.
      requireOneHead(people, after, { none: 'newHeadId', two: 'newHeadId' });
      const newHead = newHeadId === undefined ? undefined : staying.findIndex((p) => p.id === newHeadId);
      const fresh = await savePeople(opened, version, after, {
        removedAt: position,
        kind: 'person.removed',
        detail: { position, relation: removed.relation, ...(newHead !== undefined ? { newHead } : {}) },
        write: async (trx) => {
          await trx.deleteFrom('case_person').where('id', '=', removed.id).execute();
          await trx
            .updateTable('case_person')
            .set((eb) => ({ position: eb('position', '-', 1) }))
            .where('case_id', '=', row.id)
            .where('position', '>', position)
            .execute();
          await writeChanged(trx, staying, after);
        },
      });
      await auditWrite(request, staff, 'case.person.remove', row.id);
      return loadCaseDetail(db, fresh, false);
    },
  );
}
