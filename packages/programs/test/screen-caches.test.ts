import {
  children,
  decideWithReasons,
  type Evidence,
  type Expr,
  type Household,
  isWeakEvidence,
  type Label,
  type ParameterUse,
  type Program,
  weakestEvidence,
} from '@jibsa/rules';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { catalog } from '../src/shared/catalog/registry.ts';
import { gradeReasons, weakFiguresNote } from '../src/shared/screen/evidence.ts';
import { householdArb } from './household-arb.ts';

/**
 * Screening keeps figures filled in per program and date (rules explain/figures.ts) and grades
 * reasons with plain loops (evidence.ts). Neither may change an answer: a warm screening, its
 * caches filled on other dates in between, equals a cold one from freshly loaded modules; and the
 * grading equals the plain definition it replaced, on random households.
 */
const DATES = ['2021-06-01', '2025-03-01', '2026-03-01'];
const sample = (seed: number) => fc.sample(householdArb, { numRuns: 40, seed }) as Household[];

describe('screening caches change no answer', () => {
  it('a warm screening across interleaved dates equals a cold one', async () => {
    const warm = await import('../src/shared/screen/screen.ts');
    const hs = sample(11);
    const warmAnswers = DATES.map(() => [] as unknown[]);
    for (const h of hs)
      for (const [k, date] of DATES.entries()) warmAnswers[k]?.push(warm.screenHousehold(h, { date }));
    for (const [k, date] of DATES.entries()) {
      vi.resetModules();
      const cold = await import('../src/shared/screen/screen.ts');
      expect(cold.screenHousehold).not.toBe(warm.screenHousehold);
      const coldAnswers = hs.map((h) => cold.screenHousehold(h, { date }));
      expect(JSON.stringify(coldAnswers)).toBe(JSON.stringify(warmAnswers[k]));
      expect(coldAnswers).toStrictEqual(warmAnswers[k]);
    }
  });

  it('grading reasons equals the plain definition', () => {
    const programs = catalog.flatMap((e) => (e.program ? [e.program] : []));
    let noted = 0;
    for (const date of DATES)
      for (const h of sample(12))
        for (const program of programs) {
          let r: ReturnType<typeof decideWithReasons>;
          try {
            r = decideWithReasons(program, h, { date, values: false });
          } catch {
            continue;
          }
          const reasons = r.criteria.map((c) => ({ id: c.id, outcome: c.outcome, text: c.sentence }));
          const worded = r.criteria.map((c) => c.figures);
          const want = plainGrade(program, reasons, r.parameters, worded);
          expect(gradeReasons(program, reasons, r.parameters, worded)).toStrictEqual(want);
          noted += want.reasons.filter((x) => x.weak).length;
        }
    // Not vacuous: some reasons are marked.
    expect(noted).toBeGreaterThan(0);
  });
});

type Reason = { readonly id: string; readonly outcome: boolean | null; readonly text: Label; readonly weak?: true };

/**
 * The grading as first written (map/filter over every figure), kept here as the definition: a reason
 * names the weak figures of its rule, in the rule's order, that the screening read and its wording used.
 */
function plainGrade(
  program: Program,
  reasons: readonly Reason[],
  used: readonly ParameterUse[],
  worded: readonly (readonly string[])[],
) {
  const weak = new Map(used.filter((u) => isWeakEvidence(u.evidence)).map((u) => [u.id, u]));
  const evidence: Evidence = weakestEvidence(used.map((u) => u.evidence));
  if (weak.size === 0) return { reasons: [...reasons], evidence };
  const byCriterion = new Map(program.criteria.map((c) => [c.id, paramsOf(program, c.expr, new Set())]));
  const noted: ParameterUse[] = [];
  const marked = reasons.map((r, i): Reason => {
    if (r.outcome === null) return r;
    const figures = [...(byCriterion.get(r.id) ?? [])]
      .filter((id) => worded[i]?.includes(id))
      .flatMap((id) => (weak.get(id) ? [weak.get(id) as ParameterUse] : []));
    if (!figures.length) return r;
    for (const u of figures) if (!noted.some((n) => n.id === u.id)) noted.push(u);
    return { ...r, weak: true };
  });
  if (!noted.length) return { reasons: [...reasons], evidence };
  const figuresNote = weakFiguresNote(
    noted.filter((u) => u.evidence === 'single').map((u) => u.label),
    noted.filter((u) => u.evidence !== 'single').map((u) => u.label),
  );
  return { evidence, reasons: marked, figuresNote };
}

function paramsOf(program: Program, e: Expr, seen: Set<string>): Set<string> {
  const out = new Set<string>();
  const visit = (x: Expr) => {
    if (x.kind === 'param') out.add(x.id);
    if (x.kind === 'ref' && !seen.has(x.id)) {
      seen.add(x.id);
      const v = program.variables.get(x.id);
      if (v) visit(v.expr);
    }
    for (const [, c] of children(x)) visit(c);
  };
  visit(e);
  return out;
}
