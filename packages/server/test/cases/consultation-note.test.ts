import { describe, expect, it } from 'vitest';
import { consultationNote } from '../../src/cases/consultation-intake.ts';

type Request = Parameters<typeof consultationNote>[0];

describe("a consultation's self-check result, carried into the case's first note", () => {
  it('words each amount as the program means it: a month, a once-only limit, a loan limit', () => {
    const note = consultationNote({
      reference: 'JB-2D2-A6T',
      preferred_time: null,
      message: null,
      screening: {
        date: '2026-12-07',
        programs: [
          { id: 'housing-benefit.rent', name: '주거급여 (임차급여)', status: 'eligible', amount: 247_000 },
          { id: 'jeonse-loan.general', name: '버팀목 전세자금 (일반)', status: 'eligible', amount: 80_000_000 },
          { id: 'vulnerable-housing', name: '주거취약계층 주거지원', status: 'eligible', amount: 400_000 },
          { id: 'youth-rent', name: '청년월세', status: 'ineligible', amount: null },
        ],
      },
    } as unknown as Request);
    const result = note.split('\n')[1];
    expect(result).toBe(
      '자가진단 결과 (2026-12-07 기준): 받을 수 있음 3개 — 주거급여 (임차급여) (월 약 247,000원), ' +
        '버팀목 전세자금 (일반) (대출 한도 약 80,000,000원), 주거취약계층 주거지원 (이사비·생필품 지원 한도 약 400,000원); ' +
        '더 알아봐야 함 0개; 받기 어려움 1개',
    );
  });
});
