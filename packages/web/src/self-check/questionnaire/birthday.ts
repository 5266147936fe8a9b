import { parsePath } from './paths.ts';
import type { Answers } from './state.ts';

/**
 * 연 나이 (this year − birth year), which 청년 programs count by, asked as "올해 생일이 지났나요?"
 * once the 만 나이 is known: the two differ by that alone, and "(올해 − 태어난 해)" made people
 * do arithmetic. The 만 나이 of the person a `members[i].yearAge` path is about, when known.
 */
export function knownAgeFor(a: Answers, path: string): number | undefined {
  const p = parsePath(path);
  if (p.scope !== 'member' || p.name !== 'yearAge') return undefined;
  const age = a.members?.[p.index]?.age;
  return typeof age === 'number' ? age : undefined;
}

/** 연 나이 from the 만 나이 and whether this year's birthday has passed. */
export const yearAgeFrom = (age: number, birthdayPassed: boolean) => (birthdayPassed ? age : age + 1);

/** Whether a 연 나이 says the birthday has passed (undefined when it fits neither answer). */
export function birthdayPassed(age: number, yearAge: number): boolean | undefined {
  if (yearAge === age) return true;
  if (yearAge === age + 1) return false;
  return undefined;
}
