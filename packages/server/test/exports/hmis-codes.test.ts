import { DWELLING_TYPES, RELATIONS, TENURES } from '@jibsa/programs';
import { describe, expect, it } from 'vitest';
import {
  eventCode,
  exitDestination,
  livingSituation,
  referralOutcome,
  referralResult,
  relationshipToHoH,
  typeProvided,
} from '../../src/exports/hmis-codes.ts';
import { checkPeriod } from '../../src/exports/routes.ts';
import { OUTCOMES, REFERRAL_STATUSES } from '../../src/referrals/states.ts';

// The tables of docs/hmis-csv-mapping.md, row by row.
describe('HMIS code mapping', () => {
  it('maps every relation to RelationshipToHoH', () => {
    const got = Object.fromEntries(RELATIONS.map((r) => [r, relationshipToHoH(r)]));
    expect(got).toEqual({ head: 1, child: 2, spouse: 3, parent: 4, grandchild: 4, sibling: 4, other: 5 });
  });

  it('maps housing to LivingSituation, non-housing before tenure', () => {
    expect(livingSituation({ housingType: 'jjokbang', tenure: 'monthly_rent' })).toBe(314);
    expect(livingSituation({ housingType: 'goshiwon' })).toBe(314);
    expect(livingSituation({ housingType: 'inn' })).toBe(314);
    expect(livingSituation({ housingType: 'vinyl_house', tenure: 'owner' })).toBe(116);
    expect(livingSituation({ housingType: 'other_non_housing' })).toBe(116);
    expect(livingSituation({ housingType: 'shelter' })).toBe(101);
    expect(livingSituation({ housingType: 'apartment', tenure: 'homeless' })).toBe(116);
    expect(livingSituation({ housingType: 'semi_basement', tenure: 'jeonse' })).toBe(410);
    expect(livingSituation({ housingType: 'apartment', tenure: 'monthly_rent' })).toBe(410);
    expect(livingSituation({ housingType: 'detached', tenure: 'owner' })).toBe(411);
    expect(livingSituation({ tenure: 'free' })).toBe(99);
    expect(livingSituation({})).toBe(99);
    // Every Jibsa code lands on a code of the documented list.
    for (const housingType of DWELLING_TYPES) {
      for (const tenure of TENURES) {
        expect([101, 116, 314, 410, 411, 99]).toContain(livingSituation({ housingType, tenure }));
      }
    }
  });

  it('gives a referral result only on the steps that settle a referral', () => {
    const results = Object.fromEntries(REFERRAL_STATUSES.map((s) => [s, referralResult(s, null)]));
    expect(results).toEqual({
      requested: null,
      received: null,
      accepted: 1,
      rejected: 3,
      'in-progress': null,
      'on-hold': null,
      completed: 2,
      cancelled: 2,
    });
    const byOutcome = Object.fromEntries(OUTCOMES.map((o) => [o, referralResult('completed', o)]));
    expect(byOutcome).toEqual({
      '입주 확정': 1,
      // On a waiting list: answered, but neither housed nor turned down.
      '예비입주자 선정': null,
      '지원 결정': 1,
      '공사 완료': 1,
      '연계 완료': 1,
      '대상 아님': 3,
      '본인 포기': 2,
      '연락 두절': 2,
    });
  });

  it('gives a referral outcome once the referral is closed, attained only for a positive outcome', () => {
    expect(referralOutcome('in-progress', null)).toBeNull();
    expect(referralOutcome('on-hold', null)).toBeNull();
    expect(referralOutcome('completed', '입주 확정')).toBe(1);
    expect(referralOutcome('completed', '공사 완료')).toBe(1);
    expect(referralOutcome('completed', '대상 아님')).toBe(2);
    expect(referralOutcome('completed', '예비입주자 선정')).toBe(3);
    expect(referralOutcome('rejected', null)).toBe(2);
    expect(referralOutcome('cancelled', null)).toBe(2);
  });

  it('names the kind of referral from the agency kind', () => {
    expect([eventCode('public_housing'), typeProvided('public_housing')]).toEqual([15, 7]);
    expect([eventCode('housing_management'), typeProvided('housing_management')]).toEqual([15, 7]);
    expect([eventCode('counseling'), typeProvided('counseling')]).toEqual([7, 6]);
    expect([eventCode('repair'), typeProvided('repair')]).toEqual([16, 6]);
    expect([eventCode('local_government'), typeProvided('local_government')]).toEqual([16, 6]);
  });

  it('derives the exit destination from a move-in first, then the closing reason words', () => {
    expect(exitDestination('public_housing', null)).toEqual({ destination: 435, subsidyType: 434, source: 'referral' });
    expect(exitDestination('counseling', '본인 포기')).toEqual({
      destination: 435,
      subsidyType: 420,
      source: 'referral',
    });
    expect(exitDestination(null, '매입임대 입주로 종결')).toMatchObject({ destination: 435, source: 'closing_reason' });
    expect(exitDestination(null, '사망으로 종결')).toMatchObject({ destination: 24 });
    expect(exitDestination(null, '연락 두절')).toMatchObject({ destination: 30 });
    expect(exitDestination(null, '타 지역 전출')).toEqual({ destination: 99, subsidyType: null, source: 'none' });
    expect(exitDestination(null, null)).toMatchObject({ destination: 99 });
  });
});

describe('export period check', () => {
  const pathsOf = (from: string, to: string) => {
    try {
      checkPeriod({ from, to });
      return [];
    } catch (e) {
      return (e as { errors: { path: string }[] }).errors.map((x) => x.path);
    }
  };
  it('takes a day, a year, five years; refuses reversed, too early and too long periods', () => {
    expect(pathsOf('2026-03-01', '2026-03-01')).toEqual([]);
    expect(pathsOf('2025-01-01', '2025-12-31')).toEqual([]);
    expect(pathsOf('2021-01-01', '2025-12-31')).toEqual([]);
    expect(pathsOf('2026-03-02', '2026-03-01')).toEqual(['querystring.to']);
    expect(pathsOf('1999-12-31', '2000-01-01')).toEqual(['querystring.from']);
    expect(pathsOf('2000-01-01', '2010-01-01')).toEqual(['querystring.to']);
  });
});
