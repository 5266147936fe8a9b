import {
  type DecisionWithReasons,
  decideWithReasons,
  type Household,
  inForceOn,
  type Label,
  type Program,
} from '@jibsa/rules';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fillSentence } from '../../rules/src/explain/figures.ts';
import { formatValue } from '../../rules/src/explain/format.ts';
import { catalog } from '../src/shared/catalog/registry.ts';
import { householdArb } from './household-arb.ts';

/**
 * Reasons and summaries are worded from labels whose figures are already filled in for the date
 * (explain/figures.ts labelForSentence, the comparison names kept per date in explain/compare.ts,
 * summarize's fillFigures), instead of filling every finished sentence. The text must be what
 * filling the finished sentence gave: compared on random households, with the dates interleaved so
 * that names kept for one date would show on another.
 */
const FIGURE = /\{[pnwsy]:/;
const DATES = ['2021-06-01', '2026-03-01', '2024-06-01'];
const programs = catalog.flatMap((e) => (e.program ? [e.program] : []));
const households = (seed: number) => fc.sample(householdArb, { numRuns: 60, seed }) as Household[];

function tryDecide(decide: typeof decideWithReasons, program: Program, h: Household, date: string) {
  try {
    return decide(program, h, { date, values: false });
  } catch {
    return null;
  }
}

describe('sentences worded from filled labels', () => {
  it('equal the sentences worded from raw labels and filled afterwards', async () => {
    vi.resetModules();
    // The reference: labels reach the wording as written, and only fillSentence fills figures.
    vi.doMock('../../rules/src/explain/figures.ts', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../rules/src/explain/figures.ts')>();
      return { ...real, labelForSentence: (label: Label) => label };
    });
    const raw = (await import('../../rules/src/explain/result.ts')).decideWithReasons;
    vi.doUnmock('../../rules/src/explain/figures.ts');
    expect(raw).not.toBe(decideWithReasons);
    let filled = 0;
    for (const h of households(31))
      for (const date of DATES)
        for (const program of programs) {
          const got = tryDecide(decideWithReasons, program, h, date);
          const want = tryDecide(raw, program, h, date);
          expect(got?.criteria.map((c) => c.sentence)).toStrictEqual(want?.criteria.map((c) => c.sentence));
          if (got) filled += program.criteria.filter((c) => FIGURE.test(c.label.ko + c.label.en)).length;
        }
    // Not vacuous: the sample words criteria whose labels name figures.
    expect(filled).toBeGreaterThan(0);
  });

  it('summaries equal the plain definition filled afterwards', () => {
    let named = 0;
    for (const h of households(32))
      for (const date of DATES)
        for (const program of programs) {
          const r = inForceOn(program, date) ? tryDecide(decideWithReasons, program, h, date) : null;
          if (r === null) continue;
          const plain = plainSummary(program, r);
          expect(r.summary).toStrictEqual(fillSentence(plain, program, date));
          if (FIGURE.test(plain.ko)) named++;
        }
    // Not vacuous: some summaries name a figure before filling.
    expect(named).toBeGreaterThan(0);
  });
});

/** explain/result.ts summarize as first written: raw labels, the whole summary filled afterwards. */
function plainSummary(program: Program, d: DecisionWithReasons): Label {
  const name = program.label;
  if (d.status === 'eligible') {
    const amt = d.amount === null ? null : formatValue(d.amount, d.amountUnit);
    return {
      ko: `${name.ko} 대상입니다.${amt ? ` ${program.amount?.label.ko ?? '금액'}: ${amt.ko}` : ''}`,
      en: `Eligible for ${name.en}.${amt ? ` ${program.amount?.label.en ?? 'Amount'}: ${amt.en}` : ''}`,
    };
  }
  if (d.status === 'ineligible') {
    const failed = d.criteria
      .filter((c) => c.outcome === false)
      .map((c) => program.criteria.find((x) => x.id === c.id)?.label as Label);
    return {
      ko: `${name.ko} 대상이 아닙니다 (${failed.map((l) => l.ko).join(', ')}).`,
      en: `Not eligible for ${name.en} (${failed.map((l) => l.en).join(', ')}).`,
    };
  }
  const next = d.missing[0];
  return {
    ko: `${name.ko}: 판단하려면 정보가 더 필요합니다${next ? ` (먼저: ${next.label.ko})` : ''}.`,
    en: `${name.en}: more information needed${next ? ` (first: ${next.label.en})` : ''}.`,
  };
}
