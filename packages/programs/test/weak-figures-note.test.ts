import { describe, expect, it } from 'vitest';
import { weakFiguresNote } from '../src/shared/screen/evidence.ts';
import { screenHousehold } from '../src/shared/screen/screen.ts';
import { alone } from './helpers.ts';

const A = { ko: '가', en: 'A' };
const B = { ko: '나', en: 'B' };
const C = { ko: '다', en: 'C' };

describe('the note after a reason resting on weak figures', () => {
  it('says of each figure what is true of it: found in one source, or not found in any', () => {
    expect(weakFiguresNote([A], []).ko).toBe(
      " (참고: 이 판단에 쓴 '가' 기준은 아직 한 곳의 자료로만 확인했습니다. 신청 전에 담당 기관에 확인해 주세요.)",
    );
    expect(weakFiguresNote([], [A, B]).ko).toBe(
      " (참고: 이 판단에 쓴 '가', '나' 기준은 아직 공식 자료에서 찾지 못했습니다. 신청 전에 담당 기관에 확인해 주세요.)",
    );
    expect(weakFiguresNote([C], [A, B])).toEqual({
      ko: " (참고: 이 판단에 쓴 '가', '나' 기준은 아직 공식 자료에서 찾지 못했고, '다' 기준은 한 곳의 자료로만 확인했습니다. 신청 전에 담당 기관에 확인해 주세요.)",
      en: ' (Note: "A", "B" used here have not been found in an official source yet, and "C" is checked against one source only so far. Check with the office in charge before applying.)',
    });
  });

  it('no longer calls a one-source figure "not found" because it is named beside one that is', () => {
    // A family whose 청년월세 parents' test reads figures of both grades (found in a walkthrough).
    const s = screenHousehold(
      {
        region: 'metro',
        gwangjuDistrict: 'dong',
        tenure: 'owner',
        residentialProperty: 80_000_000,
        members: [
          { relation: 'head', age: 50, earnedIncome: 2_000_000 },
          { relation: 'spouse', age: 48 },
          { relation: 'child', age: 20, disabled: true },
          { relation: 'child', age: 15 },
        ],
      },
      { date: '2026-12-07' },
    );
    if (!s.ok) throw new Error('invalid');
    const notes = s.programs.flatMap((p) => p.reasons.map((r) => r.text.ko)).filter((t) => t.includes('생활준비금'));
    expect(notes.length).toBeGreaterThan(0);
    for (const t of notes) expect(t).not.toMatch(/'금융재산 생활준비금 공제'[^)]*공식 자료에서 찾지 못했습니다/);
  });

  it("notes only the figures of the part of a rule its reason words (청년월세's parents' test met by age)", () => {
    // 40 and unmarried: the parents' income test does not apply (원가구 기준을 보지 않는 나이). The reason
    // says so; the income figures of the test's other branch, read by the household's own income rule,
    // are not what it rests on.
    const s = screenHousehold(alone(40, 1_500_000, { monthlyRent: 400_000 }), { date: '2026-12-07' });
    if (!s.ok) throw new Error('invalid');
    const youth = s.programs.find((p) => p.id === 'youth-rent');
    const income = youth?.reasons.find((r) => r.id === 'income')?.text.ko ?? '';
    const origin = youth?.reasons.find((r) => r.id === 'originIncome')?.text.ko ?? '';
    // The household's own income rule does rest on a weak deduction figure and says so.
    expect(income).toContain('생활준비금');
    expect(origin).toMatch(/^원가구 소득이 기준 중위소득 100% 이하: 나이 \(만\) 40세가 원가구 기준을 보지 않는 나이/);
    expect(origin).not.toContain('생활준비금');
    expect(origin).not.toContain('참고');
  });
});
