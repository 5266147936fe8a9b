import { fill, useStrings } from '../i18n/index.tsx';
import { wonInKoreanWords } from '../self-check/questionnaire/money.ts';
import { boardStrings } from './strings.ts';
import type { Notice } from './types.ts';

/** "접수 중 · 마감까지 12일", "마감 임박 · 3일 남음", "오늘 마감", "마감됨": in words, not only colour. */
export function Deadline({ notice }: { notice: Pick<Notice, 'state' | 'daysLeft' | 'applicationStart'> }) {
  const s = useStrings(boardStrings);
  const { state, daysLeft } = notice;
  const text =
    state === 'closed'
      ? s.stateClosed
      : state === 'upcoming'
        ? fill(s.stateUpcoming, { date: dotted(notice.applicationStart ?? '') })
        : daysLeft === 0
          ? s.stateLastDay
          : fill(state === 'closing' ? s.stateClosing : s.stateOpen, { n: daysLeft });
  const tone = state === 'closed' ? 'deadline-closed' : state === 'closing' ? 'deadline-soon' : 'deadline-open';
  return <span className={`deadline ${tone}`}>{text}</span>;
}

export const dotted = (iso: string) => iso.replaceAll('-', '.');

/** 1,200만원 or 2억 4,100만원 in Korean (as notices write it, not "24,100만원"), 12,000,000 won in English. */
export function money(n: number, lang: 'ko' | 'en'): string {
  if (lang === 'en') return `${n.toLocaleString('en-GB')} won`;
  // An amount in whole 만원 reads in 억 and 만; an odd one keeps its won, as the notice gave it.
  return Number.isInteger(n / 10_000) ? wonInKoreanWords(n) : `${n.toLocaleString('ko-KR')}원`;
}
