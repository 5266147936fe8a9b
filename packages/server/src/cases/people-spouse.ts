import { dateToNum, wholeYears } from '@jibsa/rules';
import { invalid } from '../http/error-codes.ts';

type WithRelation = { relation: string; birthDate: string | null };

/** 민법 제807조: 만 18세가 된 사람은 혼인할 수 있다 (https://www.law.go.kr/법령/민법 제807조). */
const MARRIAGE_AGE = 18;

const spouses = (people: readonly WithRelation[]) => people.filter((p) => p.relation === 'spouse').length;

/**
 * A household member written as the 본인's 배우자 must be possible: one spouse (a change may not add
 * a second; an old case that already has two is not blocked on an unrelated edit), and at least
 * 18 (the age one may marry) by the birth date or the age given. A 12-year-old saved as 배우자,
 * because the form's first choice was left as it was, would be read by every rule as a spouse.
 */
export function requirePlausibleSpouse(
  before: readonly WithRelation[],
  after: readonly WithRelation[],
  position: number,
  age: number | null | undefined,
  today: string,
) {
  const now = spouses(after);
  if (now > 1 && now > spouses(before)) {
    throw invalid([
      {
        path: 'relation',
        ko: '배우자는 한 명만 적을 수 있습니다. 관계를 확인해 주세요.',
        en: 'there can be only one spouse; check the relation.',
      },
    ]);
  }
  const person = after[position];
  if (person?.relation !== 'spouse') return;
  // 만 나이 as the engine counts it from a birth date (household/prepare.ts).
  const years = person.birthDate ? wholeYears(dateToNum(person.birthDate), dateToNum(today)) : age;
  if (typeof years === 'number' && years < MARRIAGE_AGE) {
    throw invalid([
      {
        path: 'relation',
        ko: `배우자로 적기에는 나이(만 ${years}세)가 어립니다. 관계나 나이를 확인해 주세요.`,
        en: `too young (${years}) to be a spouse; check the relation or the age.`,
      },
    ]);
  }
}
