import { describe, expect, it } from 'vitest';
import { screenHousehold } from '../src/shared/screen/screen.ts';
import { alone } from './helpers.ts';

describe('a result lists no reason twice', () => {
  // 40 and unmarried: both of 청년월세's parents' tests are met by the same age exemption.
  const s = screenHousehold(alone(40, 1_500_000, { monthlyRent: 400_000 }), { date: '2026-12-07' });
  if (!s.ok) throw new Error('invalid');

  it("names each rule met for one cause, so the two don't read the same", () => {
    const reasons = s.programs.find((p) => p.id === 'youth-rent')?.reasons ?? [];
    const byId = Object.fromEntries(reasons.map((r) => [r.id, r.text]));
    expect(byId.originIncome?.ko).toMatch(/^원가구 소득이 기준 중위소득 100% 이하: 나이 \(만\) 40세가 원가구 기준을/);
    expect(byId.originProperty?.ko).toMatch(/^원가구 재산이 한도 이하: 나이 \(만\) 40세가 원가구 기준을/);
    expect(byId.originProperty?.en).toMatch(/^Parents' household property within the limit: Age 40/);
    // A reason said once keeps its plain sentence.
    expect(byId.rent?.ko).toMatch(/^월세 400,000원이/);
  });

  it('in every program', () => {
    for (const p of s.programs) {
      const texts = p.reasons.map((r) => r.text.ko);
      expect(new Set(texts).size, p.id).toBe(texts.length);
    }
  });
});
