import { describe, expect, it } from 'vitest';
import type { WhatIfParameters } from '../src/staff/outreach/outreach-types.ts';
import {
  changeFor,
  fieldOfError,
  figureIds,
  MAX_FIGURES,
  nextChange,
  ratioOutOfRange,
  typedValue,
} from '../src/staff/outreach/what-if-figure.ts';

const cite = { title: '고시', url: 'https://example.org/g' };
const figure = (id: string, unit: string, value: unknown) =>
  ({ id, label: { ko: id, en: id }, unit, value, from: '2026-01-01', citation: cite, readBy: [] }) as never;
const params = {
  programs: [
    {
      id: 'a',
      label: { ko: 'A', en: 'A' },
      parameters: [figure('a.rate', 'ratio', 0.48), figure('a.cap', 'KRW', 1_000_000)],
    },
    { id: 'b', label: { ko: 'B', en: 'B' }, parameters: [figure('a.rate', 'ratio', 0.48), figure('b.n', 'count', 3)] },
  ],
} as unknown as WhatIfParameters;

describe('정책 모의 계산: several figures on one form', () => {
  it('numbers each figure’s fields apart, the first keeping the one-figure form’s ids', () => {
    expect(figureIds(0)).toMatchObject({ program: 'what-if-program', parameter: 'what-if-parameter' });
    expect(figureIds(0).value('')).toBe('what-if-value');
    expect(figureIds(0).value('3')).toBe('what-if-value-3');
    expect(figureIds(1).value('3')).toBe('what-if-f2-value-3');
    const all = Array.from({ length: MAX_FIGURES }, (_, i) => figureIds(i));
    const ids = all.flatMap((x) => [x.program, x.parameter, x.value(''), x.value('1')]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts a server error at the figure and cell it names', () => {
    expect(fieldOfError('overrides.1.value.3')).toEqual({ index: 1, fieldId: 'what-if-f2-value-3', parameter: false });
    expect(fieldOfError('overrides.0.value')).toEqual({ index: 0, fieldId: 'what-if-value', parameter: false });
    expect(fieldOfError('overrides.2.parameter')).toEqual({
      index: 2,
      fieldId: 'what-if-f3-parameter',
      parameter: true,
    });
    expect(fieldOfError('overrides')).toBeNull();
  });

  it('adds a figure no other change names: the same program’s next, then another program’s', () => {
    const first = changeFor(params, 'a');
    expect(first.parameterId).toBe('a.rate');
    const second = nextChange(params, [first]);
    expect(second).toMatchObject({ programId: 'a', parameterId: 'a.cap' });
    // Program b reads a.rate too, already chosen: its own figure comes next.
    expect(nextChange(params, [first, second])).toMatchObject({ programId: 'b', parameterId: 'b.n' });
  });

  it('reads a ratio typed in % and refuses what is not a number', () => {
    const rate = params.programs[0]?.parameters[0] as never;
    expect(typedValue(rate, { '': { text: '60', unit: 'won' } })).toEqual({ '': 0.6 });
    expect(typedValue(rate, { '': { text: '육십', unit: 'won' } })).toEqual({ '': null });
    // A rate written with its sign, as people write one.
    expect(typedValue(rate, { '': { text: '50%', unit: 'won' } })).toEqual({ '': 0.5 });
    expect(typedValue(rate, { '': { text: '50 ％', unit: 'won' } })).toEqual({ '': 0.5 });
    // Out of the API's range (0–10, i.e. 0–1,000 %), told in percent before sending.
    expect(ratioOutOfRange(rate, 20)).toBe(true);
    expect(ratioOutOfRange(rate, 0.5)).toBe(false);
  });
});
