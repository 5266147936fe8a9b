import { describe, expect, it } from 'vitest';
import { strictAmount } from '../src/self-check/questionnaire/money.ts';
import { checkUnits, unitsToSend } from '../src/staff/board/NoticeUnits.tsx';
import { assetCapWon, checkNotice, type NoticeDraft } from '../src/staff/board/notice-checks.ts';

const words = {
  required: 'required',
  mustChoose: 'mustChoose',
  notNumber: 'notNumber',
  tooBig: 'tooBig',
  endBeforeStart: 'endBeforeStart',
  maxBelowMin: 'maxBelowMin',
  urlBad: 'urlBad',
};
const tooBig = (max: number) => `tooBig ${max}`;
const draft = (over: Partial<NoticeDraft> = {}): NoticeDraft => ({
  title: '행복주택 모집',
  provider: 'LH',
  housingType: 'happy',
  start: '',
  end: '2026-12-20',
  minAge: '',
  maxAge: '',
  assetCap: '',
  url: '',
  ...over,
});

describe('an amount typed in a plain text box', () => {
  it('reads digits with separators and Korean words, in won or 만원', () => {
    expect(strictAmount('12만', 'won')).toBe(120_000);
    expect(strictAmount('1,954만 6천원', 'won')).toBe(19_546_000);
    expect(strictAmount('19,546,000', 'won')).toBe(19_546_000);
    expect(strictAmount('１２００００', 'won')).toBe(120_000);
    expect(strictAmount('34500', 'man')).toBe(345_000_000);
    expect(strictAmount('3억 4,500만', 'man')).toBe(345_000_000);
    expect(strictAmount('500000원', 'man')).toBe(500_000);
  });
  it('refuses what is not an amount instead of keeping its digits', () => {
    for (const bad of ['12abc', '약 12만', '-5000', '1,23,4', '12만원쯤', ''])
      expect(strictAmount(bad, 'won')).toBeNull();
  });
});

describe('the notice form checks everything it can in one round', () => {
  it('names each wrong field at once: dates, ages, the asset cap and the address', () => {
    const errors = checkNotice(
      draft({ start: '2026-12-21', minAge: '40', maxAge: '30', assetCap: '3억쯤', url: 'www.lh.or.kr' }),
      words,
      tooBig,
    );
    expect(errors).toEqual({ end: 'endBeforeStart', maxAge: 'maxBelowMin', assetCap: 'notNumber', url: 'urlBad' });
  });
  it('passes a notice written as people write one, and reads its cap in won', () => {
    const ok = draft({
      start: '2026-12-01',
      minAge: '19',
      maxAge: '39',
      assetCap: '3억 4,500만',
      url: 'https://apply.lh.or.kr/x?y=1',
    });
    expect(checkNotice(ok, words, tooBig)).toEqual({});
    expect(assetCapWon(ok.assetCap)).toBe(345_000_000);
    expect(assetCapWon('')).toBeNull();
  });
  it('keeps the API bounds: ages to 120, the cap to 1,000억', () => {
    expect(checkNotice(draft({ maxAge: '130', assetCap: '1001억' }), words, tooBig)).toEqual({
      maxAge: 'tooBig 120',
      assetCap: 'tooBig 10000000',
    });
    expect(checkNotice(draft({ title: ' ', provider: '', end: '', housingType: '' }), words, tooBig)).toEqual({
      title: 'required',
      provider: 'required',
      housingType: 'mustChoose',
      end: 'required',
    });
  });
});

describe("a notice's homes by type", () => {
  it('takes deposit and rent in Korean words and sends won', () => {
    const units = [{ area: '26A', count: '30', deposit: '1,954만 6천원', rent: '12만' }];
    expect(checkUnits(units, words)).toEqual({});
    expect(unitsToSend(units)).toEqual([{ area: '26A', count: 30, deposit: 19_546_000, rent: 120_000 }]);
  });
  it('refuses a count in words or a rent that is not an amount, by row', () => {
    expect(checkUnits([{ area: '26A', count: '서른', deposit: '', rent: '12만원쯤' }], words)).toEqual({
      '0.count': 'notNumber',
      '0.rent': 'notNumber',
    });
  });
});
