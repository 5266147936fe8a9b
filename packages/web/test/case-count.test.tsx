import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CaseCount, caseCountText } from '../src/staff/cases/CaseCount.tsx';

describe('사례 목록: how many cases the filters match', () => {
  it('says the count in Korean and English, with thousands grouped', () => {
    expect(caseCountText({ count: 123, atLeast: false }, 'ko')).toBe('사례 123건');
    expect(caseCountText({ count: 123, atLeast: false }, 'en')).toBe('123 cases');
    expect(caseCountText({ count: 1, atLeast: false }, 'en')).toBe('1 case');
    expect(caseCountText({ count: 0, atLeast: false }, 'ko')).toBe('사례 0건');
  });

  it('says "or more" where the server stopped counting', () => {
    expect(caseCountText({ count: 1000, atLeast: true }, 'ko')).toBe('사례 1,000건 이상');
    expect(caseCountText({ count: 1000, atLeast: true }, 'en')).toBe('1,000 or more cases');
  });

  it('sits in a polite live region that is there even while the list loads, so a new count is read out', () => {
    expect(renderToStaticMarkup(<CaseCount total={null} />)).toMatch(/^<p role="status"[^>]*><\/p>$/);
    expect(renderToStaticMarkup(<CaseCount total={{ count: 7, atLeast: false }} />)).toContain('>사례 7건</p>');
  });
});
