import type { Household, Program } from '@jibsa/rules';
import { describe, it } from 'vitest';
import { check, family, gwangjuRenter, person } from './helpers.ts';

/** One income line to test: a household of `size` in Gwangju earning exactly `line`, then 1 won more. */
export interface Line {
  program: Program;
  date: string;
  size: number;
  line: number;
  /** The hand calculation, shown in the test name. */
  calc: string;
  headAge: number;
  fields?: Record<string, unknown>;
  /** Split the income between head and spouse (맞벌이). */
  dual?: boolean;
}

export const NEWLYWED = { married: true, marriedYears: 3 };
export const YOUTH = { married: false };

export function atIncome(l: Line, income: number): Household {
  const members = family(l.size, l.headAge, { earned: l.dual ? income - 1_000_000 : income });
  if (l.dual) members[1] = person('spouse', l.headAge, { earned: 1_000_000 });
  return gwangjuRenter(members, l.fields);
}

/** At the line → eligible; 1 won over → ineligible, for every row. */
export function describeIncomeLines(title: string, lines: readonly Line[]): void {
  describe(title, () => {
    for (const l of lines) {
      const name = `${l.program.id} ${l.date} ${l.size}인${l.dual ? ' 맞벌이' : ''}: ${l.calc} → ${l.line.toLocaleString()}`;
      it(`${name}; at the line`, () =>
        check(l.program, { name, date: l.date, household: atIncome(l, l.line), expect: { status: 'eligible' } }));
      it(`${name}; 1 won over`, () =>
        check(l.program, { name, date: l.date, household: atIncome(l, l.line + 1), expect: { status: 'ineligible' } }));
    }
  });
}
