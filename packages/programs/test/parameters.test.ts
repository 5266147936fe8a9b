import { readFileSync } from 'node:fs';
import { listParameters, type ParameterPeriod } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { allParameters, renderUnverified, unverifiedPeriods } from '../src/shared/catalog/audit.ts';
import { catalog } from '../src/shared/catalog/registry.ts';

const usedByPrograms = catalog.flatMap((e) =>
  e.program ? listParameters(e.program).map((d) => ({ program: e.id, d })) : [],
);

/**
 * What the `verified` mark promises, checked on the data: a verified figure was read in an
 * official text (a go.kr address), and an unverified one says in its note what was seen.
 */
function expectHonestMark(p: ParameterPeriod, at: string): void {
  if (p.verified) expect(p.citation.url, `${at}: verified, so read on an official site`).toMatch(OFFICIAL);
  else expect((p.note ?? '').trim(), `${at}: unverified, so the note says what was seen`).not.toBe('');
}
const OFFICIAL = /^https:\/\/([\w-]+\.)*go\.kr(\/|$)/;

describe('every parameter is cited and says whether it was verified', () => {
  it('programs use parameters at all (sanity)', () => expect(usedByPrograms.length).toBeGreaterThan(50));
  for (const { program, d } of usedByPrograms) {
    it(`${program} · ${d.id}`, () => {
      for (const p of d.periods) {
        const at = `${d.id} from ${p.from}`;
        expect(p.citation.title.trim(), at).not.toBe('');
        expect(p.citation.url, at).toMatch(/^https?:\/\/\S+$/);
        expectHonestMark(p, at);
      }
    });
  }
  it('parameters no program uses yet are cited too', () => {
    for (const d of allParameters())
      for (const p of d.periods) {
        expect(p.citation.url, `${d.id} ${p.from}`).toMatch(/^https?:\/\//);
        expectHonestMark(p, `${d.id} ${p.from}`);
      }
  });
});

describe('unverified figures are listed', () => {
  const rows = unverifiedPeriods();
  it('lists every unverified period with its id, period and note', () => {
    const expected = allParameters().flatMap((d) =>
      d.periods.filter((p) => !p.verified).map((p) => `${d.id} ${p.from}`),
    );
    expect(rows.map((r) => `${r.id} ${r.period.slice(0, 10)}`).sort()).toEqual(expected.sort());
  });
  it('verified statute figures are not listed (e.g. 주거급여 하한 43 %)', () =>
    expect(rows.some((r) => r.id === 'housing-benefit.selection-rate-floor')).toBe(false));
  it('UNVERIFIED.md is up to date (regenerate: npx tsx packages/programs/scripts/write-unverified.ts)', () => {
    const file = readFileSync(new URL('../UNVERIFIED.md', import.meta.url), 'utf8');
    expect(file).toBe(renderUnverified());
  });
});
