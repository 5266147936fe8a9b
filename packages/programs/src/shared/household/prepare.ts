import {
  dateToNum,
  type FieldDef,
  type Household,
  isIsoDate,
  type ValidationError,
  validateHousehold,
  wholeYears,
} from '@jibsa/rules';
import { type Address, addressToRegion } from './address.ts';
import { isGwangjuDistrict } from './districts.ts';
import { householdSchema, MAX_MEMBERS } from './schema.ts';

/** `value` is always usable for validation: a bad address or birth date is dropped and reported. */
export type Prepared = { value: unknown; errors: ValidationError[] };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Accepts the household as people and lists write it and hands the rules only what they read:
 * an `address` (시·도·시·군·구 or 행정구역 code) becomes `region` and `gwangjuDistrict`, and a
 * member's `birthDate` becomes their age (만 나이) on the screening date. The address and birth
 * dates are not passed on, so nothing downstream can keep them. A Gwangju 구 without a region
 * gives the region 광역시.
 * Everything else is left for validateHousehold to check.
 */
export function prepareHousehold(input: unknown, date: string): Prepared {
  if (!isRecord(input)) return { value: input, errors: [] };
  const errors: ValidationError[] = [];
  if (Array.isArray(input.members) && input.members.length > MAX_MEMBERS) {
    // Refused before any work: a list of thousands of people would make every later step huge.
    return {
      value: withField(input, 'members', []),
      errors: [
        {
          path: 'members',
          code: 'max',
          message: {
            ko: `가구원은 ${MAX_MEMBERS}명까지 적을 수 있습니다.`,
            en: `at most ${MAX_MEMBERS} household members.`,
          },
        },
      ],
    };
  }
  const { address, ...household } = input;
  if (address !== undefined && address !== null) applyAddress(address, household, date, errors);
  // A 구 of Gwangju settles the region (광역시): the API, CLI and web all need only the 구.
  if (isGwangjuDistrict(household.gwangjuDistrict) && (household.region === undefined || household.region === null)) {
    household.region = 'metro';
  }
  if (Array.isArray(household.members)) deriveFromMembers(household, household.members, date, errors);
  return { value: household, errors };
}

/** 근로기준법 제64조: nobody under 15 may be employed, so a child younger has no earnings to ask about. */
const WORKING_AGE = 15;
const INCOME_FIELDS = ['earnedIncome', 'businessIncome', 'pensionIncome', 'otherIncome'] as const;

/**
 * What the list of people already says, so nobody is asked it again: a 배우자 on the list means a
 * married couple, and a child under working age has no income of their own unless one is given.
 * In the preparation, so the self-check, the API and the CLI decide alike.
 */
function deriveFromMembers(
  household: Record<string, unknown>,
  given: unknown[],
  date: string,
  errors: ValidationError[],
) {
  // A member's relation is not changed by withAge: the list as given says whether there is a 배우자.
  const hasSpouse = given.some((m) => isRecord(m) && m.relation === 'spouse');
  if (hasSpouse && (household.married === undefined || household.married === null)) household.married = true;
  // One pass: each member's age from the birth date (errors in member order), then the zero incomes.
  const members: unknown[] = new Array(given.length);
  for (let i = 0; i < given.length; i++) {
    if (!(i in given)) continue; // a hole stays a hole, as map leaves it
    const g = given[i];
    members[i] = isRecord(g) ? withIncomes(withAge(g, i, date, errors), i) : g;
  }
  household.members = members;
}

function withIncomes(m: Record<string, unknown>, i: number): Record<string, unknown> {
  if (i === 0 || m.relation === 'head') return m;
  if (typeof m.age !== 'number' || m.age >= WORKING_AGE) return m;
  // Copied by rest, not by spread: adding a field to a spread copy is ~20x slower on Node 20 (V8 11),
  // and Object.assign would run the __proto__ setter for a key of that name (rest defines it).
  const { ...filled } = m;
  for (const f of INCOME_FIELDS) if (filled[f] === undefined || filled[f] === null) filled[f] = 0;
  return filled;
}

