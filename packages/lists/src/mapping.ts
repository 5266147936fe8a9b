import type { Label } from '@jibsa/rules';
import { parseChoice } from './choices.ts';
import { TARGET_FIELDS, type TargetField, targetField } from './fields.ts';
import { type Parsed, parseAddress, parseCount, parseDate, parseMoney, parsePhone, parseYesNo } from './values.ts';

/** Which household field each column is read as: column name → field key. Unlisted columns are ignored. */
export type ColumnMapping = Readonly<Record<string, string>>;

export interface CellError {
  /** The column's name as in the file's header. */
  readonly column: string;
  readonly message: Label;
}

export interface MappedRow {
  readonly household: Record<string, unknown>;
  readonly reference: string | null;
  /** The phone's digits, kept apart from the household: the engine never reads it, a case made from the row does. */
  readonly phone: string | null;
  /** What else the list says the household receives (RECEIPT_KEYS → yes/no), apart from the household too. */
  readonly receives: Readonly<Record<string, boolean>>;
  readonly errors: readonly CellError[];
}

const squash = (s: string) => s.replace(/[\s·ㆍ_\-()（）[\].:/]/g, '').toLowerCase();

/**
 * A first mapping for a file's headers: a column whose name is a field's usual name (or its label)
 * maps to it (a name two fields share, last); failing that, the longest usual name the column's name
 * contains. Each field is used once.
 */
export function suggestMapping(headers: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const used = new Set<string>();
  const names = (f: TargetField) => [...f.headerWords, f.label.ko, f.key].map(squash).filter((w) => w.length > 0);
  const claim = (header: string, pick: (h: string) => TargetField | undefined) => {
    if (out[header]) return;
    const f = pick(squash(header));
    if (f) {
      out[header] = f.key;
      used.add(f.key);
    }
  };
  // Exact names, in column order; a name two fields share ("주거형태": the tenure or the dwelling)
  // only after the rest, so a plain "점유형태" takes the tenure and "주거형태" the field left over.
  const shared = (h: string) => TARGET_FIELDS.filter((f) => names(f).includes(h)).length > 1;
  for (const ambiguous of [false, true]) {
    for (const header of headers) {
      if (shared(squash(header)) !== ambiguous) continue;
      claim(header, (h) => TARGET_FIELDS.find((f) => !used.has(f.key) && names(f).includes(h)));
    }
  }
  for (const header of headers) {
    claim(header, (h) => {
      let best: { f: TargetField; len: number } | undefined;
      for (const f of TARGET_FIELDS) {
        if (used.has(f.key)) continue;
        for (const w of names(f))
          if (w.length >= 2 && h.includes(w) && w.length > (best?.len ?? 0)) best = { f, len: w.length };
      }
      return best?.f;
    });
  }
  return out;
}

/** What is wrong with a mapping for these headers: columns the file lacks, fields that do not exist, a field twice. */
export function mappingProblems(
  mapping: ColumnMapping,
  headers: readonly string[],
): { path: string; ko: string; en: string }[] {
  const problems: { path: string; ko: string; en: string }[] = [];
  const seen = new Map<string, string>();
  for (const [column, key] of Object.entries(mapping)) {
    if (!headers.includes(column)) {
      problems.push({
        path: `mapping.${column}`,
        ko: `파일에 "${column}" 열이 없습니다. 파일의 열: ${headers.slice(0, 8).join(', ')}`,
        en: `the file has no column "${column}". Its columns: ${headers.slice(0, 8).join(', ')}`,
      });
    }
    if (!targetField(key)) {
      problems.push({
        path: `mapping.${column}`,
        ko: `"${key}"라는 항목은 없습니다.`,
        en: `there is no field "${key}".`,
      });
    } else if (seen.has(key)) {
      problems.push({
        path: `mapping.${column}`,
        ko: `"${column}" 열과 "${seen.get(key)}" 열이 같은 항목(${targetField(key)?.label.ko})에 연결되어 있습니다.`,
        en: `columns "${column}" and "${seen.get(key)}" are both mapped to ${key}.`,
      });
    }
    seen.set(key, column);
  }
  return problems;
}

