import type { CatalogTexts } from '@jibsa/programs/catalog-texts';
import { type Program, parameterValue, periodInForce } from '@jibsa/rules';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { catalogStrings } from '../strings.ts';

/** The terms a program page explains when its texts use them (matched in the Korean text). */
const TERMS = ['소득인정액', '기준 중위소득', '도시근로자'] as const;
type Term = (typeof TERMS)[number];
const KOREAN: Record<Term, string> = {
  소득인정액: '소득인정액',
  '기준 중위소득': '기준 중위소득',
  도시근로자: '도시근로자 가구 월평균소득',
};

/**
 * Hard words of the program's texts in plain words ("소득인정액", "기준 중위소득 48%" mean nothing
 * to most people who read them), with the median's 1인 figure in force on `date` where the program
 * reads it, so "48%" can be turned into won.
 */
export function PlainWords({ texts, program, date }: { texts: CatalogTexts; program?: Program; date: string }) {
  const s = useStrings(catalogStrings);
  const { lang } = useI18n();
  const all = [texts.summary.ko, texts.whatYouGet.ko, ...texts.whoQualifies.ko].join('\n');
  const used = TERMS.filter((term) => all.includes(term));
  if (used.length === 0) return null;
  const median = medianOfOne(program, date);
  const words: Record<Term, { term: string; text: string }> = {
    소득인정액: { term: s.termIncome, text: s.termIncomeText },
    '기준 중위소득': {
      term: s.termMedian,
      text: median
        ? `${s.termMedianText} ${fill(s.termMedianFigure, {
            year: median.year,
            amount: median.amount.toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-US'),
          })}`
        : s.termMedianText,
    },
    도시근로자: { term: s.termUrban, text: s.termUrbanText },
  };
  return (
    <section>
      <h2>{s.plainWords}</h2>
      <dl className="plain-words">
        {used.map((term) => (
          <div key={term}>
            <dt>
              {words[term].term}
              {/* In English, the Korean word too: it is the one on every form and notice. */}
              {lang === 'en' && (
                <>
                  {' '}
                  (<span lang="ko">{KOREAN[term]}</span>)
                </>
              )}
            </dt>
            <dd>{words[term].text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function medianOfOne(program: Program | undefined, date: string): { year: number; amount: number } | undefined {
  const def = program?.parameters.get('basic-livelihood.median-income');
  const period = def && periodInForce(def, date);
  if (!def || !period) return undefined;
  try {
    return { year: Number(period.from.slice(0, 4)), amount: parameterValue(def, date, ['1']) };
  } catch {
    // No 1인 cell for the date: the words without a figure.
    return undefined;
  }
}
