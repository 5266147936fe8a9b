import { householdSchema } from '@jibsa/programs';
import { bool, type FieldDef, type Label } from '@jibsa/rules';
import {
  aloneMemberWording,
  aloneWording,
  birthdayWording,
  jeonseWording,
  memberQuestionLabels,
  questionTitles,
} from '../../i18n/questions.ts';
import { knownAgeFor } from './birthday.ts';
import { HAS_INCOME } from './income-gate.ts';
import { groupThousands, moneyReadBack } from './money.ts';
import { parsePath } from './paths.ts';
import { memberQuestion, personName } from './people.ts';
import type { Answers, Value } from './state.ts';

type Lang = 'ko' | 'en';

/** The schema field behind an input path (undefined for "members" and unknown names). */
export function fieldFor(path: string): FieldDef | undefined {
  const p = parsePath(path);
  if (p.scope === 'members') return undefined;
  if (p.scope === 'member' && p.name === HAS_INCOME) return hasIncomeField;
  const fields: Readonly<Record<string, FieldDef>> =
    p.scope === 'household' ? householdSchema.household : householdSchema.member;
  return Object.hasOwn(fields, p.name) ? fields[p.name] : undefined;
}

/** The income gate asked like a yes/no field (see income-gate.ts); never sent to the rules. */
const hasIncomeField = bool({ ko: '매달 들어오는 돈이 있음', en: 'Has money coming in each month' });

export const relationLabels = (householdSchema.member.relation as { valueLabels?: Record<string, Label> }).valueLabels;

export function isMoney(f: FieldDef | undefined): boolean {
  return f?.type === 'number' && (f.unit === 'KRW' || f.unit === 'KRW/month' || f.unit === 'KRW/year');
}

function wording(table: Readonly<Record<string, Label>>, name: string): Label | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

/** The question as asked: friendlier wording when we have it, else the schema's label. */
export function questionTitle(path: string, answers: Answers, lang: Lang, membersTitle: string): string {
  const p = parsePath(path);
  if (p.scope === 'members') return membersTitle;
  const f = fieldFor(path);
  if (p.scope === 'household') {
    const jeonse = answers.household.tenure === 'jeonse' ? wording(jeonseWording, p.name) : undefined;
    const alone = answers.members?.length === 1 ? wording(aloneWording, p.name) : undefined;
    return (jeonse ?? alone ?? wording(questionTitles, p.name) ?? f?.label ?? { ko: path, en: path })[lang];
  }
  const alone = (answers.members?.length ?? 0) <= 1 && p.index === 0;
  if (knownAgeFor(answers, path) !== undefined) {
    if (alone) return birthdayWording.alone[lang];
    return memberQuestion(
      personName(p.index, answers.members ?? [], relationLabels, lang),
      birthdayWording.member[lang],
      lang,
    );
  }
  const asked = alone ? wording(aloneMemberWording, p.name) : undefined;
  if (asked) return asked[lang];
  const label = (wording(memberQuestionLabels, p.name) ?? f?.label ?? { ko: p.name, en: p.name })[lang];
  const who = personName(p.index, answers.members ?? [], relationLabels, lang);
  return memberQuestion(who, label, lang);
}

/** A short name for "what to check" lists: the schema label, per person for member fields. */
export function inputName(path: string, answers: Answers, lang: Lang, fallback: Label): string {
  const p = parsePath(path);
  if (p.scope !== 'member') return (fieldFor(path)?.label ?? fallback)[lang];
  const label = (fieldFor(path)?.label ?? fallback)[lang];
  return memberQuestion(personName(p.index, answers.members ?? [], relationLabels, lang), label, lang);
}

/** An answer in words: "월 35만원", "예", "광산구", "78". */
export function formatAnswer(path: string, value: Value, lang: Lang): string {
  const f = fieldFor(path);
  if (typeof value === 'boolean') return value ? (lang === 'ko' ? '예' : 'Yes') : lang === 'ko' ? '아니요' : 'No';
  if (f?.type === 'enum') return f.valueLabels?.[String(value)]?.[lang] ?? String(value);
  if (typeof value === 'number' && f?.type === 'number') {
    if (isMoney(f)) return moneyReadBack(value, f.unit === 'KRW/month', lang);
    const n = groupThousands(String(value));
    if (path.endsWith('.age')) return lang === 'ko' ? `${n}세` : `${n} years old`;
    if (f.unit === 'years') return lang === 'ko' ? `${n}년` : `${n} years`;
    return n;
  }
  return String(value);
}

/**
 * Household JSON with only the fields this build's schema knows: answers kept from an older
 * version of the app (sessionStorage) never make the whole self-check invalid.
 */
export function knownFieldsOnly(h: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(h)) {
    if (k === 'members' && Array.isArray(v)) {
      out.members = v.map((m: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(m).filter(([mk]) => Object.hasOwn(householdSchema.member, mk))),
      );
    } else if (Object.hasOwn(householdSchema.household, k)) out[k] = v;
  }
  return out;
}
