import { type Program, parameterValue, periodInForce } from '@jibsa/rules';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { plainWordsStrings } from './strings.ts';

/** The terms explained where a text uses them (matched in the Korean text, which every language's answer carries). */
const TERMS = ['소득인정액', '기준 중위소득', '도시근로자', '총자산'] as const;
type Term = (typeof TERMS)[number];
/** In English, the Korean word beside the explained one: it is the word on every form and notice. */
const KOREAN: Record<Term, string> = {
  소득인정액: '소득인정액',
  '기준 중위소득': '기준 중위소득',
  도시근로자: '도시근로자 가구 월평균소득',
  총자산: '총자산',
};

/** The terms among TERMS that `korean` (texts in Korean) uses, in TERMS' order. */
export function termsUsed(korean: readonly string[]): Term[] {
  const all = korean.join('\n');
  return TERMS.filter((term) => all.includes(term));
}

/**
 * Hard words in plain words ("소득인정액", "기준 중위소득 48%" mean nothing to most people who
 * read them), with the median's 1인 figure in force on `date` where `program` reads it, so "48%"
 * can be turned into won. Nothing when the texts use none of them.
 */
export function PlainWords({
  korean,
  program,
  date,
  lead,
}: {
  /** The Korean texts the reader sees (a program's summary and conditions, or a result's reasons). */
  korean: readonly string[];
  program?: Program | undefined;
  date: string;
  lead?: string;
}) {
  const s = useStrings(plainWordsStrings);
  const { lang } = useI18n();
  const used = termsUsed(korean);
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
    총자산: { term: s.termAssets, text: s.termAssetsText },
  };
  return (
    <section aria-labelledby="plain-words-title">
      <h2 id="plain-words-title">{s.plainWords}</h2>
      {lead && <p>{lead}</p>}
      <dl className="plain-words">
        {used.map((term) => (
          <div key={term}>
            <dt>
              {words[term].term}
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
