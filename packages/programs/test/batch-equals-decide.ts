import type { Household, Program } from '@jibsa/rules';
import { type BatchResult, statusName } from '@jibsa/rules/batch';
import { expect } from 'vitest';
import { decideOrNull } from '../../rules/test/fixtures/decide-or-null.ts';

/**
 * A batch result for one program equals the scalar `decide`, household by household: status, amount and
 * every criterion. Statuses met are added to `seen`, so a caller can show its sample is not vacuous.
 */
export function expectBatchEqualsDecide(
  program: Program,
  res: BatchResult,
  hs: readonly Household[],
  date: string,
  seen: Set<string>,
): void {
  hs.forEach((h, i) => {
    const d = decideOrNull(program, h, date);
    const where = `${program.id} on ${date}, household ${JSON.stringify(h)}`;
    const status = statusName(res.status[i] as number);
    seen.add(status);
    expect(status, where).toBe(d === null ? 'unavailable' : d.status);
    if (d === null) return;
    const amount = res.amount[i] as number;
    expect(Number.isNaN(amount) ? null : amount, where).toBe(d.amount);
    for (const c of d.criteria) {
      const code = res.criteria[c.id]?.[i];
      expect(code === -1 ? null : code === 1, `${where} criterion ${c.id}`).toBe(c.outcome);
    }
  });
}
