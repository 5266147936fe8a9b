import { describe, expect, it } from 'vitest';
import {
  catalog,
  HOUSING_TYPES,
  housingTypeFromName,
  matchNotice,
  noticeProgramIds,
  noticeState,
  noticeTerms,
  screenHousehold,
} from '../src/index.ts';
import { CLOSING_SOON_DAYS } from '../src/shared/notices/deadline.ts';
import { noticeLimitsProgram } from '../src/shared/notices/limits.ts';

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
  const source = { title: '[시험] 광주 행복주택 모집공고', url: 'https://apply.lh.or.kr/test', date: '2026-12-01' };
  const happy = {
    housingType: 'happy',
    limits: { minAge: 19, maxAge: 39, residence: ['dong', 'buk'] },
    source,
  };
  const youthEligible = [
    { id: 'public-rental.happy-youth', status: 'eligible' },
    { id: 'public-rental.happy-elderly', status: 'ineligible' },
  ];
  const head = (more: object) => ({ members: [{ relation: 'head', ...more }] });
  const today = '2026-12-04';

  it("fits when a program of the housing type is eligible and the engine finds the notice's limits met", () => {
    const fit = matchNotice(
      happy,
      { programs: youthEligible, household: { ...head({ age: 27 }), gwangjuDistrict: 'dong' } },
      today,
    );
    expect(fit.fit).toBe('yes');
    // The limits' sentences are the engine's: figures filled in from the notice's cited parameters.
    expect(fit.reasons.map((r) => r.ko)).toEqual([
      'public-rental.happy-youth 자격에 맞음',
      // Worded for the applicant, with how far each line is (#17).
      '나이 (만) 27세가 최저 나이 (만) 19세 이상입니다 (기준보다 8살 많아요); 나이 (만) 27세가 최고 나이 (만) 39세 이하입니다 (기준보다 12살 적어요)',
      '광주 자치구: 동구 — 동구, 북구 중 하나입니다',
    ]);
    expect(fit.missing).toEqual([]);
  });

  it("is ruled out by the notice's own limits even when the program fits; a birth date and an address are read", () => {
    const old = matchNotice(
      happy,
      { programs: youthEligible, household: { ...head({ age: 45 }), gwangjuDistrict: 'dong' } },
      today,
    );
    expect(old.fit).toBe('no');
    expect(old.reasons.at(1)?.ko).toBe('나이 (만) 45세가 최고 나이 (만) 39세 초과입니다 (기준보다 6살 많아요)');
    // A 41-year-old by birth date, living in 광산구 by address: both prepared as a screening does.
    const elsewhere = matchNotice(
      happy,
      {
        programs: youthEligible,
        household: { address: { sido: '광주광역시', sigungu: '광산구' }, ...head({ birthDate: '1985-06-01' }) },
      },
      today,
    );
    expect(elsewhere.fit).toBe('no');
    expect(elsewhere.reasons.at(-1)?.ko).toBe('광주 자치구: 광산구 — 동구, 북구 중 하나가 아닙니다');
    expect(elsewhere.reasons.at(1)?.en).toBe(
      'Age 41 years old is above maximum age 39 years old (2 years older than the line)',
    );
    // The head's age, not the first member's: a 30-year-old child does not make the household fit.
    const parent = {
      gwangjuDistrict: 'buk',
      members: [
        { relation: 'child', age: 30 },
        { relation: 'head', age: 60 },
      ],
    };
    expect(matchNotice(happy, { programs: youthEligible, household: parent }, today).fit).toBe('no');
  });

  it("compares total assets with the notice's cap as the engine words it, gap included", () => {
    const national = { housingType: 'national', limits: { assetCap: 325_000_000 }, source };
    const household = {
      tenure: 'jeonse',
      deposit: 30_000_000,
      financialAssets: 15_000_000,
      otherProperty: 0,
      carValue: 0,
      debts: 0,
    };
    const within = matchNotice(
      national,
      { programs: [{ id: 'public-rental.national', status: 'eligible' }], household },
      today,
    );
    expect(within.fit).toBe('yes');
    expect(within.reasons.at(-1)?.ko).toBe(
      '총자산 (부채 차감) 45,000,000원이 공고의 총자산 상한 325,000,000원 이하입니다 (기준보다 280,000,000원 적어요)',
    );
    const rich = matchNotice(
      national,
      {
        programs: [{ id: 'public-rental.national', status: 'eligible' }],
        household: { ...household, otherProperty: 280_000_001 },
      },
      today,
    );
    expect(rich.fit).toBe('no');
    expect(rich.reasons.at(-1)?.en).toContain("is above the notice's asset cap 325,000,000 won (1 won above the line)");
  });

  it("says what is missing with the engine's ranked inputs instead of guessing", () => {
    const fit = matchNotice(
      { housingType: 'national', limits: { assetCap: 300_000_000, minAge: 65 }, source },
      {
        programs: [{ id: 'public-rental.national', status: 'unknown' }],
        household: {
          tenure: 'monthly_rent',
          deposit: 5_000_000,
          otherProperty: 0,
          carValue: 0,
          debts: 0,
          members: [{}],
        },
      },
      today,
    );
    expect(fit.fit).toBe('maybe');
    expect(fit.reasons).toEqual([]);
    expect(fit.missing.map((m) => m.ko)).toEqual([
      'public-rental.national 자격을 판단할 정보가 더 필요함',
      '가구원 1의 나이 (만)',
      '가구원 1의 가구주와의 관계',
      '금융재산 (예금·적금·보험 등)',
    ]);
  });

  it("names the housing type program's own first missing answers, each asked once with the notice's", () => {
    const household = {
      gwangjuDistrict: 'buk',
      tenure: 'monthly_rent',
      deposit: 5_000_000,
      monthlyRent: 300_000,
      members: [{ relation: 'head', age: 70 }],
    };
    const screened = screenHousehold(household, { date: today });
    if (!screened.ok) throw new Error('household refused');
    const national = screened.programs.find((p) => p.id === 'public-rental.national');
    expect(national?.status).toBe('unknown');
    const asks = (national?.missing ?? []).slice(0, 3).map((m) => m.label.ko);
    expect(asks.length).toBeGreaterThan(0);
    const fit = matchNotice(
      { housingType: 'national', limits: { minAge: 65 }, source },
      { programs: screened.programs, household },
      today,
    );
    expect(fit.fit).toBe('maybe');
    expect(fit.missing.map((m) => m.ko).slice(0, asks.length)).toEqual(asks);
    expect(fit.missing.map((m) => m.ko)).not.toContain('국민임대 자격을 판단할 정보가 더 필요함');
    const kos = fit.missing.map((m) => m.ko);
    expect(new Set(kos).size).toBe(kos.length);
  });

  it('is no when every program of the type is ineligible; no limits, no limits program', () => {
    const fit = matchNotice(
      { housingType: 'permanent' },
      { programs: [{ id: 'public-rental.permanent', status: 'ineligible' }], household: {} },
      today,
    );
    expect(fit.fit).toBe('no');
    expect(noticeLimitsProgram({}, source)).toBeNull();
    expect(noticeProgramIds({ housingType: 'senior', programIds: ['housing-benefit.rent'] })).toEqual([
      'senior-welfare-housing',
      'housing-benefit.rent',
    ]);
  });

  it("cites the notice for its own figures, as of the notice's date", () => {
    const program = noticeLimitsProgram({ assetCap: 250_000_000 }, source);
    const cap = program?.parameters.get('notice.asset-cap');
    expect(cap?.periods).toMatchObject([{ from: '2026-12-01', value: 250_000_000, citation: { url: source.url } }]);
    const terms = noticeTerms({
      title: '링크 없는 공고',
      housingType: 'happy',
      limits: { minAge: 19 },
      url: null,
      permalink: '/board/12',
      applicationStart: null,
      applicationEnd: '2026-12-20',
    });
    expect(terms.source).toEqual({ title: '링크 없는 공고', url: '/board/12', date: '2026-12-20' });
  });
});
