import { type TargetField, targetField } from './fields.ts';
import type { ColumnMapping } from './mapping.ts';

/**
 * Fields a list often lacks whose absence, for most households on a 구's list, means "none": no
 * car, no debts, no savings or other property, no income but the one the list gives, none of the
 * groups with their own earnings deduction, no registered disability. Each with the cell that
 * reads as that "none". A list without them left every household undecided ("없음" everywhere on
 * the screen, 74 of 74 households waiting on a 자동차 가액 no list has); an official may choose, per
 * list, to screen as if the household had none of them. Earnings (근로소득), the home's value and
 * the household's members are not among them: their absence says nothing.
 */
export const NONE_CELLS: Readonly<Record<string, string>> = {
  carValue: '0',
  carUse: 'none',
  debts: '0',
  financialAssets: '0',
  otherProperty: '0',
  'head.businessIncome': '0',
  'head.pensionIncome': '0',
  'head.otherIncome': '0',
  'head.earnerGroup': 'none',
  'head.disabled': '아니오',
};

/** What an assumed field is set to, as the screen and the downloads name it. */
const NONE_WORDS: Readonly<Record<string, { ko: string; en: string }>> = {
  carUse: { ko: '해당 없음', en: 'none of these' },
  'head.earnerGroup': { ko: '해당 없음', en: 'none of these' },
  'head.disabled': { ko: '아니오', en: 'no' },
};

export interface AssumedField {
  readonly key: string;
  readonly label: TargetField['label'];
  /** The value it is taken as: 0, or "none of these", or no. */
  readonly value: { ko: string; en: string };
}

/** A list read with the fields it lacks taken as none: more columns, each cell filled in. */
export interface ListView {
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
  /** A row's cells with the assumed columns' cells after them. */
  cells(cells: readonly string[]): readonly string[];
  /** The fields taken as none, in NONE_CELLS order (empty: the list is read as it is). */
  readonly assumed: readonly AssumedField[];
}

const HEAD = /^(head\.|householdSize$)/;

/** The fields `assumedNone` would fill for this mapping (those of NONE_CELLS it maps no column to). */
export function assumedFields(mapping: ColumnMapping): AssumedField[] {
  const mapped = new Set(Object.values(mapping));
  // The head's fields only when the list says something of the head or the household's size: else
  // a value for the head would make a household of one person out of a row that names nobody.
  const hasHead = [...mapped].some((k) => HEAD.test(k));
  return Object.keys(NONE_CELLS)
    .filter((key) => !mapped.has(key) && (hasHead || !key.startsWith('head.')))
    .map((key) => ({
      key,
      label: targetField(key)?.label ?? { ko: key, en: key },
      value: NONE_WORDS[key] ?? { ko: '0원', en: '0 won' },
    }));
}

/**
 * The list as read with `assumeNone`: unchanged when false; else each field of NONE_CELLS the
 * mapping lacks gets a column of its own (named for people: it may appear in a message) whose cell
 * reads as "none". Columns the list has are read as they are, a blank cell staying unknown: the
 * choice is about columns a list does not have, not about cells someone left empty. The head's cells
 * are left blank on a row whose head and size cells are all blank, for the reason assumedFields says.
 */
export function readAs(headers: readonly string[], mapping: ColumnMapping, assumeNone: boolean): ListView {
  const assumed = assumeNone ? assumedFields(mapping) : [];
  if (assumed.length === 0) return { headers, mapping, cells: (c) => c, assumed };
  const added = assumed.map((f) => `${f.label.ko} (목록에 없어 없음으로 봄)`);
  const extra: Record<string, string> = {};
  assumed.forEach((f, i) => {
    extra[added[i] as string] = f.key;
  });
  const headAt = headers.map((h, i) => (HEAD.test(mapping[h] ?? '') ? i : -1)).filter((i) => i >= 0);
  const filled = assumed.map((f) => NONE_CELLS[f.key] as string);
  const headless = assumed.map((f, i) => (f.key.startsWith('head.') ? '' : (filled[i] as string)));
  const n = headers.length;
  return {
    headers: [...headers, ...added],
    mapping: { ...mapping, ...extra },
    cells: (cells) => {
      const out = cells.length === n ? [...cells] : Array.from({ length: n }, (_, i) => cells[i] ?? '');
      const named = headAt.some((i) => (cells[i] ?? '').trim() !== '');
      out.push(...(named ? filled : headless));
      return out;
    },
    assumed,
  };
}