/** One cell read as its field's kind (money, date, yes/no …): a value, null when blank, or a message. */
export function parseCell(field: TargetField, raw: string): Parsed<unknown> {
  switch (field.kind) {
    case 'money':
      return parseMoney(raw);
    case 'number':
      return parseCount(raw, field.max ?? 1_000_000);
    case 'yesno':
      return parseYesNo(raw);
    case 'date':
      return parseDate(raw);
    case 'address':
      return parseAddress(raw);
    case 'phone':
      return parsePhone(raw);
    case 'choice':
      return parseChoice(raw, field.key.replace(/^head\./, ''), field.values ?? [], field.valueLabels);
    case 'text': {
      const text = raw.trim().slice(0, 100);
      return { ok: true, value: text === '' ? null : text };
    }
  }
}

/**
 * One row of a list read into the household format through a mapping. Each cell is parsed by its
 * field's kind; a cell that cannot be read is an error naming its column, and the field is left
 * unknown. Head-of-household fields become the first member; a household size adds members of
 * whom nothing is known, so the engine asks about them instead of assuming.
 */
export function mapRow(headers: readonly string[], cells: readonly string[], mapping: ColumnMapping): MappedRow {
  const values: [string, unknown][] = [];
  const errors: CellError[] = [];
  headers.forEach((column, i) => {
    const key = mapping[column];
    const field = key ? targetField(key) : undefined;
    if (!field) return;
    const parsed = parseCell(field, cells[i] ?? '');
    if (!parsed.ok) errors.push({ column, message: parsed.message });
    else values.push([field.key, parsed.value]);
  });
  // Written out, not `{ ...assembled, errors }`: on Node 20 a spread copy that gains a field costs ~1 µs a row.
  const row = assembleHousehold(values);
  return { household: row.household, reference: row.reference, phone: row.phone, receives: row.receives, errors };
}

/**
 * Field values read from a row (field key → value, null for a blank cell, in column order) put
 * together as a household: head-of-household fields become the first member, a household size
 * adds members of whom nothing is known; the reference, phone and receipts are set apart.
 */
export function assembleHousehold(
  values: readonly (readonly [string, unknown])[],
): Omit<MappedRow, 'errors'> & { household: Record<string, unknown> } {
  const household: Record<string, unknown> = {};
  const head: Record<string, unknown> = {};
  const receives: Record<string, boolean> = {};
  let reference: string | null = null;
  let phone: string | null = null;
  let size: number | null = null;
  for (const [key, value] of values) {
    if (value === null) continue;
    if (key === 'reference') reference = value as string;
    else if (key === 'phone') phone = value as string;
    else if (key.startsWith('receives.')) receives[key] = value as boolean;
    else if (key === 'householdSize') size = value as number;
    else if (key.startsWith('head.')) head[key.slice(5)] = value;
    else household[key] = value;
  }
  if (Object.keys(head).length > 0 || size !== null) {
    const members: Record<string, unknown>[] = [{ relation: 'head', ...head }];
    for (let n = 1; n < (size ?? 1); n++) members.push({});
    household.members = members;
  }
  return { household, reference, phone, receives };
}

/** The column a validation error's path points at, through the mapping (or "" when none does). */
export function columnOf(path: string, mapping: ColumnMapping): string {
  const key = path.replace(/^members\[0\]\./, 'head.').replace(/^members(\[\d+\])?.*$/, 'householdSize');
  const byKey = Object.entries(mapping).find(([, k]) => k === key || (key === 'head.age' && k === 'head.birthDate'));
  if (byKey) return byKey[0];
  if (key === 'region' || key === 'gwangjuDistrict') {
    return Object.entries(mapping).find(([, k]) => k === 'address')?.[0] ?? '';
  }
  return '';
}
