import { isGwangjuDistrict } from '@jibsa/programs';
import { HAS_INCOME, INCOME_FIELDS } from './income-gate.ts';
import { memberPath, parsePath } from './paths.ts';

/** One answer value as the engine takes it. */
export type Value = number | boolean | string;

/** A person in the household: relation and age first, then whatever else was asked about them. */
export type MemberAnswer = Readonly<Record<string, Value | undefined>>;

/**
 * Everything the person told the self-check. Stays in the browser (sessionStorage) and is sent
 * nowhere unless they ask for a consultation and agree to send it.
 */
export interface Answers {
  readonly household: Readonly<Record<string, Value>>;
  /** null until the "who lives with you" question is answered. */
  readonly members: readonly MemberAnswer[] | null;
  /** Paths answered "잘 모르겠어요": never asked again, shown as "to check" on the result. */
  readonly unknown: readonly string[];
  /** Paths in the order they were answered, for back, progress and the summary. */
  readonly asked: readonly string[];
  /**
   * Answers a tenure change made moot (the rent, once 전세 was chosen), kept aside by the tenure
   * they were given under, not counted: they come back if that tenure is chosen again.
   */
  readonly aside?: Readonly<Record<string, Readonly<Record<string, Value>>>>;
}

export const emptyAnswers: Answers = { household: {}, members: null, unknown: [], asked: [] };

function remember(list: readonly string[], path: string): string[] {
  return list.includes(path) ? [...list] : [...list, path];
}

/** Household JSON for `screenHousehold`: only what is known; absent means unknown. */
export function toHousehold(a: Answers): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a.household };
  if (a.members) {
    out.members = a.members.map((m) => Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined)));
  }
  return out;
}

export function getAnswer(a: Answers, path: string): Value | undefined {
  const p = parsePath(path);
  if (p.scope === 'household') return a.household[p.name];
  if (p.scope === 'member') return a.members?.[p.index]?.[p.name];
  return undefined;
}

export function isSettled(a: Answers, path: string): boolean {
  if (a.unknown.includes(path)) return true;
  if (path === 'members') return a.members !== null;
  return getAnswer(a, path) !== undefined;
}

/** Records one answer; a district inside Gwangju also settles the region (광역시). */
export function setAnswer(a: Answers, path: string, value: Value): Answers {
  const p = parsePath(path);
  const unknown = a.unknown.filter((u) => u !== path);
  const asked = remember(a.asked, path);
  if (p.scope === 'member') {
    const members = [...(a.members ?? [])];
    members[p.index] = { ...(members[p.index] ?? {}), [p.name]: value };
    if (p.name === HAS_INCOME) return applyIncomeGate({ ...a, members, unknown, asked }, p.index, value === true);
    return { ...a, members, unknown, asked };
  }
  if (p.scope === 'members') return a;
  const household: Record<string, Value> = { ...a.household, [p.name]: value };
  if (p.name === 'gwangjuDistrict') {
    // Any of Gwangju's 자치구 means region = 광역시.
    if (isGwangjuDistrict(value)) household.region = 'metro';
    else if (!a.asked.includes('region')) delete household.region;
  }
  if (p.name === 'tenure')
    return dropStaleForTenure({ ...a, household, unknown, asked }, String(value), String(a.household.tenure ?? ''));
  return { ...a, household, unknown, asked };
}

/**
 * Answers that only make sense for some tenures. Changing the tenure forgets the others, so a
 * deposit typed as a renter is not counted as an asset after switching to "내 집", and so on.
 */
const TENURE_ONLY: Readonly<Record<string, readonly string[]>> = {
  deposit: ['monthly_rent', 'jeonse'],
  monthlyRent: ['monthly_rent'],
  residentialProperty: ['owner'],
};

/**
 * Answers whose meaning is the tenure's own: a 월세 보증금 is not a 전세금, so after 월세 → 전세 the
 * deposit is asked again (it was kept, read as a 300만원 전세, and 주거급여 came out at 10,000원).
 */
const TENURE_OWN: ReadonlySet<string> = new Set(['deposit']);

