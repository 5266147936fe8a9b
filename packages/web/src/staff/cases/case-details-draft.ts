import { hasUnitWords, moneyChars, parseMoney } from '../../self-check/questionnaire/money.ts';
import { DISTRICT_LABEL } from '../shell/strings.ts';
import type { CaseDetail } from '../shell/types.ts';
import {
  FACT_KEYS,
  factField,
  factText,
  factValue,
  isMemberFactKey,
  MEMBER_FACT_KEYS,
  memberFactField,
} from './case-details-facts.ts';
import { ASSET_KEYS, INCOME_KEYS } from './case-details-strings.ts';

/** The housing fields typed as text; money ones are shown with separators. */
export const HOUSING_TEXT = ['dong', 'detail', 'conditionNotes'] as const;
export const HOUSING_MONEY = ['deposit', 'monthlyRent', 'arrearsAmount'] as const;
export const HOUSING_CHOICE = ['tenure', 'housingType'] as const;

/** What the counselor has typed, all as text: empty means "not known", never 0. */
export interface DetailsDraft {
  housing: Record<string, string>;
  ownsHome: '' | 'yes' | 'no';
  assets: Record<string, string>;
  /** The other answers the engine reads (benefits received, car, marriage, parents …), as text. */
  facts: Record<string, string>;
  /** One row per household member (the case's people, or the household's members if more): incomes and disability. */
  incomes: Record<string, string>[];
  needs: string;
}

type Member = Record<string, unknown>;
const membersOf = (c: CaseDetail): Member[] =>
  Array.isArray(c.household?.members) ? (c.household.members as Member[]) : [];
const asText = (v: unknown) => (typeof v === 'number' ? String(v) : typeof v === 'string' ? v : '');

export const rowCount = (c: CaseDetail) => Math.max(c.people.length, membersOf(c).length);

/** The answers the housing record and the engine's household share (same names, values and units). */
const SHARED_ANSWERS: readonly string[] = ['tenure', 'housingType', 'deposit', 'monthlyRent'];

/**
 * A housing field as the form shows it: the record's, or for an answer both hold, the household's
 * when the record has none (a case opened from a citizen's request before the server copied them),
 * so that saving the form never drops what the citizen told.
 */
function housingAnswer(c: CaseDetail, k: string): unknown {
  const own = c.housing[k];
  return own === undefined && SHARED_ANSWERS.includes(k) ? c.household?.[k] : own;
}

/** The case as the form shows it. */
export function draftOf(c: CaseDetail): DetailsDraft {
  const h = c.household ?? {};
  const members = membersOf(c);
  return {
    housing: Object.fromEntries(
      [...HOUSING_TEXT, ...HOUSING_MONEY, ...HOUSING_CHOICE, 'arrearsMonths'].map((k) => [
        k,
        asText(housingAnswer(c, k)),
      ]),
    ),
    ownsHome: h.ownsHome === true ? 'yes' : h.ownsHome === false ? 'no' : '',
    assets: Object.fromEntries(ASSET_KEYS.map((k) => [k, asText(h[k])])),
    facts: Object.fromEntries(FACT_KEYS.map((k) => [k, factText(factField(k), h[k])])),
    incomes: Array.from({ length: rowCount(c) }, (_, n) => ({
      ...Object.fromEntries(INCOME_KEYS.map((k) => [k, asText(members[n]?.[k])])),
      ...Object.fromEntries(MEMBER_FACT_KEYS.map((k) => [k, factText(memberFactField(k), members[n]?.[k])])),
    })),
    needs: c.needs.join(', '),
  };
}

/** A money field's text as shown: "1500000" → "1,500,000" (a typed minus stays, so the server can refuse it). */
/** As typed: digits, or words such as "30만" or "1억 2천만" kept to be read as said (moneyOf). */
export const keepMoney = (text: string) => (hasUnitWords(text) ? text : moneyChars(text));

/** Text → won; undefined when empty, NaN when something was typed that is no number. */
export function moneyOf(text: string | undefined): number | undefined {
  if (!text || text.trim() === '') return undefined;
  return parseMoney(text, 'won') ?? Number.NaN;
}

/** Field ids of what was typed but is no number (checked before anything is sent). */
export function notNumbers(d: DetailsDraft): string[] {
  const bad: string[] = [];
  for (const k of [...HOUSING_MONEY, 'arrearsMonths'])
    if (Number.isNaN(moneyOf(d.housing[k]))) bad.push(`cd-housing-${k}`);
  for (const k of ASSET_KEYS) if (Number.isNaN(moneyOf(d.assets[k]))) bad.push(`cd-household-${k}`);
  for (const k of FACT_KEYS) if (Number.isNaN(factValue(factField(k), d.facts[k]))) bad.push(`cd-household-${k}`);
  d.incomes.forEach((row, n) => {
    for (const k of INCOME_KEYS) if (Number.isNaN(moneyOf(row[k]))) bad.push(`cd-member-${n}-${k}`);
  });
  return bad;
}

