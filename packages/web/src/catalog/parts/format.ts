import { groupThousands } from '../../self-check/questionnaire/money.ts';

type Lang = 'ko' | 'en';

function num(n: number): string {
  const [i = '0', f = ''] = Math.abs(n).toFixed(2).split('.');
  const frac = f.replace(/0+$/, '');
  return `${n < 0 ? '-' : ''}${groupThousands(i)}${frac ? `.${frac}` : ''}`;
}

/** An age limit reads "만 19세", not "19년"; durations (보수주기, 혼인기간) keep 년. */
const isAge = (labelKo: string | undefined) => labelKo !== undefined && /나이|연령/.test(labelKo);

/** A policy figure in its unit: "1,230,834원", "48%", "2년", "34세". */
export function formatFigure(value: number, unit: string, lang: Lang, labelKo?: string): string {
  if (unit === 'years' && isAge(labelKo)) return lang === 'ko' ? `${num(value)}세` : `${num(value)} years old`;
  switch (unit) {
    case 'KRW':
    case 'KRW/year':
      return lang === 'ko' ? `${num(value)}원` : `${num(value)} won`;
    case 'KRW/month':
      return lang === 'ko' ? `월 ${num(value)}원` : `${num(value)} won/month`;
    case 'ratio':
      return `${num(value * 100)}%`;
    case 'years':
      return lang === 'ko' ? `${num(value)}년` : `${num(value)} years`;
    case 'm2':
      return lang === 'ko' ? `${num(value)}㎡` : `${num(value)} m²`;
    case 'count':
      return lang === 'ko' ? `${num(value)}` : num(value);
    case 'bool':
      return value ? (lang === 'ko' ? '예' : 'yes') : lang === 'ko' ? '아니요' : 'no';
    default:
      return num(value);
  }
}

/** "2024-01-01 ~ 2024-12-31" or "2024-01-01 ~". */
export function formatPeriod(from: string, to: string | undefined): string {
  return `${from} ~ ${to ?? ''}`.trim();
}
