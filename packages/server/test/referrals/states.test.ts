import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReferralStatus } from '../../src/db/schema.ts';
import { AGENCY_KINDS } from '../../src/directory/schemas.ts';
import { checkMove, movesFor, OUTCOMES, REFERRAL_STATUSES, type Side } from '../../src/referrals/states.ts';
import { OUTCOMES_BY_AGENCY_KIND, outcomesForKind } from '../../src/referrals/vocabulary.ts';

/**
 * The allowed moves written out from the HL7 SDOH Clinical Care referral task (requested →
 * received → accepted | rejected → in-progress → completed, cancelled by the requester, on-hold in
 * between and back to where it was, or completed from the hold), independently of the table in states.ts.
 */
const ALLOWED = new Set([
  'requested>received:partner',
  'requested>cancelled:center',
  'received>accepted:partner',
  'received>rejected:partner',
  'received>cancelled:center',
  'accepted>in-progress:partner',
  'accepted>on-hold:partner',
  'accepted>cancelled:center',
  'in-progress>completed:partner',
  'in-progress>on-hold:partner',
  'in-progress>cancelled:center',
  'on-hold>completed:partner',
  'on-hold>cancelled:center',
]);

/** A hold is lifted back to where it was held from, or to in-progress when that was not kept. */
function allowedInModel(state: ReferralStatus, held: ReferralStatus | null, side: Side, to: ReferralStatus) {
  if (state === 'on-hold' && (to === 'accepted' || to === 'in-progress')) {
    return side === 'partner' && to === (held ?? 'in-progress');
  }
  return ALLOWED.has(`${state}>${to}:${side}`);
}

const attempt = fc.record({
  side: fc.constantFrom<Side>('center', 'partner'),
  to: fc.constantFrom(...REFERRAL_STATUSES),
  reason: fc.option(fc.constantFrom('', '  ', '모집 기간 아님'), { nil: undefined }),
  outcome: fc.option(fc.constantFrom(...OUTCOMES, '아무거나'), { nil: undefined }),
});

describe('referral state machine', () => {
  it('accepts exactly the allowed moves, with reason and outcome where required, over random sequences', () => {
    fc.assert(
      fc.property(fc.array(attempt, { maxLength: 40 }), (attempts) => {
        let state: ReferralStatus = 'requested';
        let held: ReferralStatus | null = null;
        for (const a of attempts) {
          const result = checkMove(state, held, a.side, a);
          const edge = allowedInModel(state, held, a.side, a.to);
          const fieldsOk =
            (a.to !== 'rejected' || (a.reason ?? '').trim() !== '') &&
            (a.to !== 'on-hold' || (a.reason ?? '').trim() !== '') &&
            (a.to !== 'completed' || (OUTCOMES as readonly string[]).includes(a.outcome ?? ''));
          expect(result.ok, `${state} -${a.side}-> ${a.to}`).toBe(edge && fieldsOk);
          if (!result.ok && !edge) expect(['illegal', 'side']).toContain(result.kind);
          if (result.ok) {
            held = a.to === 'on-hold' ? state : null;
            state = a.to;
          }
        }
        if (state === 'rejected' || state === 'completed' || state === 'cancelled') {
          for (const side of ['center', 'partner'] as const) expect(movesFor(state, held, side)).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('lists the moves a side may make, matching the checks', () => {
    for (const from of REFERRAL_STATUSES) {
      for (const held of [null, 'accepted', 'in-progress'] as const) {
        for (const side of ['center', 'partner'] as const) {
          const expected = REFERRAL_STATUSES.filter((to) => allowedInModel(from, held, side, to));
          expect(movesFor(from, held, side), `${from}/${held}/${side}`).toEqual(expected);
        }
      }
    }
  });

  it('offers each kind of agency the outcomes of what it does, and the common ones to all', () => {
    const common = ['연계 완료', '대상 아님', '본인 포기', '연락 두절'];
    expect(outcomesForKind('public_housing')).toEqual(['입주 확정', '예비입주자 선정', ...common]);
    expect(outcomesForKind('repair')).toEqual(['공사 완료', ...common]);
    expect(outcomesForKind('local_government')).toEqual(['지원 결정', ...common]);
    expect(outcomesForKind('counseling')).toEqual(common);
    // Every kind the directory accepts has its row; a kind it never heard of keeps every outcome.
    expect(Object.keys(OUTCOMES_BY_AGENCY_KIND).sort()).toEqual([...AGENCY_KINDS].sort());
    expect(outcomesForKind('constructor')).toEqual([...OUTCOMES]);
    for (const kind of AGENCY_KINDS) {
      const allowed = outcomesForKind(kind);
      for (const outcome of OUTCOMES) {
        const r = checkMove('in-progress', null, 'partner', { to: 'completed', outcome }, allowed);
        expect(r.ok, `${kind} ${outcome}`).toBe(allowed.includes(outcome));
        if (!r.ok) expect(r).toMatchObject({ kind: 'field', path: 'outcome' });
      }
      // The completing button is offered to every kind.
      expect(movesFor('in-progress', null, 'partner', allowed)).toContain('completed');
    }
  });

  it('gives a held referral a way back to work, to where it was held from, and lets it end with an outcome', () => {
    expect(movesFor('on-hold', 'accepted', 'partner')).toEqual(['accepted', 'completed']);
    expect(movesFor('on-hold', 'in-progress', 'partner')).toEqual(['in-progress', 'completed']);
    // A hold whose origin was not kept is not stuck: it goes on as in progress.
    expect(movesFor('on-hold', null, 'partner')).toEqual(['in-progress', 'completed']);
    expect(movesFor('on-hold', 'accepted', 'center')).toEqual(['cancelled']);
    expect(checkMove('on-hold', 'accepted', 'partner', { to: 'in-progress' })).toMatchObject({ ok: false });
    // Ending from a hold asks for an outcome, as from in-progress; declining is for before accepting.
    expect(checkMove('on-hold', 'accepted', 'partner', { to: 'completed' })).toMatchObject({ path: 'outcome' });
    expect(checkMove('on-hold', 'accepted', 'partner', { to: 'completed', outcome: '본인 포기' })).toEqual({
      ok: true,
    });
    expect(checkMove('on-hold', 'accepted', 'partner', { to: 'rejected', reason: '사유' })).toMatchObject({
      kind: 'illegal',
    });
  });
});
