import type { District } from '../db/schema.ts';
import type { Person } from './people.ts';

type Member = Record<string, unknown>;
const isRecord = (x: unknown): x is Member => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * A member as the case's person states it: relation and birth date are the person's (the engine
 * turns the birth date into the age on the screening day, so a stored age would only disagree);
 * everything else (incomes, disability) stays the member's own. Without a birth date the member's
 * 만 나이 is the engine's own `age` field: `age` sets it (null clears it), absent keeps it.
 */
function withPerson(member: Member, person: Person, age: number | null | undefined): Member {
  const m: Member = { ...member, relation: person.relation };
  if (person.birthDate) {
    m.birthDate = person.birthDate;
    delete m.age;
    delete m.yearAge;
  } else {
    delete m.birthDate;
    if (age !== undefined) {
      // A stated age replaces an "age this year" guess too, so the two cannot disagree.
      delete m.yearAge;
      if (age === null) delete m.age;
      else m.age = age;
    }
  }
  return m;
}

/**
 * The engine's household after the case's people changed, so the next screening reads them.
 * Members line up with people by position, as the case page's income rows do: `removedAt` drops
 * that member first, then each person's relation and birth date (or, for a position in `ages`,
 * the age stated without one) is written onto its member.
 * Members past the people (a self-check may list more than were named) are kept as they are.
 * A case without a household gets one holding just its people and its 구.
 */
export function householdForPeople(
  household: unknown,
  people: readonly Person[],
  district: District,
  removedAt?: number,
  ages: ReadonlyMap<number, number | null> = new Map(),
): Record<string, unknown> {
  const h: Record<string, unknown> = isRecord(household) ? { ...household } : {};
  const members: unknown[] = Array.isArray(h.members) ? [...h.members] : [];
  if (removedAt !== undefined && removedAt < members.length) members.splice(removedAt, 1);
  people.forEach((person, i) => {
    const m = members[i];
    members[i] = withPerson(isRecord(m) ? m : {}, person, ages.get(i));
  });
  h.members = members;
  if (h.address === undefined && h.region === undefined && h.gwangjuDistrict === undefined) {
    h.gwangjuDistrict = district;
  }
  return h;
}

/** The answers a case's housing record and the engine's household both hold (same names, values and units). */
const HOUSING_ANSWERS = ['tenure', 'housingType', 'deposit', 'monthlyRent'] as const;

/**
 * The case's housing record with the answers it shares with the household filled in from the
 * household where the record has none: a case opened from a citizen's request (whose household
 * says 월세, 보증금 …) shows them on the case page, and saving that page keeps them.
 */
export function housingWithAnswers(
  housing: Readonly<Record<string, unknown>> | undefined,
  household: unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(housing ?? {}) };
  if (!isRecord(household)) return out;
  for (const k of HOUSING_ANSWERS) if (out[k] === undefined && household[k] !== undefined) out[k] = household[k];
  return out;
}

/**
 * The engine's household with what the case's housing record says written onto it, so a screening
 * reads the tenure, dwelling and rent the case page shows. A value the record leaves out is kept as
 * the household has it (the household was given with it, or the case opened with it), unless
 * `mirror`: a housing record that replaces the old one alone takes the values it leaves out with it,
 * as the case page then shows none of them either.
 */
export function householdForHousing(
  household: unknown,
  housing: Readonly<Record<string, unknown>>,
  opts: { mirror?: boolean } = {},
) {
  const h: Record<string, unknown> = isRecord(household) ? { ...household } : {};
  for (const k of HOUSING_ANSWERS) {
    if (housing[k] !== undefined) h[k] = housing[k];
    else if (opts.mirror) delete h[k];
  }
  return h;
}
