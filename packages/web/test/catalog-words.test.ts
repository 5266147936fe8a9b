import { AGENCIES, agenciesOf, catalog } from '@jibsa/programs';
import { listParameters, type TableValue } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { distinct, filterCatalog } from '../src/catalog/catalog-search.ts';
import { keysText } from '../src/catalog/parts/Figures.tsx';
import { formatFigure } from '../src/catalog/parts/format.ts';

/** Every table key path of every figure the catalog shows, with its dimensions. */
function allKeys(): { id: string; dims: readonly string[] | undefined; keys: string[] }[] {
  const out: { id: string; dims: readonly string[] | undefined; keys: string[] }[] = [];
  const walk = (id: string, dims: readonly string[] | undefined, v: number | TableValue, keys: string[]) => {
    if (typeof v === 'number') out.push({ id, dims, keys });
    else for (const [k, x] of Object.entries(v)) walk(id, dims, x, [...keys, k]);
  };
  for (const e of catalog) {
    if (!e.program) continue;
    for (const def of listParameters(e.program)) for (const p of def.periods) walk(def.id, def.dimensions, p.value, []);
  }
  return out;
}

describe('catalog words a citizen reads', () => {
  it('names every table key in Korean words, never by its code ("seoul", "car", "light")', () => {
    const rows = allKeys().filter((r) => r.keys.length > 0);
    expect(rows.length).toBeGreaterThan(50);
    const coded = rows
      .map((r) => ({ id: r.id, text: keysText(r.keys, r.dims, 'ko') }))
      .filter((r) => /[a-z]/i.test(r.text));
    expect(coded).toEqual([]);
    expect(keysText(['metro', 'car'], ['region', 'propertyType'], 'ko')).toBe(
      '광역시 (광주·부산·대구·대전·울산) · 자동차',
    );
  });

  it('writes an age limit in 세 and a duration in 년', () => {
    const ages = catalog.flatMap((e) =>
      e.program ? listParameters(e.program).filter((d) => d.unit === 'years' && /나이|연령/.test(d.label.ko)) : [],
    );
    expect(ages.length).toBeGreaterThan(3);
    for (const d of ages) expect(formatFigure(34, d.unit, 'ko', d.label.ko), d.id).toBe('34세');
    expect(formatFigure(7, 'years', 'ko', '신혼부부전용 혼인기간 상한 (년)')).toBe('7년');
  });

  it('offers each agency once in the filter, and finds every program applied for there', () => {
    const options = distinct(catalog.flatMap((e) => agenciesOf(e.id)));
    expect(options.length).toBe(new Set(options).size);
    expect(options.length).toBeLessThanOrEqual(Object.keys(AGENCIES).length);
    const none = { q: '', audience: '', helpType: '', ids: [] };
    const lh = filterCatalog(catalog, { ...none, agency: 'lh' }).map((e) => e.id);
    expect(lh).toContain('public-rental.national');
    expect(lh).toContain('public-rental.permanent');
    expect(lh).not.toContain('housing-benefit.rent');
    const center = filterCatalog(catalog, { ...none, agency: 'welfare-center' }).map((e) => e.id);
    expect(center).toContain('housing-benefit.rent');
  });
});
