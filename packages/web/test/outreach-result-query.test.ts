import { describe, expect, it } from 'vitest';
import { exportQuery, resultsQuery } from '../src/staff/outreach/result-query.ts';

describe('outreach results: table and download queries', () => {
  it('downloads what the table shows: 구, 제도 and 사각지대 together', () => {
    const screen = { program: 'housing-benefit.rent', district: 'dong', unreached: true, newly: false, check: false };
    const download = new URLSearchParams(exportQuery(screen));
    expect(Object.fromEntries(download)).toEqual({
      only: 'unreached',
      program: 'housing-benefit.rent',
      district: 'dong',
    });
    // The table's own query has the same filters, plus its page.
    const table = new URLSearchParams(resultsQuery(screen, 120));
    for (const key of ['only', 'program', 'district']) expect(table.get(key)).toBe(download.get(key));
    expect(table.get('after')).toBe('120');
  });

  it('with nothing chosen, the download is every likely-eligible household, as before', () => {
    expect(exportQuery({ program: '', district: '', unreached: false, newly: false, check: false })).toBe(
      'only=eligible',
    );
  });

  it('newly likely eligible (against the earlier screening) is its own choice, kept in the download with 구 and 제도', () => {
    const screen = { program: 'housing-benefit.rent', district: 'seo', unreached: false, newly: true, check: false };
    expect(Object.fromEntries(new URLSearchParams(exportQuery(screen)))).toEqual({
      only: 'newly',
      program: 'housing-benefit.rent',
      district: 'seo',
    });
    expect(new URLSearchParams(resultsQuery(screen, 0)).get('only')).toBe('newly');
  });

  it('households still to look into are their own choice too', () => {
    const screen = { program: '', district: 'dong', unreached: false, newly: false, check: true };
    expect(Object.fromEntries(new URLSearchParams(exportQuery(screen)))).toEqual({ only: 'check', district: 'dong' });
  });
});
