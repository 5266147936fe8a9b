import { isGwangjuDistrict } from '@jibsa/programs';
import type { Page } from 'playwright-core';

export type Answer = number | boolean | string;

/** A household as a person would answer: household fields, people, and questions to answer "잘 모르겠어요". */
export interface HouseholdPlan {
  readonly household: Readonly<Record<string, Answer>>;
  readonly members: readonly Readonly<Record<string, Answer>>[];
  /** Paths answered "잘 모르겠어요" even though the plan may know them. */
  readonly unknown?: readonly string[];
}

export interface Walk {
  /** The household JSON made of exactly what was answered (what the app should screen). */
  readonly household: Record<string, unknown>;
  /** Every question path asked, in order. */
  readonly asked: string[];
  /** Paths answered "잘 모르겠어요". */
  readonly unknown: string[];
}

const MEMBER = /^members\[(\d+)\]\.(\w+)$/;

const INCOMES = ['earnedIncome', 'businessIncome', 'pensionIncome', 'otherIncome'];

/** The plan's answer for a question path, or undefined when the person would not know it. */
function planned(plan: HouseholdPlan, path: string): Answer | undefined {
  const m = MEMBER.exec(path);
  if (m && m[2] === 'hasIncome') {
    // "Any money coming in?": yes when the plan gives this person any income, no when all are 0.
    const person = plan.members[Number(m[1])] ?? {};
    const known = INCOMES.filter((k) => person[k] !== undefined);
    if (known.length < INCOMES.length) return undefined;
    return known.some((k) => Number(person[k]) > 0);
  }
  if (m) return plan.members[Number(m[1])]?.[m[2] as string];
  return plan.household[path];
}

async function currentPath(page: Page): Promise<string | null> {
  await page.waitForSelector('[data-question-path], .result', { timeout: 10_000 });
  return page.evaluate(() => {
    const q = document.querySelector<HTMLElement>('[data-question-path]');
    return q ? (q.dataset.questionPath ?? null) : null;
  });
}

async function fillMembers(page: Page, members: HouseholdPlan['members']) {
  for (let i = 0; i < members.length; i++) {
    const m = members[i] ?? {};
    if (i > 0) {
      await page.getByRole('button', { name: /함께 사는 분 추가|Add a person/ }).click();
      await page.locator(`#person-${i}-relation`).selectOption(String(m.relation));
    }
    if (m.age !== undefined) await page.locator(`#person-${i}-age`).fill(String(m.age));
  }
}

async function fillAnswer(page: Page, kind: string, value: Answer) {
  const q = page.locator('[data-question-path]');
  if (kind === 'money') {
    const n = Number(value);
    // The unit chosen last carries over to the next amount: each is set as this answer needs.
    await q.locator(`input[type=radio][value=${n % 10_000 === 0 ? 'man' : 'won'}]`).check();
    await q.locator('#answer').fill(String(n % 10_000 === 0 ? n / 10_000 : n));
  } else if (kind === 'number' || kind === 'date') {
    await q.locator('#answer').fill(String(value));
  } else if (kind === 'boolean') {
    await q.locator(`input[type=radio][value=${value ? 'yes' : 'no'}]`).check();
  } else {
    await q.locator(`input[type=radio][value="${String(value)}"]`).check();
  }
}

/**
 * Answers the self-check from `#/check` until the result shows, the way a person would: the plan's
 * answer when it has one, "잘 모르겠어요" otherwise. Returns what was actually answered.
 */
export async function walkQuestionnaire(
  page: Page,
  plan: HouseholdPlan,
  opts: { maxSteps?: number } = {},
): Promise<Walk> {
  const household: Record<string, unknown> = {};
  const members: Record<string, Answer>[] = [];
  const asked: string[] = [];
  const unknown: string[] = [];
  for (let step = 0; step < (opts.maxSteps ?? 80); step++) {
    const path = await currentPath(page);
    if (path === null) break;
    asked.push(path);
    const kind = (await page.locator('[data-question-path]').getAttribute('data-kind')) ?? '';
    const value = path === 'members' ? true : planned(plan, path);
    if (plan.unknown?.includes(path) || value === undefined) {
      unknown.push(path);
      await page.getByRole('button', { name: /잘 모르겠어요|I don't know/ }).click();
    } else {
      if (path === 'members') {
        await fillMembers(page, plan.members);
        plan.members.forEach((m, i) => {
          members[i] = {
            relation: i === 0 ? 'head' : (m.relation as Answer),
            ...(m.age !== undefined ? { age: m.age } : {}),
          };
        });
      } else {
        await fillAnswer(page, kind, value);
        const m = MEMBER.exec(path);
        if (m?.[2] === 'hasIncome') {
          // Not an engine input: "no" stands for four zero incomes, which is what the app screens.
          const i = Number(m[1]);
          if (value === false)
            members[i] = { ...(members[i] ?? {}), ...Object.fromEntries(INCOMES.map((k) => [k, 0])) };
        } else if (m) {
          const i = Number(m[1]);
          members[i] = { ...(members[i] ?? {}), [m[2] as string]: value };
        } else household[path] = value;
        if (path === 'gwangjuDistrict' && isGwangjuDistrict(value)) household.region = 'metro';
      }
      await page.locator('[data-question-path] button[type=submit]').click();
    }
    await page.waitForFunction(
      (prev) => {
        const q = document.querySelector<HTMLElement>('[data-question-path]');
        return document.querySelector('.result') !== null || (q !== null && q.dataset.questionPath !== prev);
      },
      path,
      { timeout: 10_000 },
    );
  }
  if (members.length) household.members = members;
  return { household, asked, unknown };
}

export interface ShownProgram {
  id: string;
  status: string;
  amount: number | null;
  amountText: string | null;
  text: string;
}

/** The program cards on the result page, as shown. */
export async function shownPrograms(page: Page): Promise<ShownProgram[]> {
  await page.waitForSelector('.result[data-complete]');
  return page.$$eval('.program-card', (cards) =>
    cards.map((c) => {
      const el = c as HTMLElement;
      const amountEl = el.querySelector<HTMLElement>('[data-amount]');
      return {
        id: el.dataset.programId ?? '',
        status: el.dataset.status ?? '',
        amount: amountEl ? Number(amountEl.dataset.amount) : null,
        amountText: amountEl?.textContent ?? null,
        text: el.textContent ?? '',
      };
    }),
  );
}