/** Sets a key, or removes it when the field was left empty (unknown to the engine). */
function put(target: Record<string, unknown>, key: string, value: unknown) {
  if (value === undefined || value === '') delete target[key];
  else target[key] = value;
}

/**
 * The PATCH body: housing, the engine's household and needs. The household keeps everything the
 * form does not show (ages, answers with no field here); what the form shows it overwrites.
 */
export function patchOf(c: CaseDetail, d: DetailsDraft) {
  const housing: Record<string, unknown> = {};
  for (const k of [...HOUSING_TEXT, ...HOUSING_CHOICE]) put(housing, k, d.housing[k]?.trim());
  for (const k of [...HOUSING_MONEY, 'arrearsMonths']) put(housing, k, moneyOf(d.housing[k]));

  const household: Record<string, unknown> = { ...(c.household ?? {}) };
  const sigungu = DISTRICT_LABEL[c.district]?.ko;
  if (!household.address && sigungu) household.address = { sido: '광주광역시', sigungu };
  for (const k of ['tenure', 'housingType', 'deposit', 'monthlyRent']) put(household, k, housing[k]);
  put(household, 'ownsHome', d.ownsHome === '' ? undefined : d.ownsHome === 'yes');
  for (const k of ASSET_KEYS) put(household, k, moneyOf(d.assets[k]));
  for (const k of FACT_KEYS) put(household, k, factValue(factField(k), d.facts[k]));
  const members = membersOf(c);
  household.members = d.incomes.map((row, n) => {
    const person = c.people[n];
    const m: Member = { ...(members[n] ?? {}) };
    if (person) {
      m.relation = person.relation;
      // The birth date decides the age on the screening day; a stored age would only disagree.
      if (person.birthDate) {
        m.birthDate = person.birthDate;
        delete m.age;
        delete m.yearAge;
      }
    }
    if (!m.relation) m.relation = n === 0 ? 'head' : 'other';
    for (const k of INCOME_KEYS) put(m, k, moneyOf(row[k]));
    for (const k of MEMBER_FACT_KEYS) put(m, k, factValue(memberFactField(k), row[k]));
    return m;
  });

  return {
    version: c.version,
    housing,
    household,
    needs: d.needs
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  };
}

/**
 * patchOf with only the parts this draft changes: a save that touched incomes alone was recorded as
 * changing 주거, 소득·재산 and 필요한 도움. A part is unchanged when it is what the case's own form,
 * untouched, would send. Null when nothing changed.
 */
export function changedPatchOf(c: CaseDetail, d: DetailsDraft) {
  const now = patchOf(c, d);
  const was = patchOf(c, draftOf(c));
  const same = (k: 'housing' | 'household' | 'needs') => JSON.stringify(now[k]) === JSON.stringify(was[k]);
  const parts = (['housing', 'household', 'needs'] as const).filter((k) => !same(k));
  if (parts.length === 0) return null;
  return { version: now.version, ...Object.fromEntries(parts.map((k) => [k, now[k]])) };
}

/**
 * The form's field id for a server error path ("body.household.members.0.earnedIncome",
 * "housing.deposit", "household.members[1].age"); undefined when the form has no such field.
 */
export function fieldIdOfPath(path: string): string | undefined {
  const p = path
    .replace(/^body\./, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^\//, '')
    .replace(/\//g, '.');
  const member = p.match(/^household\.members\.(\d+)\.(\w+)/);
  if (member) {
    const known = INCOME_KEYS.includes(member[2] as never) || isMemberFactKey(member[2] ?? '');
    return known ? `cd-member-${member[1]}-${member[2]}` : undefined;
  }
  const h = p.match(/^household\.(\w+)/)?.[1];
  if (h) {
    if ((ASSET_KEYS as readonly string[]).includes(h)) return `cd-household-${h}`;
    if (h === 'ownsHome' || (FACT_KEYS as readonly string[]).includes(h)) return `cd-household-${h}`;
    if (['tenure', 'housingType', 'deposit', 'monthlyRent'].includes(h)) return `cd-housing-${h}`;
    return undefined;
  }
  const housing = p.match(/^housing\.(\w+)/)?.[1];
  if (housing) return `cd-housing-${housing}`;
  if (p.startsWith('needs')) return 'cd-needs';
  return undefined;
}
