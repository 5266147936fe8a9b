import { describe, expect, it } from 'vitest';
import { AGENCIES, agenciesOf, catalog, todayIso } from '../src/index.ts';
import { PROGRAM_AGENCIES } from '../src/shared/catalog/agencies.ts';
import { catalogTexts, INFO_ONLY_WHY } from '../src/shared/catalog/texts.ts';

/** Other spellings of an agency that must not come back: each agency has one name. */
const ALIASES: Record<string, RegExp> = {
  lh: /한국토지주택공사|LH공사/,
  // "행정복지센터(주민센터)" keeps the old name as a gloss people still know; alone it is another name.
  'welfare-center': /(?<!행정복지센터\()주민센터|동사무소|읍·면·동 행정복지센터/,
  'district-office': /시·군·구청|시·군·구 /,
  gmcc: /도시공사(?<!광주도시공사)|광주광역시도시공사/,
};

describe('agencies', () => {
  it('names where every program in the catalog is applied for, from one list', () => {
    for (const e of catalog) expect(agenciesOf(e.id).length, e.id).toBeGreaterThan(0);
    expect(Object.keys(PROGRAM_AGENCIES).sort()).toEqual(catalog.map((e) => e.id).sort());
    const names = Object.values(AGENCIES).map((a) => a.ko);
    expect(new Set(names).size).toBe(names.length);
  });

  it('spells each agency one way in every program text a person reads about applying', () => {
    const texts = catalog.flatMap((e) => [
      e.metadata.apply.agency.ko,
      ...e.metadata.apply.channels.map((c) => c.label.ko),
    ]);
    for (const [id, alias] of Object.entries(ALIASES)) {
      const found = texts.filter((t) => alias.test(t));
      expect(found, id).toEqual([]);
    }
  });

  it('says why an information-only program is not checked', () => {
    const info = catalog.filter((e) => !e.program);
    expect(info.length).toBeGreaterThan(0);
    const why = (e: (typeof catalog)[number]) => catalogTexts(e, todayIso()).informationOnly;
    for (const e of info) {
      expect(why(e)?.ko.length, e.id).toBeGreaterThan(20);
      expect(why(e)?.en.length, e.id).toBeGreaterThan(20);
    }
    for (const e of catalog.filter((x) => x.program)) expect(why(e), e.id).toBeUndefined();
    // Every reason belongs to an information-only program (a renamed id would leave one unsaid).
    for (const id of Object.keys(INFO_ONLY_WHY)) expect(info.map((e) => e.id)).toContain(id);
  });
});
