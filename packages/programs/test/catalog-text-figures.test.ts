import { formatNumber, type ParameterDef, periodInForce, wonWords } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import type { ProgramAbout, ProgramMetadata } from '../src/shared/catalog/metadata.ts';
import { catalog } from '../src/shared/catalog/registry.ts';
import { aboutOf, catalogTexts } from '../src/shared/catalog/texts.ts';
import before from './fixtures/catalog-texts-before-figures.json' with { type: 'json' };

// The day the catalog texts were last written out by hand (fixtures/catalog-texts-before-figures.json
// is that text): filled on this day they must read exactly as before.
const WRITTEN_ON = '2026-12-05';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How a parameter's figure would be written by hand in a catalog text: amounts of won as 만원/억 or
 * in digits, ratios as percentages, ages before 세 / in a 19~34 range / before "or over". Counts and
 * bare numbers are left out: "12번", "2년마다" are too often not a parameter to be told apart.
 */
function writtenForms(def: ParameterDef, date: string): RegExp[] {
  const value = periodInForce(def, date)?.value;
  if (typeof value !== 'number' || def.dimensions?.length) return [];
  const edge = (s: string, after = '') => new RegExp(`(?<![\\d.,])${esc(s)}${after}`);
  switch (def.unit) {
    case 'KRW':
    case 'KRW/month':
    case 'KRW/year':
      return [wonWords(value, false), wonWords(value, true), `${formatNumber(value)}원`, `${formatNumber(value)} won`]
        .filter((s) => value >= 10_000 || s.endsWith('won'))
        .map((s) => edge(s));
    case 'ratio':
      return [edge(`${formatNumber(value * 100)}`, '\\s?%')];
    case 'years': {
      const n = formatNumber(value);
      return [
        edge(n, '(?=세|~\\d+세|–\\d|\\s+or over)'),
        new RegExp(`[~–]${esc(n)}(?![\\d.])`),
        new RegExp(`[Aa]ge ${n}\\b`),
      ];
    }
    default:
      return [];
  }
}

/** Hand-written digits that match a parameter's figure but are not that figure, each with why. */
const NOT_THE_PARAMETER: readonly { readonly id: string; readonly text: RegExp; readonly why: string }[] = [];

type Written = Pick<ProgramMetadata & ProgramAbout, 'summary' | 'whoQualifies' | 'whatYouGet'>;

const written = (e: (typeof catalog)[number]): Written => ({ ...e.metadata, ...aboutOf(e) });

/** "program-id parameter-id" for every parameter whose figure a program's texts write out by hand. */
function literalFigures(textsOf: (entry: (typeof catalog)[number]) => Written = written): string[] {
  const found = new Set<string>();
  for (const entry of catalog) {
    const program = entry.program;
    if (!program) continue; // information-only: no parameters to name
    const m = textsOf(entry);
    const texts = [
      m.summary.ko,
      m.summary.en,
      m.whatYouGet.ko,
      m.whatYouGet.en,
      ...m.whoQualifies.ko,
      ...m.whoQualifies.en,
    ];
    for (const def of program.parameters.values()) {
      const forms = writtenForms(def, WRITTEN_ON);
      for (const raw of texts) {
        const text = NOT_THE_PARAMETER.filter((x) => x.id === entry.id).reduce((t, x) => t.replace(x.text, ''), raw);
        if (forms.some((re) => re.test(text))) found.add(`${entry.id} ${def.id}`);
      }
    }
  }
  return [...found].sort();
}

describe('catalog texts name their figures', () => {
  it('no summary, who-qualifies line or what-you-get writes out a figure a parameter holds', () => {
    expect(literalFigures()).toEqual([]);
  });

  it('finds the figures the texts wrote by hand before they named them', () => {
    const fixture = before as Record<string, Written>;
    const found = literalFigures((e) => fixture[e.id] ?? written(e));
    for (const id of ['max-monthly', 'max-deposit', 'age-min', 'age-max', 'youth-household.income-rate']) {
      expect(found).toContain(`youth-rent youth-rent.${id}`);
    }
    // And those of the last texts named, a rate, a share, an amount in words and an age.
    for (const line of [
      'housing-benefit.rent housing-benefit.selection-rate',
      'housing-benefit.rent housing-benefit.self-burden-rate',
      'jeonse-loan.newlywed jeonse-loan.net-asset-limit',
      'jeonse-loan.general jeonse-loan.general.income-limit',
      'public-rental.happy-elderly public-rental.happy.elderly.age-min',
    ]) {
      expect(found).toContain(line);
    }
  });

  it('filled on the day they were written, the texts read as they did when written by hand', () => {
    const fixture = before as Record<string, unknown>;
    for (const entry of catalog) {
      const { summary, whoQualifies, whatYouGet } = catalogTexts(entry, WRITTEN_ON);
      expect({ summary, whoQualifies, whatYouGet }, entry.id).toEqual(fixture[entry.id]);
    }
    expect(Object.keys(fixture).sort()).toEqual(catalog.map((e) => e.id).sort());
  });

  it('a date no figure covers shows "?" instead of a stale figure', () => {
    const youth = catalog.find((e) => e.id === 'youth-rent');
    if (!youth) throw new Error('youth-rent missing');
    expect(aboutOf(youth).whoQualifies.ko[1]).toContain('{w:youth-rent.max-deposit}');
    expect(catalogTexts(youth, WRITTEN_ON).whoQualifies.ko[1]).toContain('5천만원');
    expect(catalogTexts(youth, '2019-01-01').whoQualifies.ko[1]).toContain('?');
  });
});

describe('won in plain words', () => {
  it.each([
    [200_000, '20만원', '200,000 won'],
    [50_000_000, '5천만원', '50 million won'],
    [75_000_000, '7,500만원', '75 million won'],
    [122_000_000, '1억 2,200만원', '122 million won'],
    [160_000_000, '1억 6천만원', '160 million won'],
    [300_000_000, '3억원', '300 million won'],
    [10_950_000, '1,095만원', '10.95 million won'],
    [1_234, '1,234원', '1,234 won'],
    [3_505_000, '350만 5,000원', '3,505,000 won'],
  ])('%d', (n, ko, en) => {
    expect(wonWords(n, false)).toBe(ko);
    expect(wonWords(n, true)).toBe(en);
  });
});
