import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../src/i18n/index.tsx';
import { ScreeningResults } from '../src/staff/cases/ScreeningResults.tsx';

const shown = (lang: 'ko' | 'en') =>
  renderToStaticMarkup(
    <I18nProvider lang={lang} setLang={() => {}}>
      <ScreeningResults date="2026-03-01" rulesVersion="b8cf9747a1b2c3d4" programs={[]} />
    </I18nProvider>,
  );

describe('the screening header a counselor reads', () => {
  it('leads with the day whose rules were used, in words, not a code', () => {
    const ko = shown('ko');
    expect(ko).toContain('<p>2026년 3월 1일 기준 규칙으로 판정</p>');
    expect(ko).not.toContain('규칙판');
    expect(shown('en')).toContain('<p>Screened with the rules as of 1 March 2026</p>');
  });

  it('keeps the rules fingerprint for the record, in a small line of its own after the results', () => {
    const ko = shown('ko');
    expect(ko).toMatch(/<p class="hint rules-version">규칙 버전 b8cf9747 \(기록용[^<]*\)<\/p>$/);
    expect(shown('en')).toContain('Rules version b8cf9747 (for the record');
  });
});
