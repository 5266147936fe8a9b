import { householdSchema } from '@jibsa/programs';
import type { FieldDef } from '@jibsa/rules';
import { parseMoney } from '../../self-check/questionnaire/money.ts';

type Label = { ko: string; en: string };

/**
 * The household's answers the engine reads beyond housing, incomes and assets, grouped as a
 * counselor asks them. Labels and choices are the schema's own, so the form cannot drift from it.
 */
export const FACT_GROUPS = [
  {
    id: 'car',
    title: { ko: '자동차 (있을 때)', en: 'Vehicle (if any)' },
    keys: ['carUse', 'carKind', 'carEngine', 'carOld'],
  },
  {
    id: 'benefits',
    title: { ko: '지금 받고 있는 급여·지원', en: 'Benefits received now' },
    keys: ['receivesLivelihoodBenefit', 'receivesMedicalBenefit', 'receivesHousingBenefit', 'nearPoor'],
  },
  {
    id: 'situation',
    title: { ko: '형편', en: 'Situation' },
    keys: ['inCrisis', 'homeNeedsRepair', 'nonHousingMonths'],
  },
  {
    id: 'marriage',
    title: { ko: '혼인 (신혼부부 제도)', en: 'Marriage (newlywed programs)' },
    keys: ['married', 'marriedYears'],
  },
  {
    id: 'parents',
    title: { ko: '부모 (청년 제도: 부모와 따로 사는 청년)', en: 'Parents (youth programs: living apart from parents)' },
    keys: ['livesApartFromParents', 'parentsMonthlyIncome', 'parentsHouseholdSize', 'parentsProperty'],
  },
] as const satisfies readonly { id: string; title: Label; keys: readonly (keyof typeof householdSchema.household)[] }[];

export type FactKey = (typeof FACT_GROUPS)[number]['keys'][number];
export const FACT_KEYS: readonly FactKey[] = FACT_GROUPS.flatMap((g) => [...g.keys]);

export const factField = (k: FactKey) => householdSchema.household[k] as FieldDef;
/** A member's answers the form asks beside their incomes (the earner's group decides their earnings deduction). */
export const MEMBER_FACT_KEYS = ['disabled', 'earnerGroup'] as const;
export type MemberFactKey = (typeof MEMBER_FACT_KEYS)[number];
export const isMemberFactKey = (k: string): k is MemberFactKey => (MEMBER_FACT_KEYS as readonly string[]).includes(k);
export const memberFactField = (k: MemberFactKey) => householdSchema.member[k] as FieldDef;

/** Amounts of money are typed with separators; counts and years are plain numbers. */
export const isMoney = (f: FieldDef) => f.type === 'number' && String(f.unit).startsWith('KRW');

/** A stored answer as the form's text: yes/no for booleans, the code for a choice, digits for a number. */
export function factText(f: FieldDef, v: unknown): string {
  if (f.type === 'boolean') return v === true ? 'yes' : v === false ? 'no' : '';
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' ? v : '';
}

/** The form's text as the engine's answer: undefined when empty (unknown), NaN for a number that is none. */
export function factValue(f: FieldDef, text: string | undefined): unknown {
  if (!text || text.trim() === '') return undefined;
  if (f.type === 'boolean') return text === 'yes';
  if (f.type === 'number') return parseMoney(text, 'won') ?? Number.NaN;
  return text;
}

export const factLabel = (f: FieldDef): Label => f.label;
export const choiceLabels = (f: FieldDef): [string, Label][] =>
  f.type === 'enum' ? f.values.map((v) => [v, f.valueLabels?.[v] ?? { ko: v, en: v }]) : [];

/** The words a yes/no answer is shown in when the saved case now differs from what was typed. */
export const YES_NO_WORDS: Record<string, Label> = { yes: { ko: '예', en: 'Yes' }, no: { ko: '아니요', en: 'No' } };

/**
 * A select's choices for a fact: yes / no for a boolean, the schema's own choices for an enum.
 * Household facts and a member's facts are asked alike, so both forms take their choices from here.
 */
export const factOptions = (f: FieldDef, words: { yes: string; no: string }, l: (label: Label) => string) =>
  f.type === 'boolean'
    ? [
        { value: 'yes', label: words.yes },
        { value: 'no', label: words.no },
      ]
    : choiceLabels(f).map(([value, label]) => ({ value, label: l(label) }));

/** The words a fact's coded answers are shown in (yes/no, or the enum's labels); none for a number or text. */
export const factWords = (f: FieldDef): Record<string, Label> | null =>
  f.type === 'boolean' ? YES_NO_WORDS : f.type === 'enum' ? (f.valueLabels ?? {}) : null;
