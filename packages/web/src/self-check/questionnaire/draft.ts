import type { FieldDef } from '@jibsa/rules';
import { type MoneyUnit, moneyChars, moneyToText, parseMoney, unitFor } from './money.ts';
import type { Value } from './state.ts';

/** How a question is answered on screen. */
export type Kind = 'members' | 'money' | 'number' | 'enum' | 'boolean' | 'date';

/** What the person has typed or chosen, before it becomes an answer. */
export interface Draft {
  readonly text: string;
  readonly unit: MoneyUnit;
  readonly choice: string;
}

export type ReadResult =
  | { readonly ok: true; readonly value: Value }
  | { readonly ok: false; readonly error: 'need' | 'tooLarge' | 'whole' | 'negative'; readonly max?: number };

export function kindOf(path: string, f: FieldDef | undefined): Kind {
  if (path === 'members') return 'members';
  if (!f) return 'number';
  if (f.type === 'number') return f.unit.startsWith('KRW') ? 'money' : 'number';
  return f.type;
}

/**
 * The unit last chosen for an amount in this page: the next money question starts in it. It went
 * back to 만원 on every question, so someone who counts in 원 had to switch it ten times, and one
 * time missed turned 5,000,000원 into 500억원.
 */
let chosenUnit: MoneyUnit = 'man';
export const rememberMoneyUnit = (unit: MoneyUnit) => {
  chosenUnit = unit;
};

export function initialDraft(kind: Kind, value: Value | undefined, unit: MoneyUnit = chosenUnit): Draft {
  const empty: Draft = { text: '', unit, choice: '' };
  if (value === undefined) return empty;
  if (kind === 'money' && typeof value === 'number') {
    const unit = unitFor(value);
    return { ...empty, unit, text: moneyChars(moneyToText(value, unit)) };
  }
  if (kind === 'boolean') return { ...empty, choice: value ? 'yes' : 'no' };
  if (kind === 'enum') return { ...empty, choice: String(value) };
  return { ...empty, text: String(value) };
}

/** The answer a draft stands for, or why it cannot be used yet. */
export function readDraft(kind: Kind, f: FieldDef | undefined, d: Draft): ReadResult {
  switch (kind) {
    case 'boolean':
      return d.choice ? { ok: true, value: d.choice === 'yes' } : { ok: false, error: 'need' };
    case 'enum':
      return d.choice ? { ok: true, value: d.choice } : { ok: false, error: 'need' };
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(d.text) ? { ok: true, value: d.text } : { ok: false, error: 'need' };
    case 'money': {
      const won = parseMoney(d.text, d.unit);
      if (won === null) return { ok: false, error: 'need' };
      if (won < 0) return { ok: false, error: 'negative' };
      // 원 are whole; a point makes sense only in 만원 ("30.5" 만원 = 305,000원).
      if (!Number.isInteger(won)) return { ok: false, error: 'whole' };
      return { ok: true, value: won };
    }
    case 'number': {
      const text = d.text.trim();
      if (!text) return { ok: false, error: 'need' };
      const n = Number(text.replace(/,/g, ''));
      if (!Number.isFinite(n)) return { ok: false, error: 'need' };
      if (n < 0) return { ok: false, error: 'negative' };
      const max = f?.type === 'number' ? f.max : undefined;
      if (max !== undefined && n > max) return { ok: false, error: 'tooLarge', max };
      const integer = f?.type === 'number' && (f.integer ?? f.unit === 'count');
      if (integer && !Number.isInteger(n)) return { ok: false, error: 'whole' };
      return { ok: true, value: n };
    }
    default:
      return { ok: false, error: 'need' };
  }
}
