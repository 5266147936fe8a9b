import { describe, expect, it } from 'vitest';
import {
  CLOSING_SOON_DAYS,
  catalog,
  HOUSING_TYPES,
  housingTypeFromName,
  matchNotice,
  noticeProgramIds,
  noticeState,
} from '../src/index.ts';

describe('모집공고 housing types', () => {
  it('name only programs the engine has', () => {
    const known = new Set(catalog.map((e) => e.id));
    for (const t of HOUSING_TYPES) for (const id of t.programIds) expect(known.has(id), `${t.id}: ${id}`).toBe(true);
  });

  it("read LH's type names with any spacing", () => {
    expect(housingTypeFromName('국민임대')?.id).toBe('national');
    expect(housingTypeFromName('행복 주택')?.id).toBe('happy');
    expect(housingTypeFromName('기존주택 전세임대')?.id).toBe('jeonse');
    expect(housingTypeFromName('분양주택')).toBeUndefined();
  });
});

describe('notice deadlines', () => {
  const period = { start: '2026-12-01', end: '2026-12-20' };
  it('open, 마감 임박 within the last days, closed after the last day, upcoming before the first', () => {
    expect(noticeState(period, '2026-11-30').state).toBe('upcoming');
    expect(noticeState(period, '2026-12-01')).toEqual({ state: 'open', daysLeft: 19 });
    expect(noticeState(period, `2026-12-${20 - CLOSING_SOON_DAYS - 1}`).state).toBe('open');
    expect(noticeState(period, `2026-12-${20 - CLOSING_SOON_DAYS}`).state).toBe('closing');
    expect(noticeState(period, '2026-12-20')).toEqual({ state: 'closing', daysLeft: 0 });
    expect(noticeState(period, '2026-12-21')).toEqual({ state: 'closed', daysLeft: -1 });
    expect(noticeState({ start: null, end: '2027-01-05' }, '2026-12-31').daysLeft).toBe(5);
  });
});

describe('matching a household to a notice', () => {
  const happy = { housingType: 'happy', limits: { minAge: 19, maxAge: 39, residence: ['dong', 'buk'] } };
  const youthEligible = [
    { id: 'public-rental.happy.youth', status: 'eligible' },
    { id: 'public-rental.happy.elderly', status: 'ineligible' },
  ];

  it('fits when a program of the housing type is eligible and the notice limits hold, with reasons', () => {
    const fit = matchNotice(happy, { programs: youthEligible, age: 27, district: 'dong' });
    expect(fit.fit).toBe('yes');
    expect(fit.reasons.map((r) => r.ko)).toEqual([
      'public-rental.happy.youth 자격에 맞음',
      '나이 만 27세: 공고 조건 안',
      '동구 거주: 공고 조건에 맞음',
    ]);
    expect(fit.missing).toEqual([]);
  });

  it("is ruled out by the notice's own limits even when the program fits", () => {
    expect(matchNotice(happy, { programs: youthEligible, age: 45, district: 'dong' }).fit).toBe('no');
    const elsewhere = matchNotice(happy, { programs: youthEligible, age: 27, district: 'gwangsan' });
    expect(elsewhere.fit).toBe('no');
    expect(elsewhere.reasons.at(-1)?.ko).toBe('광산구 거주: 공고는 동구·북구 거주자만');
  });

  it('says what is missing instead of guessing', () => {
    const fit = matchNotice(
      { housingType: 'national', limits: { assetCap: 300_000_000 } },
      { programs: [{ id: 'public-rental.national', status: 'unknown' }] },
    );
    expect(fit.fit).toBe('maybe');
    expect(
      matchNotice(
        { housingType: 'national', limits: { assetCap: 325_000_000 } },
        { programs: [], assets: 45_000_000 },
      ).reasons.at(-1)?.ko,
    ).toBe('재산 4,500만원: 공고 상한 이하');
    expect(fit.missing.map((m) => m.ko)).toEqual([
      'public-rental.national 자격을 판단할 정보가 더 필요함',
      '재산 (공고 상한 3억원)',
    ]);
  });

  it('is no when every program of the type is ineligible', () => {
    const fit = matchNotice(
      { housingType: 'permanent' },
      { programs: [{ id: 'public-rental.permanent', status: 'ineligible' }] },
    );
    expect(fit.fit).toBe('no');
    expect(noticeProgramIds({ housingType: 'senior', programIds: ['housing-benefit-rent'] })).toEqual([
      'senior-welfare-housing',
      'housing-benefit-rent',
    ]);
  });
});