function dropStaleForTenure(a: Answers, tenure: string, was: string): Answers {
  const fits = (f: string) => (TENURE_ONLY[f] ?? []).includes(tenure);
  const stays = (f: string) => fits(f) && !(TENURE_OWN.has(f) && was !== '' && was !== tenure);
  const stale = Object.keys(TENURE_ONLY).filter((f) => !stays(f));
  const kept = a.aside?.[tenure] ?? {};
  const back = Object.keys(kept).filter((f) => fits(f) && !(f in a.household && stays(f)));
  if (back.length === 0 && !stale.some((f) => f in a.household || a.unknown.includes(f) || a.asked.includes(f)))
    return a;
  const household: Record<string, Value> = { ...a.household };
  const put: Record<string, Value> = { ...a.aside?.[was] };
  for (const f of stale) {
    if (f in household && was) put[f] = household[f] as Value;
    delete household[f];
  }
  const keep = (path: string) => !stale.includes(path);
  let asked = a.asked.filter(keep);
  // Back to the tenure they were given for: answered again, as they were (a 월세 deposit is not
  // a 전세금, so each tenure keeps its own).
  for (const f of back) {
    household[f] = kept[f] as Value;
    asked = remember(asked, f);
  }
  const aside = { ...a.aside, [tenure]: {}, ...(was && was !== tenure ? { [was]: put } : {}) };
  return { ...a, household, aside, unknown: a.unknown.filter(keep), asked };
}

/** "잘 모르겠어요": the answer is removed and the question is not asked again. */
export function markUnknown(a: Answers, path: string): Answers {
  const p = parsePath(path);
  let next: Answers = { ...a, unknown: remember(a.unknown, path), asked: remember(a.asked, path) };
  if (p.scope === 'household') {
    const household: Record<string, Value> = { ...a.household };
    delete household[p.name];
    if (p.name === 'gwangjuDistrict' && !a.asked.includes('region')) delete household.region;
    next = { ...next, household };
  } else if (p.scope === 'member' && a.members) {
    next = {
      ...next,
      members: a.members.map((m, i) => (i === p.index ? { ...m, [p.name]: undefined } : m)),
    };
    if (p.name === HAS_INCOME) next = applyIncomeGate(next, p.index, null);
  }
  return next;
}

/**
 * Sets the people who live together. `origins[i]` is where person i was before (null: added now);
 * by default everyone keeps their place. Questions answered about a person follow them to their
 * new place, and those about people who were removed are dropped.
 */
export function setMembers(
  a: Answers,
  members: readonly MemberAnswer[],
  origins: readonly (number | null)[] = members.map((_, i) => i),
): Answers {
  const moved = (paths: readonly string[]) =>
    paths.flatMap((path) => {
      const p = parsePath(path);
      if (p.scope !== 'member') return [path];
      const to = origins.indexOf(p.index);
      return to === -1 ? [] : [memberPath(to, p.name)];
    });
  // A new 만 나이 makes the 연 나이 given by the birthday wrong: asked again (birthday.ts).
  const aged = new Set<string>();
  const people = members.map((m, i) => {
    const from = origins[i];
    const was = from === null || from === undefined ? undefined : a.members?.[from];
    if (was === undefined || was.age === m.age || m.yearAge === undefined) return { ...m };
    aged.add(memberPath(i, 'yearAge'));
    return { ...m, yearAge: undefined };
  });
  const fresh = (path: string) => !aged.has(path);
  const next: Answers = {
    ...a,
    members: people,
    unknown: moved(a.unknown.filter((u) => u !== 'members')).filter(fresh),
    asked: remember(moved(a.asked), 'members').filter(fresh),
  };
  return members.some((m) => m.relation === 'spouse') ? forgetNotMarried(next) : next;
}

/**
 * A spouse now lives with them, but "결혼한 부부가 함께 사나요?" was answered no (before the spouse
 * was added): that answer no longer fits, so it is asked again rather than kept.
 */
function forgetNotMarried(a: Answers): Answers {
  if (a.household.married !== false) return a;
  const household: Record<string, Value> = { ...a.household };
  delete household.married;
  const keep = (path: string) => path !== 'married';
  return { ...a, household, asked: a.asked.filter(keep), unknown: a.unknown.filter(keep) };
}

/**
 * "No income" answers the four income questions with 0 and forgets any amounts asked before
 * (they are no longer the person's answer). "Yes" or "잘 모르겠어요" clears those zeros again
 * unless the person typed them after the gate, so the amounts are asked.
 */
function applyIncomeGate(a: Answers, index: number, hasIncome: boolean | null): Answers {
  const members = [...(a.members ?? [])];
  const person: Record<string, Value | undefined> = { ...(members[index] ?? {}) };
  const incomePaths = INCOME_FIELDS.map((name) => memberPath(index, name));
  if (hasIncome === false) {
    for (const name of INCOME_FIELDS) person[name] = 0;
    members[index] = person;
    const notIncome = (path: string) => !incomePaths.includes(path);
    return { ...a, members, unknown: a.unknown.filter(notIncome), asked: a.asked.filter(notIncome) };
  }
  for (const name of INCOME_FIELDS) {
    if (person[name] === 0 && !a.asked.includes(memberPath(index, name))) person[name] = undefined;
  }
  members[index] = person;
  return { ...a, members };
}
