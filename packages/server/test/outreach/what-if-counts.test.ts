import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mapRow, openList, type SourceRow, suggestMapping } from '@jibsa/lists';
import { catalog, checkHousehold, isGwangjuDistrict, screenHousehold } from '@jibsa/programs';
import { afterAll, describe, expect, it } from 'vitest';
import { countWhatIf, scenarioEntries } from '../../src/outreach/what-if/run.ts';
import { householdListLines } from '../../src/seed/household-list.ts';

const DATE = '2026-03-01';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-whatif-counts-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * The what-if reads a list's rows straight into the batch columns (ListReader). Its counts with no
 * change must be what screening each row on its own gives: screenHousehold on mapRow's household,
 * row by row, bad rows skipped. The list has rows that cannot be read among good ones.
 */
describe('what-if counts on a list with bad rows', () => {
  it('count each program, 구 and skipped row as screening each row alone does', async () => {
    const lines = [...householdListLines(400, { seed: 31, sample: true })];
    // Three rows that cannot be read: money that is not money, an age that is no age, a 구 that does not exist.
    lines.splice(50, 0, 'B-0,광주광역시 동구 가상로 3,1950.1.1,1,월세,돈없음,30만원,"500,000",0,0');
    lines.splice(120, 0, 'B-1,광주광역시 화성구 가상로 1,1950.1.1,1,월세,"1,000,000",30만원,"500,000",0,0');
    lines.splice(200, 0, 'B-2,광주광역시 서구 가상로 2,2050.13.40,1,월세,0,0,0,0,0');
    const file = path.join(dir, 'list.csv');
    fs.writeFileSync(file, `${lines.join('\r\n')}\r\n`);

    const list = await openList(file);
    const headers = list.headers;
    const rows: SourceRow[] = [];
    for await (const r of list.rows) rows.push(r as SourceRow);
    list.close();
    const mapping = suggestMapping(headers);

    const eligible = new Map<string, number>();
    const byDistrict = new Map<string | null, number>();
    let good = 0;
    for (const r of rows) {
      if (!('cells' in r)) continue;
      const mapped = mapRow(headers, r.cells, mapping);
      const checked = mapped.errors.length === 0 ? checkHousehold(mapped.household, DATE) : undefined;
      if (!checked?.ok) continue;
      good++;
      const d = checked.value.gwangjuDistrict;
      const district = isGwangjuDistrict(d) ? d : null;
      byDistrict.set(district, (byDistrict.get(district) ?? 0) + 1);
      const screened = screenHousehold(mapped.household, { date: DATE });
      if (!screened.ok) throw new Error('a checked household did not screen');
      for (const p of screened.programs) if (p.status === 'eligible') eligible.set(p.id, (eligible.get(p.id) ?? 0) + 1);
    }

    const counts = await countWhatIf({
      file,
      encoding: null,
      headers,
      mapping,
      date: DATE,
      entries: scenarioEntries([], DATE),
      overrides: [],
    });
    expect(rows.length - good).toBeGreaterThanOrEqual(3);
    expect(counts.rowsSkipped).toBe(rows.length - good);
    expect(counts.households).toBe(good);
    expect(Object.fromEntries(counts.householdsByDistrict)).toEqual(Object.fromEntries(byDistrict));
    const screened = catalog.filter((e) => e.program);
    expect(counts.programs.map((p) => [p.id, p.baseline.eligible, p.scenario.eligible])).toEqual(
      screened.map((e) => [e.id, eligible.get(e.id) ?? 0, eligible.get(e.id) ?? 0]),
    );
    // Some programs have eligible households on this list: the comparison is not of zeros only.
    expect([...eligible.values()].filter((n) => n > 0).length).toBeGreaterThan(3);
  });
});
