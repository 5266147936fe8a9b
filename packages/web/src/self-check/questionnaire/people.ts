import type { MemberAnswer } from './state.ts';

type Lang = 'ko' | 'en';
type Labels = Readonly<Record<string, { ko: string; en: string }>> | undefined;

const KO_ORDINALS = ['첫', '두', '세', '네', '다섯', '여섯', '일곱', '여덟', '아홉', '열'];
const EN_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** "두 번째 분" / "the second person". */
export function ordinalName(index: number, lang: Lang): string {
  if (lang === 'ko') return KO_ORDINALS[index] ? `${KO_ORDINALS[index]} 번째 분` : `${index + 1}번째 분`;
  return EN_ORDINALS[index] ? `the ${EN_ORDINALS[index]} person` : `person ${index + 1}`;
}

/** "두 번째 분(배우자)" / "본인" when one person lives alone; "the second person (Spouse)". */
export function personName(index: number, members: readonly MemberAnswer[], relations: Labels, lang: Lang): string {
  const m = members[index];
  if (members.length <= 1 && index === 0) return lang === 'ko' ? '본인' : 'you';
  const rel = m?.relation !== undefined ? relations?.[String(m.relation)]?.[lang].replace(/\s*\(.*\)$/, '') : undefined;
  const age = typeof m?.age === 'number' ? (lang === 'ko' ? `${m.age}세` : `age ${m.age}`) : undefined;
  const detail = [rel, age].filter(Boolean).join(', ');
  const ord = ordinalName(index, lang);
  if (lang === 'ko') return detail ? `${ord}(${detail})` : ord;
  return detail ? `${ord} (${detail})` : ord;
}

/** "두 번째 분(배우자)의 일해서 버는 돈" / "Earnings from work of the second person (Spouse)". */
export function memberQuestion(personText: string, fieldLabel: string, lang: Lang): string {
  return lang === 'ko' ? `${personText}의 ${fieldLabel}` : `${fieldLabel} — ${personText}`;
}
