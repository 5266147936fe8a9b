import { fillFigures, type Label } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/shared/catalog/registry.ts';

/** Every label a result can show: the program's, its criteria's, its variables' and its amount's. */
function labelsOf(entry: (typeof catalog)[number]): [string, Label][] {
  const p = entry.program;
  if (!p) return [];
  return [
    ['label', p.label],
    ...(p.amount ? [['amount', p.amount.label] as [string, Label]] : []),
    ...p.criteria.map((c) => [`criteria.${c.id}`, c.label] as [string, Label]),
    ...[...p.variables.values()].map((x) => [`variables.${x.id}`, x.label] as [string, Label]),
  ];
}

// A figure written into a label goes stale when the parameter changes; it is named ({p:id}) instead.
// Digits that are no figure of a parameter (a 고시's article number, "1회") would be listed here with why.
const NOT_FIGURES: readonly RegExp[] = [
  // 행복주택·매입·전세임대 "2순위" is the name of a priority class in the 공급 규칙, not a figure.
  /2순위|2nd-rank/g,
  // 주거취약계층 이사비: paid once per move by the rule's nature, not a parameter.
  /이사할 때 1회/g,
  // 교육급여 "school age" stands in for 초·중·고 enrolment, which the law names (not an age); the rule
  // reads 6 and 18 as a proxy and says so in the label.
  /만 6~18세|\(6–18\)/g,
];

describe('labels name their figures instead of writing them', () => {
  it('no label of any program carries a bare number', () => {
    const bare: string[] = [];
    for (const entry of catalog) {
      for (const [where, label] of labelsOf(entry)) {
        for (const text of [label.ko, label.en]) {
          const rest = NOT_FIGURES.reduce((t, re) => t.replace(re, ''), text.replace(/\{[pn]:[^}]+\}/g, ''));
          if (/\d/.test(rest)) bare.push(`${entry.id} ${where}: ${text}`);
        }
      }
    }
    expect(bare).toEqual([]);
  });

  it('fills a named figure with the value in force on the date', () => {
    const youth = catalog.find((e) => e.id === 'youth-rent')?.program;
    if (!youth) throw new Error('youth-rent missing');
    const age = youth.criteria.find((c) => c.id === 'age');
    if (!age) throw new Error('age criterion missing');
    expect(age.label.ko).toContain('{n:youth-rent.age-max}');
    expect(fillFigures(age.label, youth, '2026-03-01').ko).toMatch(/19~34세/);
  });
});
