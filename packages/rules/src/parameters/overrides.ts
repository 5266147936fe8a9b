import type { Program } from '../program/types.ts';
import type { Label } from '../schema/fields.ts';
import { isIsoDate } from '../util/dates.ts';
import { periodInForce } from './lookup.ts';
import type { ParameterDef, ParameterPeriod, TableValue, Unit } from './types.ts';

/**
 * A policy what-if: one figure given another value. A scenario is a list of these, applied on top
 * of the dated history for one screening date (`withOverrides`).
 */
export interface ParameterOverride {
  /** The parameter's id, e.g. "housing-benefit.selection-rate". */
  readonly parameter: string;
  /** A number for a scalar; for a table, the same keys at every level with a number in each cell. */
  readonly value: number | TableValue;
  /** First day the new value is in force (ISO); absent: from the screening date. */
  readonly from?: string;
}

/** Why an override cannot be applied; `path` names the place in the scenario ("1.value.3"). */
export interface OverrideProblem extends Label {
  readonly index: number;
  readonly parameter: string;
  readonly path: string;
}

/**
 * A policy what-if the engine cannot apply: every problem at once, each with the override it is
 * about and Korean and English words, so a form can mark each field.
 */
export class ScenarioError extends Error {
  override name = 'ScenarioError';
  constructor(readonly problems: readonly OverrideProblem[]) {
    super(`scenario: ${problems.map((p) => `${p.path}: ${p.en}`).join('; ')}`);
  }
}

/**
 * Largest value a figure of each unit may be given: far above any real figure, low enough that a
 * slip of the keyboard (48 for 0.48) is caught and sums stay exact in floating point.
 */
export const OVERRIDE_MAX: Readonly<Record<Unit, number>> = Object.freeze({
  KRW: 1e13,
  'KRW/month': 1e11,
  'KRW/year': 1e12,
  ratio: 10,
  count: 1_000_000,
  years: 150,
  m2: 100_000,
  bool: 1,
});

/** The period an override adds: its citation says it is an assumption, not a published figure. */
const ASSUMED = Object.freeze({
  title:
    '정책 모의 계산에서 가정한 값 (고시된 값이 아님) / a value assumed in a policy what-if, not a published figure',
  url: 'about:blank',
});

/**
 * The programs with the overrides applied for `date`: a program reading an overridden figure is
 * copied with that figure's definition replaced (one new definition per old one, so programs that
 * shared a figure still share it, which the catalog batch relies on); the others are returned as
 * they are. Every evaluator resolves figures through `program.parameters`, so scalar, batch and SQL
 * all see the new value. Throws `ScenarioError` listing every problem (unknown figure, a value of
 * the wrong shape or out of range, a date after the screening date, a figure given twice).
 */
export function withOverrides(
  programs: readonly Program[],
  overrides: readonly ParameterOverride[],
  date: string,
): Program[] {
  if (!isIsoDate(date)) throw new RangeError(`screening date must be an ISO date, got "${date}"`);
  if (overrides.length === 0) return [...programs];
  const problems: OverrideProblem[] = [];
  const byId = new Map<string, ParameterOverride>();
  overrides.forEach((o, index) => {
    const say = (path: string, ko: string, en: string) =>
      problems.push({ index, parameter: o.parameter, path: path ? `${index}.${path}` : String(index), ko, en });
    const defs = programs.flatMap((p) => {
      const d = p.parameters.get(o.parameter);
      return d ? [d] : [];
    });
    if (byId.has(o.parameter))
      say('parameter', '같은 기준을 두 번 바꿀 수 없습니다.', 'the same figure is given twice.');
    else if (defs.length === 0) {
      say('parameter', '이 선별의 제도가 읽는 기준이 아닙니다.', 'no program of this screening reads this figure.');
    } else {
      for (const d of new Set(defs)) valueProblems(d, o.value, date, say);
    }
    if (o.from !== undefined && !isIsoDate(o.from))
      say('from', '날짜 형식이 아닙니다 (예: 2026-01-01).', 'not a date (e.g. 2026-01-01).');
    else if (o.from !== undefined && o.from > date) {
      say(
        'from',
        `이 날짜부터라면 선별 기준일(${date})에는 쓰이지 않습니다.`,
        `from this date it would not be in force on the screening date (${date}).`,
      );
    }
    byId.set(o.parameter, o);
  });
  if (problems.length > 0) throw new ScenarioError(problems);

  const replaced = new Map<ParameterDef, ParameterDef>();
  const replace = (d: ParameterDef, o: ParameterOverride) => {
    let r = replaced.get(d);
    if (r === undefined) {
      r = overridden(d, o.value, o.from ?? date);
      replaced.set(d, r);
    }
    return r;
  };
  return programs.map((p) => {
    if (!overrides.some((o) => p.parameters.has(o.parameter))) return p;
    const parameters = new Map(p.parameters);
    for (const [id, d] of p.parameters) {
      const o = byId.get(id);
      if (o) parameters.set(id, replace(d, o));
    }
    return Object.freeze({ ...p, parameters });
  });
}

