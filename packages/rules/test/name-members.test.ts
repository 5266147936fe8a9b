import { describe, expect, it } from 'vitest';
import { nameMembers } from '../src/index.ts';

describe("members named as a counselor's case knows them", () => {
  it("puts the people's names where the engine counts places, in both languages, and leaves the unnamed as they were", () => {
    const text = {
      ko: '소득 기준: 아직 판단할 수 없습니다 (필요한 정보: 가구원 1의 근로소득, 가구원 2의 연금, 가구원 3의 나이 (만))',
      en: 'income: not yet decided (needs member 1: earned income, member 2: pension, member 3: age)',
    };
    expect(nameMembers(text, ['김순자', ' 이영호 ', ''])).toEqual({
      ko: '소득 기준: 아직 판단할 수 없습니다 (필요한 정보: 김순자 님의 근로소득, 이영호 님의 연금, 가구원 3의 나이 (만))',
      en: 'income: not yet decided (needs 김순자: earned income, 이영호: pension, member 3: age)',
    });
    // A case's list of changed answers says "member 1's pension".
    expect(nameMembers({ ko: '가구원 1의 연금', en: "member 1's pension" }, ['김순자']).en).toBe("김순자's pension");
    // Only the engine's wording is touched: "가구원 수" and a member 10 beyond the names stay.
    expect(nameMembers({ ko: '가구원 수 2명, 가구원 10의 나이', en: 'member 10: age' }, ['가', '나'])).toEqual({
      ko: '가구원 수 2명, 가구원 10의 나이',
      en: 'member 10: age',
    });
  });
});
