import type { Transaction } from 'kysely';
import type { Static } from 'typebox';
import { normalizePhone } from '../consultations/phone.ts';
import type { Database } from '../db/schema.ts';
import { invalid } from '../http/error-codes.ts';
import { oneHeadInList } from './people-head.ts';
import type { PersonSchema } from './schemas.ts';
import { searchKeys } from './search.ts';

export type PersonInput = Static<typeof PersonSchema>;
export interface Person {
  name: string;
  birthDate: string | null;
  relation: string;
  phone: string | null;
}

type FieldError = { path: string; ko: string; en: string };

/**
 * One person cleaned: name trimmed, phone reduced to digits; a phone that is not one is a field
 * error, not a guess. `at` prefixes the error paths ("people.2." in a list, "" for one person).
 */
export function cleanPerson(p: PersonInput, today: string, at: string, errors: FieldError[]): Person {
  const name = p.name.trim();
  if (!name) errors.push({ path: `${at}name`, ko: '이름을 적어 주세요.', en: 'is required.' });
  let phone: string | null = null;
  if (p.phone) {
    phone = normalizePhone(p.phone) ?? null;
    if (!phone) errors.push({ path: `${at}phone`, ko: '전화번호를 확인해 주세요.', en: 'check the phone number.' });
  }
  const birth = p.birthDate ?? null;
  if (birth && (birth > today || birth < '1900-01-01' || Number.isNaN(Date.parse(birth)))) {
    errors.push({ path: `${at}birthDate`, ko: '생년월일을 확인해 주세요.', en: 'check the birth date.' });
  }
  return { name, birthDate: birth, relation: p.relation, phone };
}

/** Every person of a list cleaned, exactly one of them 본인; all field errors at once. */
export function cleanPeople(people: readonly PersonInput[], today: string): Person[] {
  const errors: FieldError[] = [];
  const out = people.map((p, i) => cleanPerson(p, today, `people.${i}.`, errors));
  oneHeadInList(out, errors);
  if (errors.length > 0) throw invalid(errors);
  return out;
}

/** A person as their case_person row at `position` in the case. */
export const personRow = (caseId: string, position: number, p: Person) => ({
  case_id: caseId,
  position,
  name: p.name,
  birth_date: p.birthDate,
  relation: p.relation,
  phone: p.phone,
});

/** Replaces a case's people and its search keys, inside the caller's transaction. */
export async function writePeople(trx: Transaction<Database>, caseId: string, people: readonly Person[]) {
  await trx.deleteFrom('case_person').where('case_id', '=', caseId).execute();
  await trx
    .insertInto('case_person')
    .values(people.map((p, position) => personRow(caseId, position, p)))
    .execute();
  await trx.updateTable('case_record').set(searchKeys(people)).where('id', '=', caseId).execute();
}
