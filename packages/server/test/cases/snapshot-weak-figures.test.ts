// A case's kept screening marks the reasons that rest on weak figures and keeps the note naming
// them once; a re-screen does not take the new mark (or the older note after each reason) for a
// changed reason.
import { screenHousehold } from '@jibsa/programs';
import { describe, expect, it } from 'vitest';
import { diffScreenings, toSnapshot } from '../../src/cases/screening.ts';
import { ELDERLY_RENTER_ALONE } from '../support/households.ts';

function snapshot() {
  const s = screenHousehold(ELDERLY_RENTER_ALONE, { date: '2026-12-07' });
  if (!s.ok) throw new Error('invalid');
  return toSnapshot(s);
}

describe('weak figures in a kept screening', () => {
  it('marks each such reason with ※ and keeps the note once, in both languages', () => {
    const purchase = snapshot().find((p) => p.id === 'public-rental.purchase');
    const marked = purchase?.reasons.filter((r) => r.endsWith(' ※')) ?? [];
    expect(marked).toHaveLength(2);
    expect(purchase?.reasonsEn?.filter((r) => r.endsWith(' ※'))).toHaveLength(2);
    expect(purchase?.reasons.join(' ')).not.toContain('담당 기관에 확인');
    expect(purchase?.figuresNote?.ko).toMatch(/^※ 표시한 판단에 쓴 .*신청 전에 담당 기관에 확인해 주세요\.$/);
    expect(purchase?.figuresNote?.en).toMatch(/^※ Reasons marked so: /);
    expect(snapshot().find((p) => p.id === 'public-rental.permanent')).not.toHaveProperty('figuresNote');
  });

  it('does not name a reason as what changed because only its mark changed', () => {
    const after = snapshot();
    const livelihood = after.find((p) => p.id === 'basic-livelihood.livelihood');
    if (!livelihood?.figuresNote) throw new Error('the example must rest on a weak figure');
    // As a screening kept before 2026-12 read: the note after each weak reason, and another status.
    const oldNote = ` (참고: 이 판단에 쓴 '임차보증금 재산 반영 비율' 기준은 아직 한 곳의 자료로만 확인했습니다. 신청 전에 담당 기관에 확인해 주세요.)`;
    const before = after.map((p) =>
      p.id === livelihood.id
        ? {
            ...p,
            status: 'ineligible' as const,
            amount: null,
            reasons: p.reasons.map((r) => r.replace(/ ※$/, oldNote)),
          }
        : p,
    );
    const base = { rulesVersion: 'x', date: '2026-12-07', household: ELDERLY_RENTER_ALONE };
    const changes = diffScreenings({ ...base, programs: before }, { ...base, programs: after });
    expect(changes.map((c) => c.programId)).toEqual([livelihood.id]);
    // The sentence says the status changed; no reason follows it, as none changed but for its mark.
    expect(changes[0]?.why.ko).not.toContain(' · ');
    expect(changes[0]?.why.ko).toContain('대상이 되었어요');
    // Nor for the first wording of that note (screenings kept before 2026-12-05).
    const first = ` (확인 필요: 이 판단에 쓴 '임차보증금 재산 반영 비율' 수치는 출처가 하나뿐입니다.)`;
    const older = before.map((p) =>
      p.id === livelihood.id ? { ...p, reasons: p.reasons.map((r) => r.replace(oldNote, first)) } : p,
    );
    expect(diffScreenings({ ...base, programs: older }, { ...base, programs: after })[0]?.why.ko).not.toContain(' · ');
  });

  it('names a reason that did change without its ※ (the note is not beside it)', () => {
    const after = snapshot();
    const livelihood = after.find((p) => p.id === 'basic-livelihood.livelihood');
    const weak = livelihood?.reasons.find((r) => r.endsWith(' ※'));
    if (!livelihood || !weak) throw new Error('the example must rest on a weak figure');
    const before = after.map((p) =>
      p.id === livelihood.id ? { ...p, status: 'ineligible' as const, amount: null, reasons: ['다른 이유'] } : p,
    );
    const base = { rulesVersion: 'x', date: '2026-12-07', household: ELDERLY_RENTER_ALONE };
    const why = diffScreenings({ ...base, programs: before }, { ...base, programs: after })[0]?.why.ko ?? '';
    expect(why).toContain(` · ${weak.slice(0, -2)}`);
    expect(why).not.toContain('※');
  });
});
