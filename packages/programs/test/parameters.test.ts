import { readFileSync } from 'node:fs';
import { EVIDENCE_GRADES, isWeakEvidence, listParameters, type ParameterPeriod } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { allParameters, renderUnverified, unverifiedPeriods } from '../src/shared/catalog/audit.ts';
import { catalog } from '../src/shared/catalog/registry.ts';

const usedByPrograms = catalog.flatMap((e) =>
  e.program ? listParameters(e.program).map((d) => ({ program: e.id, d })) : [],
);

/**
 * What the evidence grade promises, checked on the data: an `official` figure was read in an official
 * text (a go.kr address), and any other grade says in its note what was seen (or that nothing was).
 */
function expectHonestMark(p: ParameterPeriod, at: string): void {
  expect(EVIDENCE_GRADES, at).toContain(p.evidence);
  if (p.evidence === 'official')
    expect(p.citation.url, `${at}: official, so read on an official site`).toMatch(OFFICIAL);
  else expect((p.note ?? '').trim(), `${at}: ${p.evidence}, so the note says what was seen`).not.toBe('');
}
const OFFICIAL = /^https:\/\/([\w-]+\.)*go\.kr(\/|$)/;

describe('every parameter is cited and graded', () => {
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

describe('figures below secondary are listed', () => {
  const rows = unverifiedPeriods();
  it('lists every period below secondary with its id, period, grade and note', () => {
    const expected = allParameters().flatMap((d) =>
      d.periods
        .filter((p) => isWeakEvidence(p.evidence) || Object.values(p.cellEvidence ?? {}).some(isWeakEvidence))
        .flatMap((p) =>
          isWeakEvidence(p.evidence)
            ? [`${d.id} ${p.from}`]
            : Object.values(p.cellEvidence ?? {})
                .filter(isWeakEvidence)
                .map(() => `${d.id} ${p.from}`),
        ),
    );
    expect(rows.map((r) => `${r.id} ${r.period.slice(0, 10)}`).sort()).toEqual(expected.sort());
  });
  it('official statute figures are not listed (e.g. 주거급여 하한 43 %)', () =>
    expect(rows.some((r) => r.id === 'housing-benefit.selection-rate-floor')).toBe(false));
  it('UNVERIFIED.md is up to date (regenerate: npx tsx packages/programs/scripts/write-unverified.ts)', () => {
    const file = readFileSync(new URL('../UNVERIFIED.md', import.meta.url), 'utf8');
    expect(file).toBe(renderUnverified());
  });
});
