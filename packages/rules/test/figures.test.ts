import { describe, expect, it } from 'vitest';
import { holdsFigures } from '../src/explain/figures.ts';
import { decideWithReasons, defineProgram, fillFigures, p, RuleDefinitionError, v } from '../src/index.ts';
import { incomeRatio, incomeRatioRaised, medianIncome, schema } from './fixtures/sample.ts';

const ratio = incomeRatioRaised;

function withLabel(ko: string, en = 'test') {
  return defineProgram({
    id: 'sample.figures',
    label: { ko: '샘플', en: 'sample' },
    schema,
    criteria: { low: { label: { ko, en }, test: v.le(v.mul(v.input('deposit'), p(ratio)), 250_000) } },
    parameters: [medianIncome],
  });
}

describe('figures named in labels', () => {
  it('are filled with the value in force on the date, in the label and the sentence', () => {
    const prog = withLabel(
      '보증금이 백만원의 {p:sample.income-ratio} 이하',
      'deposit within {p:sample.income-ratio} of a million',
    );
    const c = prog.criteria[0];
    if (!c) throw new Error('no criterion');
    expect(fillFigures(c.label, prog, '2024-12-31')).toEqual({
      ko: '보증금이 백만원의 48% 이하',
      en: 'deposit within 48% of a million',
    });
    expect(fillFigures(c.label, prog, '2025-01-01').ko).toBe('보증금이 백만원의 50% 이하');
    const r = decideWithReasons(prog, { deposit: 490_000, members: [] }, { date: '2025-06-01' });
    expect(r.criteria[0]?.label.ko).toBe('보증금이 백만원의 50% 이하');
    expect(r.criteria[0]?.sentence.ko).not.toContain('{');
    expect(r.status).toBe('eligible');
  });

  it('a result on another date has the labels, name and summary of its own date (kept per program and date)', () => {
    const prog = defineProgram({
      id: 'sample.figures-dated',
      label: { ko: '샘플 {p:sample.income-ratio} 기준', en: 'sample {p:sample.income-ratio} rule' },
      schema,
      criteria: {
        low: {
          label: { ko: '비율 {p:sample.income-ratio} 이하', en: 'ratio {p:sample.income-ratio} or less' },
          test: v.le(v.mul(v.input('deposit'), p(ratio)), 250_000),
        },
      },
      amount: v.num(1, 'KRW/month'),
      amountLabel: { ko: '금액 {p:sample.income-ratio} 기준', en: 'amount {p:sample.income-ratio} rule' },
    });
    const h = { deposit: 900_000, members: [] };
    for (const [date, pct] of [
      ['2024-06-01', '48%'],
      ['2025-06-01', '50%'],
      ['2024-06-01', '48%'],
    ] as const) {
      const r = decideWithReasons(prog, h, { date });
      expect(r.criteria[0]?.label.ko, date).toBe(`비율 ${pct} 이하`);
      expect(r.summary.ko, date).toBe(`샘플 ${pct} 기준 대상이 아닙니다 (비율 ${pct} 이하).`);
      const eligible = decideWithReasons(prog, { deposit: 0, members: [] }, { date });
      expect(eligible.summary.en, date).toBe(`Eligible for sample ${pct} rule. amount ${pct} rule: 1 won`);
    }
  });

  it('a bare number ({n:…}) drops the unit; a ratio reads as a percentage', () => {
    const prog = withLabel('비율 {n:sample.income-ratio} 이하');
    expect(fillFigures(prog.criteria[0]?.label as never, prog, '2020-01-01').ko).toBe('비율 48 이하');
  });

  it('the years a value has held ({s:…} first, {y:…} first to latest dated) follow the value in force', () => {
    const held = {
      ...ratio,
      periods: [...ratio.periods, { ...incomeRatio.periods[0], from: '2027-01-01', value: 0.5 }],
    } as typeof incomeRatio;
    const prog = defineProgram({
      id: 'sample.years',
      label: { ko: '샘플', en: 'sample' },
      schema,
      criteria: {
        low: {
          label: {
            ko: '{n:sample.income-ratio}% ({y:sample.income-ratio}년), {s:sample.income-ratio}년부터 이하',
            en: '{n:sample.income-ratio}% ({y:sample.income-ratio}), from {s:sample.income-ratio} or less',
          },
          test: v.le(v.mul(v.input('deposit'), p(held)), 250_000),
        },
      },
    });
    const label = prog.criteria[0]?.label as never;
    expect(fillFigures(label, prog, '2026-06-01')).toEqual({
      ko: '50% (2025~2027년), 2025년부터 이하',
      en: '50% (2025–2027), from 2025 or less',
    });
    expect(fillFigures(label, prog, '2020-06-01').ko).toBe('48% (2019년), 2019년부터 이하');
    expect(fillFigures(label, prog, '2018-06-01').ko).toBe('?% (?년), ?년부터 이하');
  });

  it('are checked when the program is defined', () => {
    expect(() => withLabel('{p:sample.nope} 이하')).toThrow(RuleDefinitionError);
    expect(() => withLabel('{p:sample.median-income} 이하')).toThrow(/a table/);
    expect(() => withLabel('기준 {p:sample.income-ratio}')).toThrow(/may not end with a figure/);
  });

  it('are looked for in every text of a program, so sentences of one without any are not searched', () => {
    // holdsFigures decides whether fillSentence searches a program's sentences at all.
    const plain = withLabel('보증금이 백만원의 절반 이하', 'deposit within half a million');
    expect(holdsFigures(plain)).toBe(false);
    const r = decideWithReasons(plain, { deposit: 490_000, members: [] }, { date: '2025-06-01' });
    expect(r.criteria[0]?.sentence.ko).toBe(
      '보증금 등 재산 × 선정기준 비율 245,000원이 250,000원 이하입니다 (기준보다 5,000원 적어요)',
    );
    expect(holdsFigures(withLabel('보증금이 백만원의 {p:sample.income-ratio} 이하'))).toBe(true);
  });
});
