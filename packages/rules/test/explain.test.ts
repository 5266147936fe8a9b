import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasBatchim, josa } from '../src/explain/format.ts';
import { decideWithReasons, defineProgram, formatNumber, ParameterLookupError, p, v } from '../src/index.ts';
import { assetLimit, assetRate, recognizedIncome, rentBenefit, schema, threshold } from './fixtures/sample.ts';

const household = {
  size: 2,
  rent: 400_000,
  region: 'seoul',
  deposit: 20_000_000,
  ownsHome: false,
  members: [
    { birthDate: '1950-05-01', earnedIncome: 500_000, otherIncome: 0, disabled: false },
    { birthDate: '1990-01-01', earnedIncome: 300_000, otherIncome: 100_000, disabled: false },
  ],
};

describe('explanations', () => {
  const r = decideWithReasons(rentBenefit, household, { date: '2025-03-01' });

  it('decides and computes the amount', () => {
    // income = floor(0.7·800,000 + 100,000 + 20,000,000·0.0104) = 868,000; threshold = 3,930,000·0.48
    expect(r.status).toBe('eligible');
    // base = min(400,000, 370,000); 868,000 − 943,200 ≤ 0 so full base; + 1 senior × 25,000
    expect(r.amount).toBe(395_000);
    expect(r.amountUnit).toBe('KRW/month');
  });

  it('writes one sentence per criterion in Korean and English', () => {
    const s = Object.fromEntries(r.criteria.map((c) => [c.id, c.sentence]));
    expect(s.income).toEqual({
      // With how far from the line: 1,886,400 − 868,000.
      ko: '가구 소득인정액 868,000원이 선정기준 1,886,400원 이하입니다 (기준보다 1,018,400원 적어요)',
      en: 'Household recognized income 868,000 won is at or below the threshold 1,886,400 won (1,018,400 won below the line)',
    });
    expect(s.noHome).toEqual({ ko: '주택 소유: 아니요', en: 'Owns a home: no' });
    expect(s.assets?.ko).toBe(
      '보증금 등 재산 20,000,000원이 재산 기준 150,000,000원 이하입니다 (기준보다 130,000,000원 적어요)',
    );
    expect(r.summary.ko).toBe('샘플 임차급여 대상입니다. 월 임차급여: 395,000원');
  });

  it('states a failed comparison positively', () => {
    const rich = { ...household, members: [{ ...household.members[0], earnedIncome: 5_000_000 }] };
    const x = decideWithReasons(rentBenefit, rich, { date: '2025-03-01' });
    expect(x.status).toBe('ineligible');
    expect(x.amount).toBeNull();
    // 3,708,000 − 1,886,400 over the line.
    expect(x.criteria[0]?.sentence.ko).toBe(
      '가구 소득인정액 3,708,000원이 선정기준 1,886,400원 초과입니다 (기준보다 1,821,600원 많아요)',
    );
    expect(x.criteria[0]?.sentence.en).toBe(
      'Household recognized income 3,708,000 won is above the threshold 1,886,400 won (1,821,600 won above the line)',
    );
    expect(x.summary.en).toBe('Not eligible for sample rent benefit (income test).');
  });

  it('says what is needed when a criterion is undecided', () => {
    const x = decideWithReasons(
      rentBenefit,
      { size: 1, region: 'seoul', ownsHome: false, members: [{ birthDate: '1990-01-01' }] },
      { date: '2025-03-01' },
    );
    const income = x.criteria.find((c) => c.id === 'income');
    expect(income?.outcome).toBeNull();
    expect(income?.sentence.ko).toMatch(/^소득 기준: 아직 판단할 수 없습니다 \(필요한 정보: .*가구원 1의 근로소득/);
    expect(x.summary.ko).toContain('(먼저: 보증금 등 재산)');
  });

  it('lists the parameters used with period, citation and evidence grade', () => {
    const median = r.parameters.find((x) => x.id === 'sample.median-income');
    expect(median).toMatchObject({
      value: 3_930_000,
      keys: ['2'],
      from: '2025-01-01',
      evidence: 'single',
      unit: 'KRW/month',
    });
    expect(median?.citation.article).toBe('별표1 (2025)');
    const old = decideWithReasons(rentBenefit, household, { date: '2019-06-01' });
    const oldMedian = old.parameters.find((x) => x.id === 'sample.median-income');
    expect(oldMedian).toMatchObject({ value: 2_900_000, from: '2019-01-01', to: '2024-12-31', evidence: 'official' });
    expect(old.parameters.find((x) => x.id === 'sample.senior-supplement')?.value).toBe(20_000);
    // 2019: threshold 1,392,000, half 696,000 < income, so 370,000 − 0.3·172,000 + 20,000.
    expect(old.amount).toBe(338_400);
  });

  it('records the values used, inputs and variables', () => {
    const income = r.values.find((x) => x.kind === 'variable' && x.ref === 'recognizedIncome');
    expect(income).toMatchObject({ value: 868_000, text: { ko: '868,000원', en: '868,000 won' } });
    expect(r.values.find((x) => x.ref === 'members[1].earnedIncome')?.label.ko).toBe('가구원 2의 근로소득');
    expect(r.values.find((x) => x.ref === 'region')?.text).toEqual({ ko: '서울', en: 'Seoul' });
  });

  it('refuses dates no parameter period covers, and malformed dates', () => {
    expect(() => decideWithReasons(rentBenefit, household, { date: '2018-12-31' })).toThrow(ParameterLookupError);
    expect(() => decideWithReasons(rentBenefit, household, { date: '2025-13-01' })).toThrow(/ISO date/);
  });
});

describe('formatting', () => {
  it('groups thousands and trims decimals', () => {
    expect(formatNumber(1_523_000)).toBe('1,523,000');
    expect(formatNumber(-1234.5)).toBe('-1,234.5');
    expect(formatNumber(0.125)).toBe('0.13');
    expect(formatNumber(999)).toBe('999');
  });
  it('chooses Korean particles by final consonant', () => {
    expect(josa('1,523,000원', '이', '가')).toBe('1,523,000원이');
    expect(josa('서울', '이', '가')).toBe('서울이');
    expect(josa('경기', '이', '가')).toBe('경기가');
    expect(hasBatchim('3')).toBe(true); // 삼
    expect(hasBatchim('2')).toBe(false); // 이
  });
});

describe('an undecided criterion', () => {
  const program = defineProgram({
    id: 'sample.undecided',
    label: { ko: '샘플', en: 'sample' },
    schema,
    criteria: {
      size: { label: { ko: '가구 규모', en: 'size' }, test: v.le(v.input('size'), 4) },
      rent: { label: { ko: '임차료', en: 'rent' }, test: v.le(v.input('rent'), 500_000) },
      deposit: { label: { ko: '재산', en: 'assets' }, test: v.le(v.input('deposit'), 50_000_000) },
    },
  });
  const needed = (h: Record<string, unknown>) =>
    decideWithReasons(program, { members: [], ...h } as never, { date: '2025-03-01' }).criteria.map(
      (c) => c.sentence.en,
    );

  it('names the inputs it needs, its own, whichever criteria are undecided', () => {
    expect(needed({ size: 2 }).slice(1)).toEqual([
      'Rent: cannot be decided yet (needed: monthly rent)',
      'Assets: cannot be decided yet (needed: deposit and assets)',
    ]);
    expect(needed({ rent: 100_000 })).toEqual([
      'Size: cannot be decided yet (needed: household size)',
      expect.stringMatching(/^Monthly rent 100,000 won is at or below/),
      'Assets: cannot be decided yet (needed: deposit and assets)',
    ]);
  });

  it('names them when another criterion already failed (the result is not eligible)', () => {
    expect(needed({ size: 9, deposit: 1 }).slice(1, 2)).toEqual(['Rent: cannot be decided yet (needed: monthly rent)']);
  });
});

/** hasBatchim as first written: the last character of the trimmed word, as a string. */
function hasBatchimReference(word: string): boolean {
  const last = word.trim().slice(-1);
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 !== 0;
  if (last === '²' || last === '㎡') return false;
  return new Set(['0', '1', '3', '6', '7', '8']).has(last);
}

describe('hasBatchim', () => {
  it('reads the last character but trailing white space, as trimming the word does', () => {
    // Every character trim removes, Hangul with and without 받침, digits, units and Latin letters.
    const white = [...Array.from({ length: 0x3001 }, (_, c) => c), 0xfeff].filter((c) =>
      /\s/.test(String.fromCharCode(c)),
    );
    const chars = [
      ...white.map((c) => String.fromCharCode(c)),
      '원',
      '세',
      '가',
      '각',
      '힣',
      '0',
      '2',
      '3',
      '8',
      '²',
      '㎡',
      'a',
      '%',
      '\u0085',
      '\u200b',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 6 }), (cs) => {
        const word = cs.join('');
        expect(hasBatchim(word), JSON.stringify(word)).toBe(hasBatchimReference(word));
      }),
      { numRuns: 5000 },
    );
    expect(white.length).toBeGreaterThan(20);
  });
});

