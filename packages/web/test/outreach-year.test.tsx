import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OutreachYear, type OutreachYearOut } from '../src/staff/stats/OutreachYear.tsx';

/** One list of five households screened in 동구, none likely eligible, receipts not in the list. */
const figures: OutreachYearOut = {
  lists: 1,
  listsWithoutReceipt: 1,
  screened: 5,
  eligible: 0,
  unreached: null,
  cases: 0,
  byDistrict: [
    { district: 'dong', screened: 5, eligible: 0, unreached: null, cases: 0 },
    { district: 'seo', screened: 0, eligible: 0, unreached: null, cases: 0 },
  ],
  byProgram: [],
};

describe('센터 현황: the year’s outreach', () => {
  const html = renderToStaticMarkup(<OutreachYear figures={figures} />);

  it('does not say no list was screened when one was but found nobody likely eligible', () => {
    expect(html).not.toContain('이 해에 선별을 마친 명단이 없습니다');
    expect(html).toContain('받을 수 있을 것 같은 가구를 아직 찾지 못했습니다');
  });

  it('counts a 구 where nobody was screened as missing nobody, not as unknown', () => {
    const rows = html.split('<tr').filter((r) => r.includes('서구') || r.includes('동구'));
    const seo = rows.find((r) => r.includes('서구')) ?? '';
    const dong = rows.find((r) => r.includes('동구')) ?? '';
    expect(seo).not.toContain('알 수 없음');
    expect(dong).toContain('알 수 없음');
  });
});
