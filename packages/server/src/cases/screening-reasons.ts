import { householdSchema } from '@jibsa/programs';
import type { InputsRead } from '@jibsa/rules';

/** A figure a program's result read, as kept in a snapshot (the engine's ParameterUse, trimmed). */
export interface FigureUse {
  id: string;
  label: { ko: string; en: string };
  value: number;
  unit: string;
  keys: string[];
  from: string;
}

export interface Why {
  ko: string;
  en: string;
}

/** 247000 → "247,000원": an amount as a case's timeline and notes write it. */
export const wonKo = (n: number) => `${n.toLocaleString('ko-KR')}원`;

const fmt = (value: number, unit: string, lang: 'ko' | 'en') => {
  if (unit === 'ratio') return `${Math.round(value * 1000) / 10}%`;
  if (unit.startsWith('KRW')) return lang === 'ko' ? wonKo(value) : `${value} KRW`;
  return String(value);
};
// "기준 중위소득 (월)" reads "기준 중위소득" in a sentence.
const plain = (label: string) => label.replace(/\s*\([^)]*\)\s*$/, '');

/**
 * The figures of one program that differ between two screenings, each named with its year and
 * direction: "2026년 기준 중위소득 인상(2,392,013원 → 2,564,238원)". A snapshot from before
 * figures were kept has none to compare, so it names none.
 */
export function figureCauses(before: readonly FigureUse[] | undefined, after: readonly FigureUse[] | undefined): Why[] {
  if (!before || !after) return [];
  const old = new Map(before.map((f) => [`${f.id}|${f.keys.join(',')}`, f]));
  const causes: Why[] = [];
  for (const now of after) {
    const was = old.get(`${now.id}|${now.keys.join(',')}`);
    if (!was || was.value === now.value) continue;
    const up = now.value > was.value;
    const year = now.from.slice(0, 4);
    causes.push({
      ko: `${year}년 ${plain(now.label.ko)} ${up ? '인상' : '인하'}(${fmt(was.value, was.unit, 'ko')} → ${fmt(now.value, now.unit, 'ko')})`,
      en: `the ${year} ${plain(now.label.en)} ${up ? 'rose' : 'fell'} (${fmt(was.value, was.unit, 'en')} → ${fmt(now.value, now.unit, 'en')})`,
    });
  }
  return causes;
}

type Fields = Record<string, { label: { ko: string; en: string } }>;
const HOUSEHOLD_FIELDS = householdSchema.household as unknown as Fields;
const MEMBER_FIELDS = householdSchema.member as unknown as Fields;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** One answer that changed, with the field it is (none for the household's size, which every program counts). */
export interface AnswerChange extends Why {
  readonly field?: { readonly scope: 'household' | 'member'; readonly name: string };
}

/**
 * Which of the household's own answers differ, named as the self-check asks them: "월세",
 * "가구원 1의 연금 등 공적 이전소득", "가구원 수". Empty when the answers are the same.
 */
export function answerChanges(before: unknown, after: unknown): AnswerChange[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const out: AnswerChange[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (key === 'members' || same(a[key], b[key])) continue;
    const label =
      HOUSEHOLD_FIELDS[key]?.label ?? (key === 'address' ? { ko: '주소', en: 'address' } : { ko: key, en: key });
    out.push({ ...label, field: { scope: 'household', name: key } });
  }
  const am = (Array.isArray(a.members) ? a.members : []) as Record<string, unknown>[];
  const bm = (Array.isArray(b.members) ? b.members : []) as Record<string, unknown>[];
  if (am.length !== bm.length)
    out.push({ ko: `가구원 수 ${am.length}명 → ${bm.length}명`, en: `household size ${am.length} → ${bm.length}` });
  for (let i = 0; i < Math.min(am.length, bm.length); i++) {
    const x = am[i] ?? {};
    const y = bm[i] ?? {};
    for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
      if (same(x[key], y[key])) continue;
      const label =
        MEMBER_FIELDS[key]?.label ??
        (key === 'birthDate' ? { ko: '생년월일', en: 'birth date' } : { ko: key, en: key });
      out.push({
        ko: `가구원 ${i + 1}의 ${label.ko}`,
        en: `member ${i + 1}'s ${label.en}`,
        field: { scope: 'member', name: key },
      });
    }
  }
  return out;
}

/**
 * The changes a program could have seen: the fields it reads (criteria, amount, variables) and the
 * household's size. Every program used to be given the whole list, so 영구임대 named a marriage and
 * a crisis it never reads as the cause of its change.
 */
export function changesReadBy(changes: readonly AnswerChange[], read: InputsRead | null): AnswerChange[] {
  if (read === null) return [...changes];
  return changes.filter((c) => c.field === undefined || read[c.field.scope].has(c.field.name));
}
