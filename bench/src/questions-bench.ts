/**
 * Questions bench: how many questions the self-check asks each test household, walking the same
 * questionnaire logic the web app runs (state, flow, the engine's next questions), answering from
 * the household's plan and "잘 모르겠어요" where the plan has no answer. Also the largest rise of
 * the "약 m" estimate between two screens. Run alone: node --import tsx bench/src/questions-bench.ts
 */
import { pathToFileURL } from 'node:url';
import { screenHousehold } from '@jibsa/programs';
import { HOUSEHOLDS } from '../../e2e/support/households.ts';
import type { HouseholdPlan } from '../../e2e/support/selfcheck.ts';
import { knownFieldsOnly } from '../../packages/web/src/self-check/questionnaire/fields.ts';
import { nextPath, progress } from '../../packages/web/src/self-check/questionnaire/flow.ts';
import {
  type Answers,
  emptyAnswers,
  markUnknown,
  setAnswer,
  setMembers,
  toHousehold,
} from '../../packages/web/src/self-check/questionnaire/state.ts';

const INCOMES = ['earnedIncome', 'businessIncome', 'pensionIncome', 'otherIncome'];
const MEMBER = /^members\[(\d+)\]\.(\w+)$/;
const NO_INCOME = { earnedIncome: 0, businessIncome: 0, pensionIncome: 0, otherIncome: 0, disabled: false };
const PLAIN = HOUSEHOLDS.elderly.household;

/** The three people of issue 17 besides the browser-test households. */
const ISSUE_17: Record<string, HouseholdPlan> = {
  'elderly 72 alone, 광산구': {
    household: { ...PLAIN },
    members: [{ relation: 'head', age: 72, ...NO_INCOME, pensionIncome: 350_000 }],
  },
  'worker 29 alone, 서구': {
    household: { ...HOUSEHOLDS.youngWorker.household },
    members: [{ relation: 'head', age: 29, ...NO_INCOME, earnedIncome: 2_400_000 }],
  },
};

function planned(plan: HouseholdPlan, path: string): unknown {
  const m = MEMBER.exec(path);
  if (m && m[2] === 'hasIncome') {
    const person = plan.members[Number(m[1])] ?? {};
    return INCOMES.some((k) => Number(person[k] ?? 0) > 0);
  }
  if (m) return plan.members[Number(m[1])]?.[m[2] as string];
  return plan.household[path];
}

function nextOf(a: Answers) {
  const s = screenHousehold(knownFieldsOnly(toHousehold(a)));
  return s.ok ? s.nextQuestions : [];
}

export function walk(plan: HouseholdPlan): { asked: number; maxRise: number; firstEstimate: number } {
  let a = emptyAnswers;
  let last: number | null = null;
  let maxRise = 0;
  let firstEstimate = 0;
  for (let step = 0; step < 200; step++) {
    const next = nextOf(a);
    const path = nextPath(a, next);
    if (!path) break;
    const { total } = progress(a, next, path, last);
    if (last === null) firstEstimate = total;
    else maxRise = Math.max(maxRise, total - last);
    last = total;
    if (path === 'members') {
      a = setMembers(
        a,
        plan.members.map((m) => ({ relation: m.relation, age: m.age })),
        plan.members.map(() => null),
      );
      continue;
    }
    const v = planned(plan, path);
    a = v === undefined || (plan.unknown ?? []).includes(path) ? markUnknown(a, path) : setAnswer(a, path, v as never);
  }
  return { asked: a.asked.length, maxRise, firstEstimate };
}

export async function runQuestionsBench(): Promise<Record<string, number>> {
  const all: Record<string, HouseholdPlan> = { ...ISSUE_17, ...HOUSEHOLDS };
  const out: Record<string, number> = {};
  for (const [name, plan] of Object.entries(all)) {
    const r = walk(plan);
    out[name] = r.asked;
    console.log(
      `${name.padEnd(28)} ${String(r.asked).padStart(3)} questions; estimate first 약 ${r.firstEstimate}, largest rise +${r.maxRise}`,
    );
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runQuestionsBench();
