import type { Label } from '@jibsa/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVERYDAY_WORDS, parseChoice } from '../src/choices.ts';
import { TARGET_FIELDS } from '../src/fields.ts';
import { squash } from '../src/values.ts';

/** parseChoice as it was written before its names were indexed: every name squashed for each cell. */
function reference(
  raw: string,
  field: string,
  values: readonly string[],
  labels: Readonly<Record<string, Label>> = {},
) {
  const s = squash(raw.trim());
  const words = EVERYDAY_WORDS[field] ?? {};
  for (const v of values) {
    const label = labels[v];
    const names = [v, ...(words[v] ?? []), ...(label ? [label.ko, label.en] : [])].map(squash);
    if (names.includes(s)) return v;
  }
  for (const v of values) {
    if ((words[v] ?? []).some((w) => w.length >= 2 && s.startsWith(squash(w)))) return v;
  }
  return 'ERROR';
}

const choiceFields = TARGET_FIELDS.filter((f) => f.values && f.values.length > 0 && f.key !== 'head.carEngine');

describe('parseChoice reads a value as reading every name again would', () => {
  it('for cells made of the fields’ own names, words and labels, with spaces, case and tails changed', () => {
    let compared = 0;
    let read = 0;
    for (const f of choiceFields) {
      const field = f.key.replace(/^head\./, '');
      const values = f.values as readonly string[];
      const words = EVERYDAY_WORDS[field] ?? {};
      const names = values.flatMap((v) => [
        v,
        ...(words[v] ?? []),
        ...(f.valueLabels?.[v] ? [f.valueLabels[v].ko, f.valueLabels[v].en] : []),
      ]);
      const cell = fc
        .tuple(
          fc.constantFrom(...names),
          fc.constantFrom('', ' ', '  '),
          fc.constantFrom('', ' 신창동', '(월 25만)', 'x', '·'),
          fc.boolean(),
        )
        .map(([name, pad, tail, upper]) => `${pad}${upper ? name.toUpperCase() : name}${tail}${pad}`);
      fc.assert(
        fc.property(cell, (text) => {
          const got = parseChoice(text, field, values, f.valueLabels);
          const want = reference(text, field, values, f.valueLabels);
          expect(got.ok ? got.value : 'ERROR', `${f.key} ${JSON.stringify(text)}`).toBe(want);
          compared++;
          if (want !== 'ERROR') read++;
        }),
        { numRuns: 200, seed: 42 },
      );
    }
    expect(choiceFields.length).toBeGreaterThan(5);
    // Most cells read as a value, some not: both outcomes were compared.
    expect(read).toBeGreaterThan(compared / 2);
    expect(read).toBeLessThan(compared);
  });
});

describe('a value parseChoice cannot read', () => {
  it('is explained with the values’ labels in each language, not their codes', () => {
    const tenure = TARGET_FIELDS.find((f) => f.key === 'tenure');
    const got = parseChoice('하숙', 'tenure', tenure?.values ?? [], tenure?.valueLabels);
    expect(got.ok).toBe(false);
    if (got.ok) return;
    expect(got.message.ko).toBe(
      '알 수 없는 값입니다: "하숙" (예: 월세 (보증부 월세 포함), 전세, 내 집 (자가), 무상으로 거주, 거처 없음)',
    );
    expect(got.message.en).toBe(
      'unknown value: "하숙" (one of: Monthly rent; Jeonse (lump-sum deposit); Own home; Living rent-free; No place to live)',
    );
  });
});