/** The definition with `value` in force from `from` on, the history before it kept as it was. */
function overridden(def: ParameterDef, value: number | TableValue, from: string): ParameterDef {
  const before: ParameterPeriod[] = [];
  for (const p of def.periods) {
    if (p.from >= from) continue;
    const end = p.to;
    before.push(end !== undefined && end < from ? p : { ...p, to: dayBefore(from) });
  }
  const added: ParameterPeriod = { from, value, citation: ASSUMED, evidence: 'recall' };
  return Object.freeze({ ...def, periods: Object.freeze([...before, added]) });
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

type Say = (path: string, ko: string, en: string) => void;

/**
 * A number for a scalar, the same table for a table: the keys of the value it replaces (in force
 * on the screening date, else the latest) at every level, each cell a finite number within the
 * unit's range (0 or 1 for a yes/no figure).
 */
function valueProblems(def: ParameterDef, value: unknown, date: string, say: Say): void {
  const depth = def.dimensions?.length ?? 0;
  const like = periodInForce(def, date)?.value ?? latestValue(def);
  const cell = (v: unknown, path: string) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      say(path, '숫자를 넣어 주세요.', 'give a number.');
      return;
    }
    const max = OVERRIDE_MAX[def.unit];
    if (def.unit === 'bool' && v !== 0 && v !== 1)
      say(path, '0(아니오) 또는 1(예)이어야 합니다.', 'must be 0 (no) or 1 (yes).');
    else if (v < 0) say(path, '0 이상이어야 합니다.', 'must be 0 or more.');
    else if (v > max) {
      say(
        path,
        `${max.toLocaleString('en-US')} 이하여야 합니다${def.unit === 'ratio' ? ' (비율은 0.48이 48 %입니다)' : ''}.`,
        `must be at most ${max.toLocaleString('en-US')}${def.unit === 'ratio' ? ' (a ratio: 0.48 is 48 %)' : ''}.`,
      );
    }
  };
  const walk = (v: unknown, like: number | TableValue | undefined, level: number, path: string) => {
    if (level === depth) return cell(v, path);
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      say(path, '표 값이어야 합니다 (칸마다 숫자).', 'must be a table (a number in each cell).');
      return;
    }
    const want = typeof like === 'object' ? Object.keys(like) : [];
    const got = Object.keys(v);
    const missing = want.filter((k) => !got.includes(k));
    const extra = got.filter((k) => !want.includes(k));
    if (missing.length || extra.length) {
      const list = (ks: string[]) => ks.map((k) => `"${k}"`).join(', ');
      say(
        path,
        `표의 칸이 지금 표와 같아야 합니다${missing.length ? `. 빠진 칸: ${list(missing)}` : ''}${extra.length ? `. 없는 칸: ${list(extra)}` : ''}.`,
        `the table must have the current table's keys${missing.length ? `; missing: ${list(missing)}` : ''}${extra.length ? `; unknown: ${list(extra)}` : ''}.`,
      );
      return;
    }
    for (const k of want) {
      walk((v as Record<string, unknown>)[k], (like as TableValue)[k], level + 1, `${path}.${k}`);
    }
  };
  walk(value, like, 0, 'value');
}

/** The latest period's value (periods may be listed in any order). */
function latestValue(def: ParameterDef): number | TableValue | undefined {
  let last: ParameterPeriod | undefined;
  for (const p of def.periods) if (last === undefined || p.from > last.from) last = p;
  return last?.value;
}