describe('a sum with an unknown input on its right', () => {
  // 청년월세's 원가구 test has this shape: "30 or over, or (소득인정액 + the parents' income) within the
  // line", where the parents' income of someone over 30 is not asked. Wording why the rule holds looks at
  // the second operand too, and its sum is unknown whatever 소득인정액 is.
  const program = defineProgram({
    id: 'sample.plus-rent',
    label: { ko: '샘플', en: 'sample' },
    schema,
    criteria: {
      either: {
        label: { ko: '무주택이거나 소득과 임차료가 기준 이하', en: 'no home, or income and rent within the line' },
        test: v.or(v.not(v.input('ownsHome')), v.le(v.add(recognizedIncome, v.input('rent')), threshold)),
      },
    },
  });
  const base = { size: 2, region: 'seoul', deposit: 20_000_000, ownsHome: false, members: household.members };
  const explain = (h: Record<string, unknown>) => decideWithReasons(program, h as never, { date: '2025-03-01' });
  const read = (h: Record<string, unknown>) => explain(h).parameters.map((x) => x.id);

  it('does not work out the left side, so its figures are not cited', () => {
    const r = explain(base);
    expect(r.status).toBe('eligible');
    expect(r.criteria[0]?.sentence.en).toBe('Owns a home: no');
    // The line is still read (the comparison's right side); 소득인정액's asset rate is not.
    expect(read(base)).toEqual(['sample.median-income', 'sample.income-ratio']);
  });

  it('reads and cites the left side once the input is known', () => {
    expect(read({ ...base, rent: 100_000 })).toContain(assetRate.id);
    expect(explain({ ...base, rent: 100_000 }).status).toBe('eligible');
  });
});

