import { describe, expect, it } from 'vitest';
import { ABOUT } from '../src/shared/catalog/about.ts';
import { catalog } from '../src/shared/catalog/registry.ts';
import { aboutOf } from '../src/shared/catalog/texts.ts';

const https = /^https?:\/\/\S+$/;

describe('catalog metadata is complete', () => {
  it("every page's texts (about.ts) belong to a catalog entry", () => {
    expect([...ABOUT.keys()].sort()).toEqual(catalog.map((e) => e.id).sort());
  });

  for (const e of catalog) {
    it(e.id, () => {
      const m = { ...e.metadata, ...aboutOf(e) };
      expect(e.metadata.id).toBe(e.id);
      expect(aboutOf(e).id).toBe(e.id);
      if (e.program) expect(e.program.id).toBe(e.id);
      for (const l of [m.name, m.summary, m.whatYouGet, m.apply.agency]) {
        expect(l.ko.trim()).not.toBe('');
        expect(l.en.trim()).not.toBe('');
      }
      for (const t of [m.whoQualifies, m.documents]) {
        expect(t.ko.length).toBeGreaterThan(0);
        expect(t.en.length).toBeGreaterThan(0);
      }
      expect(m.apply.channels.length).toBeGreaterThan(0);
      for (const c of m.apply.channels) {
        expect(c.label.ko && c.label.en).toBeTruthy();
        if (c.kind === 'online') expect(c.url).toMatch(https);
        if (c.kind === 'phone') expect(c.phone).toBeTruthy();
      }
      expect(m.legalBasis.length).toBeGreaterThan(0);
      for (const b of m.legalBasis) expect(b.url).toMatch(https);
      for (const l of m.links) expect(l.url).toMatch(https);
      // `verified` promises the texts were checked against the official guide: such an entry links a
      // guide on a government site (not only the law) and its notes leave nothing marked unchecked.
      // (Every entry is unverified today; the page then warns, and this holds the mark to its word.)
      if (m.verified) {
        const guides = [...m.legalBasis, ...m.links].map((x) => new URL(x.url).hostname);
        expect(guides.some((h) => h.endsWith('.go.kr') && h !== 'www.law.go.kr')).toBe(true);
        expect(m.notes ?? '').not.toMatch(/not (yet )?(verified|checked|read)|unverified|general knowledge|secondary/i);
      }
      if (m.startedOn) {
        expect(m.startedOn.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(m.startedOn.citation.url).toMatch(https);
        // Verified means read in an official text; otherwise the note says what was seen.
        if (m.startedOn.verified) expect(m.startedOn.citation.url).toMatch(/^https:\/\/([\w-]+\.)*go\.kr(\/|$)/);
        else expect(m.startedOn.note?.trim()).toBeTruthy();
      }
    });
  }
  it('ids are unique', () => expect(new Set(catalog.map((e) => e.id)).size).toBe(catalog.length));
});

describe('catalog order: 주거급여, 공공임대, 주거취약계층, 긴급, 청년월세, 버팀목, 집수리, 고령자복지주택, 생계·의료·교육, local', () => {
  const groups = [
    'housing-benefit',
    'public-rental',
    'vulnerable-housing',
    'emergency-housing',
    'youth-rent',
    'jeonse-loan',
    'home-repair',
    'senior-welfare-housing',
    'basic-livelihood.livelihood',
    'basic-livelihood.medical',
    'basic-livelihood.education',
    'gwangju-local',
  ];
  it('follows the agreed order', () => {
    const rank = (id: string) => groups.findIndex((g) => id === g || id.startsWith(`${g}-`) || id.startsWith(`${g}.`));
    const ranks = catalog.map((e) => rank(e.id));
    expect(ranks).not.toContain(-1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
  it('Gwangju local entries are information only (no rules)', () => {
    const local = catalog.filter((e) => e.id.startsWith('gwangju-local'));
    expect(local.length).toBeGreaterThan(0);
    for (const e of local) expect(e.program).toBeUndefined();
  });
  it('every program with figures is screenable', () => {
    const screened = catalog.filter((e) => e.program).map((e) => e.id);
    expect(screened).toEqual([
      'housing-benefit.rent',
      'housing-benefit.repair',
      'public-rental.permanent',
      'public-rental.national',
      'public-rental.happy-youth',
      'public-rental.happy-newlywed',
      'public-rental.happy-elderly',
      'public-rental.integrated',
      'public-rental.purchase',
      'public-rental.jeonse',
      'vulnerable-housing',
      'emergency-housing',
      'youth-rent',
      'jeonse-loan.general',
      'jeonse-loan.youth',
      'jeonse-loan.newlywed',
      'home-repair.low-income-repair',
      'senior-welfare-housing',
      'basic-livelihood.livelihood',
      'basic-livelihood.medical',
      'basic-livelihood.education',
    ]);
  });
});

describe("variants' documents", () => {
  const docs = (id: string) => catalog.find((e) => e.id === id)?.metadata.documents;
  it('the marriage certificate is asked of newlyweds only, without the "(신혼부부)" mark', () => {
    for (const [newlywed, others] of [
      ['public-rental.happy-newlywed', ['public-rental.happy-youth', 'public-rental.happy-elderly']],
      ['jeonse-loan.newlywed', ['jeonse-loan.general', 'jeonse-loan.youth']],
    ] as const) {
      const theirs = docs(newlywed);
      expect(theirs?.ko).toContain('혼인관계증명서');
      expect(theirs?.en).toContain('Marriage certificate');
      for (const id of others) {
        const d = docs(id);
        expect(
          d?.ko.some((x) => x.includes('혼인')),
          id,
        ).toBe(false);
        expect(
          d?.en.some((x) => x.includes('Marriage')),
          id,
        ).toBe(false);
        // Everything else is the same list, in the same order, in both languages.
        expect(d?.ko).toEqual(theirs?.ko.filter((x) => x !== '혼인관계증명서'));
        expect(d?.en).toEqual(theirs?.en.filter((x) => x !== 'Marriage certificate'));
      }
    }
    // No document anywhere is still marked for one group inside a list everyone reads.
    for (const e of catalog) expect(e.metadata.documents.ko.join(), e.id).not.toContain('(신혼부부)');
  });
});
