import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLocalProgram, loadLocalPrograms } from '../src/shared/local/load.ts';
import { screenHousehold } from '../src/shared/screen/screen.ts';
import { gwangjuRenter, person } from './helpers.ts';

const sample = JSON.parse(readFileSync(new URL('../local/sample-nam-gu-youth-rent.json', import.meta.url), 'utf8'));
// biome-ignore lint/suspicious/noExplicitAny: tests edit arbitrary paths of the JSON sample
const clone = () => structuredClone(sample) as Record<string, any>;

/**
 * The fictional sample (local/sample-nam-gu-youth-rent.json): 남구, 만 19~39세, 월세, 무주택,
 * 소득인정액 ≤ 중위 60 % (2026 1인: 2,564,238 × 0.6 = 1,538,542.8 → 1,538,543), 월 100,000원 up to the rent.
 */
describe('local programs: a valid file works end to end', () => {
  const loaded = loadLocalProgram(sample);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors, null, 2));
  const screen = (household: object, date = '2026-06-01') => {
    const r = screenHousehold(household, { date, programs: [], extraPrograms: [loaded.entry] });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.programs[0];
  };
  const youth = (income: number, fields: Record<string, unknown> = {}) =>
    gwangjuRenter([person('head', 25, { other: income })], { gwangjuDistrict: 'nam', monthlyRent: 300_000, ...fields });

  it('is marked as a sample in both languages', () => {
    expect(loaded.entry.metadata.name.ko.startsWith('[예시]')).toBe(true);
    expect(loaded.entry.metadata.name.en.startsWith('[SAMPLE]')).toBe(true);
  });
  it('남구 25세, 소득 100만원, 월세 30만원 → 대상, 100,000원', () => {
    const r = screen(youth(1_000_000));
    expect(r?.status).toBe('eligible');
    expect(r?.amount).toBe(100_000);
    expect(r?.parameters.every((p) => p.citation.url.startsWith('https://'))).toBe(true);
  });
  it('월세 8만원이면 8만원까지만', () =>
    expect(screen(youth(1_000_000, { monthlyRent: 80_000 }))?.amount).toBe(80_000));
  it('소득인정액 딱 1,538,543 대상, 1,538,544 아님', () => {
    expect(screen(youth(1_538_543))?.status).toBe('eligible');
    expect(screen(youth(1_538_544))?.status).toBe('ineligible');
  });
  it('북구에 살면 대상 아님', () =>
    expect(screen(youth(1_000_000, { gwangjuDistrict: 'buk' }))?.status).toBe('ineligible'));
  it('자치구를 모르면 판단 불가, 자치구를 물음', () => {
    const h: Record<string, unknown> = { ...youth(1_000_000) };
    delete h.gwangjuDistrict;
    const r = screen(h);
    expect(r?.status).toBe('unknown');
    expect(r?.missing.map((m) => m.path)).toEqual(['gwangjuDistrict']);
  });
  it('2027: the sample figures end 2026-12-31 → "not encoded"', () =>
    expect(screen(youth(1_000_000), '2027-03-01')?.unavailable).toBeDefined());
  it('a start date makes earlier dates "not eligible", and is checked', () => {
    const file = clone();
    file.metadata.startedOn = {
      date: '2026-03-01',
      citation: { title: '남구 공고 (예시)', url: 'https://example.org/notice' },
      verified: true,
    };
    const started = loadLocalProgram(file);
    if (!started.ok) throw new Error(JSON.stringify(started.errors));
    const r = screenHousehold(youth(1_000_000), { date: '2026-02-28', programs: [], extraPrograms: [started.entry] });
    expect(r.ok && r.programs[0]?.status).toBe('ineligible');
    expect(r.ok && r.programs[0]?.reasons[0]?.text.ko).toContain('2026년 3월 1일에 시작');
    file.metadata.startedOn = { date: '2026-02-30', citation: { title: '', url: 'ftp://x' } };
    const bad = loadLocalProgram(file);
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors.map((e) => e.path).sort()).toEqual([
        'metadata.startedOn.citation.title',
        'metadata.startedOn.citation.url',
        'metadata.startedOn.date',
        'metadata.startedOn.verified',
      ]);
  });

  it('extraPrograms come after the national catalog', () => {
    const r = screenHousehold(youth(1_000_000), { date: '2026-06-01', extraPrograms: [loaded.entry] });
    expect(r.ok && r.programs.at(-1)?.id).toBe('local.sample-nam-gu-youth-rent');
    expect(r.ok && r.programs[0]?.id).toBe('housing-benefit.rent');
  });
});

describe('local programs: invalid files give precise errors', () => {
  const errorsOf = (json: unknown) => {
    const r = loadLocalProgram(json);
    if (r.ok) throw new Error('expected errors');
    return r.errors;
  };
  const paths = (json: unknown) => errorsOf(json).map((e) => e.path);

  it('not an object', () => expect(paths('hello')).toEqual(['']));
  it('missing citation url, in Korean and English', () => {
    const f = clone();
    delete f.criteria.income.maxShareOfMedian.periods[0].citation.url;
    const errs = errorsOf(f);
    expect(errs.map((e) => e.path)).toEqual(['criteria.income.maxShareOfMedian.periods[0].citation.url']);
    expect(errs[0]?.message.ko).toContain('주소');
    expect(errs[0]?.message.en).toContain('http');
  });
  it('every problem at once: bad id, unknown region, typo in a criterion, no legal basis, rate out of range, overlapping periods, missing evidence grade', () => {
    const f = clone();
    f.id = 'Nam Gu';
    f.criteria.regions = ['gwangju'];
    f.criteria.incomeLimit = 0.6;
    f.metadata.legalBasis = [];
    f.criteria.income.maxShareOfMedian.periods[0].value = 60;
    const first = f.amount.monthly.periods[0];
    f.amount.monthly.periods.push({ ...first, from: '2026-06-01' });
    delete f.criteria.applicantAge.max.periods[0].evidence;
    expect(paths(f).sort()).toEqual(
      [
        'id',
        'criteria.regions[0]',
        'criteria.incomeLimit',
        'metadata.legalBasis',
        'criteria.income.maxShareOfMedian.periods[0].value',
        'amount.monthly.periods',
        'criteria.applicantAge.max.periods[0].evidence',
      ].sort(),
    );
  });
  it('the enum error lists the allowed values', () => {
    const f = clone();
    f.criteria.districts = ['namgu'];
    const [e] = errorsOf(f);
    expect(e?.path).toBe('criteria.districts[0]');
    expect(e?.message.en).toContain('dong, seo, nam, buk, gwangsan');
  });
  it('dates must be real dates', () => {
    const f = clone();
    f.amount.monthly.periods[0].from = '2026-02-30';
    expect(paths(f)).toEqual(['amount.monthly.periods[0].from']);
  });
  it('several files: errors carry the file name; duplicate ids are refused', () => {
    const bad = clone();
    bad.format = 'v0';
    const r = loadLocalPrograms([
      { name: 'a.json', json: sample },
      { name: 'b.json', json: sample },
      { name: 'c.json', json: bad },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual(['b.json: id', 'c.json: format']);
  });
});
