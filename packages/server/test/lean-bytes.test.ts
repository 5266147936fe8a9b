import { type Screening, screenHousehold } from '@jibsa/programs';
import { describe, expect, it } from 'vitest';
import { leanScreening } from '../src/screening/lean.ts';
import { leanScreeningBytes } from '../src/screening/lean-bytes.ts';
import { makeDemoHousehold } from '../src/seed/demo-households.ts';
import { seededRandom } from '../src/seed/random.ts';
import { ELDERLY_RENTER } from './support/households.ts';

const screened = (household: unknown, date: string) => {
  const s = screenHousehold(household, { date });
  if (!s.ok) throw new Error(`does not validate: ${JSON.stringify(s.errors)}`);
  return s as Screening;
};

/** The bytes equal the text's UTF-8 (compared as text first, so a failure shows where they differ). */
function expectSame(bytes: Buffer, text: string) {
  expect(bytes.toString('utf8')).toBe(text);
  expect(bytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
}

/** Drops some answers so programs come out unknown, with missing inputs and next questions. */
function withGaps(h: Record<string, unknown>, rand: ReturnType<typeof seededRandom>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(h)) {
    if (k === 'members' && Array.isArray(v)) {
      out.members = v.map((m: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(m).filter(() => !rand.chance(0.3))),
      );
    } else if (!rand.chance(0.3)) out[k] = v;
  }
  return out;
}

describe('the lean answer written straight as UTF-8 bytes (issue 11)', () => {
  const langs = [undefined, 'ko', 'en'] as const;

  it('is the bytes of JSON.stringify(leanScreening(...)), byte for byte, for demo households with and without gaps', () => {
    const rand = seededRandom(11);
    let unknowns = 0;
    for (let i = 0; i < 120; i++) {
      const demo = makeDemoHousehold(rand).household as Record<string, unknown>;
      const household = i % 2 === 0 ? demo : withGaps(demo, rand);
      const s = screened(household, '2026-03-01');
      unknowns += s.programs.filter((p) => p.status === 'unknown').length;
      for (const lang of langs) expectSame(leanScreeningBytes(s, lang), JSON.stringify(leanScreening(s, lang)));
    }
    // The gaps reached the missing inputs and the next questions.
    expect(unknowns).toBeGreaterThan(100);
  });

  it('is the same bytes on dates with optional fields: a later year, before a program began, a figure not encoded', () => {
    // 2029: figures carried on from the newest year (figuresYear); 2026-12-15: newer figures ahead
    // (nextFiguresOn); 2019: programs not yet begun and figures not encoded (unavailable).
    const seen = new Set<string>();
    for (const date of ['2029-06-01', '2026-12-15', '2019-03-01', '2021-07-01']) {
      const s = screened(ELDERLY_RENTER, date);
      for (const p of s.programs)
        for (const k of ['figuresYear', 'nextFiguresOn', 'unavailable', 'unavailableParameter', 'figuresNote'])
          if (k in p) seen.add(k);
      if (s.programs.some((p) => p.reasons.some((r) => r.weak))) seen.add('weak');
      for (const lang of langs) expectSame(leanScreeningBytes(s, lang), JSON.stringify(leanScreening(s, lang)));
    }
    expect([...seen].sort()).toEqual([
      'figuresNote',
      'figuresYear',
      'nextFiguresOn',
      'unavailable',
      'unavailableParameter',
      'weak',
    ]);
  });

  it('escapes text as JSON.stringify does: quotes, backslashes, control characters, lone surrogates', () => {
    const s = screened(ELDERLY_RENTER, '2026-03-01');
    const odd = 'a "quoted" \\ back\nslash \u0001 \u001f \uD800 😀 \u2028 end';
    const changed: Screening = {
      ...s,
      programs: s.programs.map((p, i) =>
        i === 0
          ? {
              ...p,
              summary: { ko: odd, en: odd },
              reasons: p.reasons.map((r) => ({ ...r, text: { ko: `${r.text.ko}${odd}`, en: odd } })),
            }
          : p,
      ),
    };
    for (const lang of langs)
      expectSame(leanScreeningBytes(changed, lang), JSON.stringify(leanScreening(changed, lang)));
  });
});
