import { describe, expect, it } from 'vitest';
import { weakFiguresNote } from '../src/shared/screen/evidence.ts';
import { screenHousehold } from '../src/shared/screen/screen.ts';
import { alone, ELDER_RENTER_ALONE } from './helpers.ts';

const A = { ko: '가', en: 'A' };
const B = { ko: '나', en: 'B' };
const C = { ko: '다', en: 'C' };

describe('the note under reasons resting on weak figures', () => {
  it('says of each figure what is true of it: found in one source, or not found in any', () => {
    expect(weakFiguresNote([A], []).ko).toBe(
      "※ 표시한 판단에 쓴 '가' 기준은 아직 한 곳의 자료로만 확인했습니다. 신청 전에 담당 기관에 확인해 주세요.",
    );
    expect(weakFiguresNote([], [A, B]).ko).toBe(
      "※ 표시한 판단에 쓴 '가', '나' 기준은 아직 공식 자료에서 찾지 못했습니다. 신청 전에 담당 기관에 확인해 주세요.",
    );
    expect(weakFiguresNote([C], [A, B])).toEqual({
      ko: "※ 표시한 판단에 쓴 '가', '나' 기준은 아직 공식 자료에서 찾지 못했고, '다' 기준은 한 곳의 자료로만 확인했습니다. 신청 전에 담당 기관에 확인해 주세요.",
      en: '※ Reasons marked so: "A", "B" used here have not been found in an official source yet, and "C" is checked against one source only so far. Check with the office in charge before applying.',
    });
  });

  it('no longer calls a one-source figure "not found" because it is named beside one that is', () => {
    // 청년월세 for a renter of 78: its age limit is found in no official source, its deposit and
    // income figures in one each; the one note names both kinds apart.
    const s = screenHousehold(ELDER_RENTER_ALONE, { date: '2026-12-07' });
    if (!s.ok) throw new Error('invalid');
    const note = s.programs.find((p) => p.id === 'youth-rent')?.figuresNote?.ko ?? '';
    expect(note).toMatch(
      /'최고 연령 \(만\)' 기준은 아직 공식 자료에서 찾지 못했고, .*'금융재산 생활준비금 공제' 기준은 한 곳의 자료로만/,
    );
    expect(note).not.toMatch(/'금융재산 생활준비금 공제'[^.]*공식 자료에서 찾지 못했/);
  });

  it("notes only the figures of the part of a rule its reason words (청년월세's parents' test met by age)", () => {
    // 40 and unmarried: the parents' income test does not apply (원가구 기준을 보지 않는 나이). The reason
    // says so; the income figures of the test's other branch, read by the household's own income rule,
    // are not what it rests on.
    const s = screenHousehold(alone(40, 1_500_000, { monthlyRent: 400_000 }), { date: '2026-12-07' });
    if (!s.ok) throw new Error('invalid');
    const youth = s.programs.find((p) => p.id === 'youth-rent');
    const income = youth?.reasons.find((r) => r.id === 'income');
    const origin = youth?.reasons.find((r) => r.id === 'originIncome');
    // The household's own income rule does rest on a weak deduction figure: marked, and the note names it.
    expect(income?.weak).toBe(true);
    expect(youth?.figuresNote?.ko).toContain('생활준비금');
    expect(origin?.text.ko).toMatch(
      /^원가구 소득이 기준 중위소득 100% 이하: 나이 \(만\) 40세가 원가구 기준을 보지 않는 나이/,
    );
    expect(origin?.weak).toBeUndefined();
  });

  it('says the note once a result, not after every reason, naming each figure once', () => {
    // 매입임대 has two reasons on weak figures.
    const s = screenHousehold(ELDER_RENTER_ALONE, { date: '2026-12-07' });
    if (!s.ok) throw new Error('invalid');
    for (const p of s.programs) for (const r of p.reasons) expect(r.text.ko).not.toContain('담당 기관에 확인');
    const purchase = s.programs.find((p) => p.id === 'public-rental.purchase');
    expect(purchase?.reasons.filter((r) => r.weak).map((r) => r.id)).toEqual(['income', 'assets']);
    const note = purchase?.figuresNote?.ko ?? '';
    expect(note.match(/담당 기관에 확인/g)).toHaveLength(1);
    expect(note).toContain(
      "'일반 매입임대 2순위 소득기준 (도시근로자 월평균소득 대비)', '국민임대 등 총자산가액 한도' 기준은",
    );
    // A result whose reasons rest on no weak figure has no note.
    const permanent = s.programs.find((p) => p.id === 'public-rental.permanent');
    expect(permanent?.figuresNote).toBeUndefined();
    expect(permanent?.reasons.some((r) => r.weak)).toBe(false);
  });
});
