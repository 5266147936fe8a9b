import { decideWithReasons } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { rentBenefit } from './rent-benefit.ts';

const reason = (household: object) =>
  decideWithReasons(rentBenefit, household as never, { date: '2026-03-01' }).criteria.find((c) => c.id === 'tenant')
    ?.sentence;

describe('plain sentences for "one of" criteria', () => {
  it('says what the answer was and which answers qualify', () => {
    expect(reason({ tenure: 'jeonse' })).toEqual({
      ko: '집의 점유 형태: 전세 — 월세 (보증부 월세 포함), 전세 중 하나입니다',
      en: 'Tenure: Jeonse (lump-sum deposit) — one of Monthly rent, Jeonse (lump-sum deposit)',
    });
    expect(reason({ tenure: 'owner' })?.ko).toBe(
      '집의 점유 형태: 내 집 (자가) — 월세 (보증부 월세 포함), 전세 중 하나가 아닙니다',
    );
  });

  it('says "not known yet" rather than "no" when the answer is missing', () => {
    expect(reason({})).toEqual({
      ko: '세를 내고 사는 가구 (월세·전세): 아직 판단할 수 없습니다 (필요한 정보: 집의 점유 형태)',
      en: 'Renting household (monthly rent or jeonse): cannot be decided yet (needed: Tenure)',
    });
  });
});