function applyAddress(address: unknown, household: Record<string, unknown>, date: string, errors: ValidationError[]) {
  const shape = isRecord(address) && Object.keys(address).every((k) => ['sido', 'sigungu', 'code'].includes(k));
  const strings = shape && Object.values(address).every((v) => v === undefined || typeof v === 'string');
  if (!strings) {
    errors.push({
      path: 'address',
      code: 'type',
      message: {
        ko: '주소는 { "sido": "광주광역시", "sigungu": "광산구" } 또는 { "code": "29200" } 형식입니다.',
        en: 'an address is { "sido": "광주광역시", "sigungu": "광산구" } or { "code": "29200" }.',
      },
    });
    return;
  }
  const out = addressToRegion(address as Address, date);
  if (!out.ok) {
    errors.push({ path: out.path, code: 'enum', message: out.message });
    return;
  }
  // A Gwangju address without its 구 still rules out "outside Gwangju".
  const inGwangju = out.value.region === 'metro' && out.value.gwangjuDistrict !== 'outside';
  const { ...derived }: Record<string, string> = out.value;
  if (inGwangju && !out.value.gwangjuDistrict && household.gwangjuDistrict === 'outside') {
    derived.gwangjuDistrict = 'gwangju';
  }
  for (const [field, value] of Object.entries(derived)) {
    const given = household[field];
    if (given !== undefined && given !== null && given !== value) {
      const shown = value === 'gwangju' ? { ko: '광주광역시', en: 'Gwangju' } : labelOf(field, value);
      errors.push({
        path: field,
        code: 'enum',
        message: {
          ko: `주소와 맞지 않습니다 (주소로는 ${shown.ko}). 둘 중 하나만 보내거나 맞춰 주세요.`,
          en: `does not match the address (which gives ${shown.en}); send one of them or make them agree.`,
        },
      });
    } else {
      household[field] = value;
    }
  }
}

/** The words a person would recognise for an enum value, from the household schema. */
function labelOf(field: string, value: string): { ko: string; en: string } {
  const f = (householdSchema.household as Record<string, FieldDef>)[field];
  const label = f?.type === 'enum' ? f.valueLabels?.[value] : undefined;
  return label ?? { ko: value, en: value };
}

function withAge(member: Record<string, unknown>, i: number, date: string, errors: ValidationError[]) {
  const { birthDate, ...rest } = member;
  if (birthDate === undefined || birthDate === null) return rest;
  const path = `members[${i}].birthDate`;
  if (!isIsoDate(birthDate)) {
    errors.push({
      path,
      code: 'date',
      message: { ko: '생년월일은 2001-04-15 형식의 날짜입니다.', en: 'a birth date looks like 2001-04-15.' },
    });
    return rest;
  }
  // Compare the dates themselves: a birth date less than a year ahead still gives 0 whole years.
  if (dateToNum(birthDate) > dateToNum(date)) {
    errors.push({
      path,
      code: 'date',
      message: { ko: '생년월일이 기준일보다 뒤입니다.', en: 'the birth date is after the screening date.' },
    });
    return rest;
  }
  const age = wholeYears(dateToNum(birthDate), dateToNum(date));
  if (rest.age !== undefined && rest.age !== null && rest.age !== age) {
    errors.push({
      path,
      code: 'date',
      message: {
        ko: `나이(${String(rest.age)})와 생년월일로 센 만 나이(${age})가 다릅니다.`,
        en: `age (${String(rest.age)}) differs from the age by birth date (${age}).`,
      },
    });
    return rest;
  }
  // 연 나이 (this year − birth year): 청년월세 counts 19–34 by year of birth (SOURCES-2026-12.md item 4).
  const yearAge = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  // `rest` is this call's own copy: the two fields are set on it rather than spread into another.
  rest.age = age;
  rest.yearAge = yearAge;
  return rest;
}

/** prepareHousehold then validateHousehold: every bad field at once, or the household the rules read. */
export function checkHousehold(
  input: unknown,
  date: string,
): { ok: true; value: Household } | { ok: false; errors: readonly ValidationError[] } {
  const prepared = prepareHousehold(input, date);
  const checked = validateHousehold(householdSchema, prepared.value);
  if (checked.ok && prepared.errors.length === 0) return checked;
  return { ok: false, errors: [...prepared.errors, ...(checked.ok ? [] : checked.errors)] };
}

/** A copy of `o` with `key` set: copied by rest (not spread, slow to add to on Node 20; not Object.assign, which runs a __proto__ setter). */
export function withField(o: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const { ...copy } = o;
  copy[key] = value;
  return copy;
}
