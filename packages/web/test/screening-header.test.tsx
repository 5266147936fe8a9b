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

  it("names the case's people in reasons and questions, not by their place ('가구원 1')", () => {
    const program = {
      id: 'basic-livelihood.livelihood',
      name: '생계급여',
      nameEn: 'Livelihood benefit',
      status: 'unknown' as const,
      amount: null,
      reasons: ['소득 기준: 아직 판단할 수 없습니다 (필요한 정보: 가구원 2의 연금)'],
      reasonsEn: ['income: not yet decided (needs member 2: pension)'],
      missing: [{ ko: '가구원 2의 연금', en: 'member 2: pension', path: 'members[1].pensionIncome' }],
    };
    const people = [{ name: '박순자' }, { name: '김영수' }];
    const render = (lang: 'ko' | 'en') =>
      renderToStaticMarkup(
        <I18nProvider lang={lang} setLang={() => {}}>
          <ScreeningResults date="2026-03-01" rulesVersion="b8cf9747" programs={[program]} people={people} />
        </I18nProvider>,
      );
    const ko = render('ko');
    expect(ko).toContain('필요한 정보: 김영수 님의 연금');
    expect(ko).toContain('김영수 님의 연금');
    expect(ko).not.toContain('가구원 2');
    expect(render('en')).toContain('needs 김영수: pension');
  });
});
