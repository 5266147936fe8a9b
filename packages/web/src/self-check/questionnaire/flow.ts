import { isGwangjuDistrict, MOOT_WHILE_UNKNOWN } from '@jibsa/programs';
import { incomeGatePath, isIncomeField } from './income-gate.ts';
import { memberPath, parsePath } from './paths.ts';
import { type Answers, isSettled } from './state.ts';

/** What `screenHousehold(...).nextQuestions` gives: only inputs that could still change a result. */
export interface NextQuestion {
  readonly path: string;
  readonly programs: readonly string[];
}

/**
 * The few questions every self-check starts with: district in Gwangju (region follows), who lives
 * together, tenure and type of home, then for a renter the deposit and, right after it, the rent
 * (money questions that belong together). Region is asked only when the district does not settle it.
 */
export const INITIAL_PATHS = [
  'gwangjuDistrict',
  'region',
  'members',
  'tenure',
  'housingType',
  'deposit',
  'monthlyRent',
] as const;

/** The estimate may rise by at most this many questions from one screen to the next. */
export const MAX_ESTIMATE_RISE = 3;

function inGwangju(a: Answers): boolean {
  return isGwangjuDistrict(a.household.gwangjuDistrict);
}

function applies(a: Answers, path: string): boolean {
  const tenure = a.household.tenure;
  if (path === 'region') return !inGwangju(a);
  if (path === 'deposit') return tenure === 'monthly_rent' || tenure === 'jeonse';
  if (path === 'monthlyRent') return tenure === 'monthly_rent';
  return true;
}

function initialPending(a: Answers): string[] {
  return INITIAL_PATHS.filter((p) => applies(a, p) && !isSettled(a, p));
}

/**
 * What the engine says could still change a result, less what the initial questions ask and what
 * cannot matter once the person did not know another answer (the car's kind after "잘 모르겠어요" to
 * its value: MOOT_WHILE_UNKNOWN).
 */
/**
 * Questions that take another answer for granted: "결혼한 지 몇 년 되었나요?" presumes a marriage.
 * After "잘 모르겠어요" to that one, asking them reads as absurd, though the years alone might
 * still decide a 신혼부부 program (so they are not in MOOT_WHILE_UNKNOWN).
 */
const PRESUMES: Readonly<Record<string, string>> = { marriedYears: 'married' };

function adaptivePending(a: Answers, next: readonly NextQuestion[]): string[] {
  const moot = (p: string) => {
    const needs = MOOT_WHILE_UNKNOWN[p] ?? PRESUMES[p];
    return needs !== undefined && a.unknown.includes(needs);
  };
  return next
    .map((q) => q.path)
    .filter((p) => !isSettled(a, p) && !(INITIAL_PATHS as readonly string[]).includes(p) && !moot(p));
}

/** The question to ask now, or null when nothing left could change a result. */
export function nextPath(a: Answers, next: readonly NextQuestion[]): string | null {
  const path = initialPending(a)[0] ?? adaptivePending(a, next)[0] ?? null;
  return path === null ? null : incomeGateBefore(a, path);
}

/**
 * Before the first income question about someone living with the person (children, a spouse
 * at home, an elderly parent), ask whether they have any income at all. The person answering
 * usually has some income, so for them the gate would only add a question.
 */
function incomeGateBefore(a: Answers, path: string): string {
  const p = parsePath(path);
  if (p.scope !== 'member' || p.index === 0 || !isIncomeField(p.name)) return path;
  const gate = incomeGatePath(p.index);
  if (isSettled(a, gate) || a.asked.includes(gate)) return path;
  const person = a.members?.[p.index] ?? {};
  const started = Object.keys(person).some(
    (name) => isIncomeField(name) && (person[name] !== undefined || a.unknown.includes(memberPath(p.index, name))),
  );
  return started ? path : gate;
}

/**
 * "질문 n / 약 m": n is this question's place (its place in the answers when changing one), m adds
 * what may still be asked. m never rises by more than MAX_ESTIMATE_RISE over `previousTotal`, the
 * estimate the person saw on the screen before: new people or answers can open questions, but the
 * count should not leap.
 */
export function progress(
  a: Answers,
  next: readonly NextQuestion[],
  current: string | null,
  previousTotal: number | null = null,
) {
  const pending = adaptivePending(a, next);
  // Each income question may bring its person's "any money coming in?" first: count those too.
  const gates = pending.map((path) => incomeGateBefore(a, path)).filter((path) => !pending.includes(path));
  const remaining = new Set([...initialPending(a), ...pending, ...gates]);
  const answered = a.asked.filter((p) => p !== current).length;
  if (current) remaining.add(current);
  const at = current ? a.asked.indexOf(current) : -1;
  const n = at >= 0 ? at + 1 : answered + (current ? 1 : 0);
  let total = answered + remaining.size;
  if (previousTotal !== null && total > previousTotal + MAX_ESTIMATE_RISE) total = previousTotal + MAX_ESTIMATE_RISE;
  return { n, total: Math.max(n, total) };
}

/** The question before `current` in the order answered (for the back button). */
export function previousPath(a: Answers, current: string | null): string | null {
  const i = current ? a.asked.indexOf(current) : -1;
  if (i > 0) return a.asked[i - 1] ?? null;
  if (i === -1 && a.asked.length) return a.asked[a.asked.length - 1] ?? null;
  return null;
}