describe("the figures a criterion's reason rests on", () => {
  // "Income within the line, or assets within the limit": met by one alternative, its reason words that one only.
  const program = defineProgram({
    id: 'sample.either',
    label: { ko: '샘플', en: 'sample' },
    schema,
    criteria: {
      either: {
        label: { ko: '소득이나 재산이 기준 이하', en: 'income or assets within the limit' },
        test: v.or(v.le(recognizedIncome, threshold), v.le(v.input('deposit'), p(assetLimit, v.input('region')))),
      },
    },
  });
  const base = { size: 2, region: 'seoul', ownsHome: false, members: household.members };
  const figures = (h: Record<string, unknown>) =>
    decideWithReasons(program, h as never, { date: '2025-03-01' }).criteria[0]?.figures;

  it('are those of the alternatives its sentence words', () => {
    // Income 868,000 is within the line; assets 20,000,000 within the limit too: both alternatives hold, both are worded.
    expect(figures({ ...base, deposit: 20_000_000 })).toEqual([
      assetRate.id,
      'sample.median-income',
      'sample.income-ratio',
      assetLimit.id,
    ]);
    // Income over the line (earnings of 5,000,000): the assets alternative alone met the rule, and its reason rests on the asset limit alone.
    const rich = { ...base, deposit: 20_000_000, members: [{ ...household.members[0], earnedIncome: 5_000_000 }] };
    expect(figures(rich)).toEqual([assetLimit.id]);
    expect(decideWithReasons(program, rich as never, { date: '2025-03-01' }).criteria[0]?.outcome).toBe(true);
  });

  it('are every figure of the rule when nothing settled it (what it still needs)', () => {
    expect(figures({ ...base, members: [{ earnedIncome: 5_000_000 }], deposit: undefined })).toEqual([
      assetRate.id,
      'sample.median-income',
      'sample.income-ratio',
      assetLimit.id,
    ]);
  });
});
