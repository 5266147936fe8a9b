import {
  capitalize,
  type DecisionWithReasons,
  decideWithReasons,
  type Evidence,
  fillFigures,
  type Household,
  inForceOn,
  type Label,
  type MissingInput,
  ParameterLookupError,
  type SharedValues,
  sharedValues,
  type ValidationError,
} from '@jibsa/rules';
import { type CatalogEntry, catalog } from '../catalog/registry.ts';
import { rulesVersion } from '../catalog/rules-version.ts';
import { olderYearlyFigures } from '../catalog/yearly-figures.ts';
import { checkHousehold } from '../household/prepare.ts';
import { gradeReasons, type Reason } from './evidence.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface ProgramScreening {
  readonly id: string;
  readonly name: Label;
  readonly status: 'eligible' | 'ineligible' | 'unknown';
  readonly amount: number | null;
  readonly amountLabel: Label | null;
  readonly summary: Label;
  /** One plain sentence per criterion, from the engine's trace. */
  readonly reasons: readonly {
    readonly id: string;
    readonly outcome: boolean | null;
    readonly text: Label;
    /** Rests on a figure below `secondary`: show it marked ※, with `figuresNote` once under the reasons. */
    readonly weak?: true;
  }[];
  readonly missing: readonly MissingInput[];
  readonly parameters: DecisionWithReasons['parameters'];
  /**
   * The weakest evidence among the figures this result read: `official` · `secondary` · `single` · `recall`.
   * Below `secondary`, the reasons that rest on such a figure are marked `weak` and `figuresNote` names them.
   */
  readonly evidence: Evidence;
  /** Which weak figures the reasons marked `weak` rest on, and to check before applying: one note a result. */
  readonly figuresNote?: Label;
  /** Figures for this date are not encoded (or not verified enough to use): why, in words. */
  readonly unavailable?: Label;
  /** With `unavailable`: the id of the parameter that has no figure for the date. */
  readonly unavailableParameter?: string;
  /** The first day a newer figure this result read takes effect, when Jibsa already has it. */
  readonly nextFiguresOn?: string;
  /**
   * Set when a figure that is set anew every year (기준 중위소득, 기준임대료: YEARLY_FIGURES) is not in
   * Jibsa yet for the date's year: the year of the figures used instead, so the result is an estimate.
   */
  readonly figuresYear?: number;
}

export interface Screening {
  readonly ok: true;
  readonly date: string;
  /** Fingerprint of the program rules and figures used (see rulesVersion), to read beside `date`. */
  readonly rulesVersion: string;
  readonly programs: readonly ProgramScreening[];
  /** Inputs that could still change some result, most useful first: the next questions to ask. */
  readonly nextQuestions: readonly {
    readonly path: string;
    readonly label: Label;
    readonly programs: readonly string[];
  }[];
}

export type ScreenOutcome = Screening | { readonly ok: false; readonly errors: readonly ValidationError[] };

/** Today in Korea (UTC+9, no daylight saving): a birthday or a new year begins at midnight KST, not UTC. */
export const todayIso = (now: Date = new Date()) => new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);

/**
 * Screens one household against every program as of `date`: the one entry point for web, API and CLI.
 * `programs` replaces the catalog; `extraPrograms` (e.g. a center's local programs from
 * loadLocalPrograms) are screened after it.
 */
export function screenHousehold(
  input: unknown,
  opts: { date?: string; programs?: readonly CatalogEntry[]; extraPrograms?: readonly CatalogEntry[] } = {},
): ScreenOutcome {
  const date = opts.date ?? todayIso();
  const checked = checkHousehold(input, date);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const entries = [...(opts.programs ?? catalog), ...(opts.extraPrograms ?? [])];
  // Programs computing the same variable (소득인정액, household size...) for this household compute it once.
  const shared = sharedValues();
  const programs = entries.filter((e) => e.program).map((e) => screenOne(e, checked.value, date, shared));
  // Hashed per array (memoised), so a center's local programs loaded once cost one hash, not one per call.
  const base = rulesVersion(opts.programs ?? catalog);
  const version = opts.extraPrograms?.length ? `${base}-${rulesVersion(opts.extraPrograms)}` : base;
  return { ok: true, date, rulesVersion: version, programs, nextQuestions: rankQuestions(programs) };
}

function screenOne(entry: CatalogEntry, household: Household, date: string, shared: SharedValues): ProgramScreening {
  const program = entry.program;
  if (!program) throw new Error(`${entry.id} has no rules`);
  // The program's own period decides (as in decide, batch and SQL); the metadata says how sure the date is.
  const start = startsAfter(program, date);
  if (start !== undefined) return notYetStarted(entry, start, entry.metadata.startedOn?.verified ?? false);
  try {
    // A screening shows reasons, parameters and missing inputs, never the values list.
    const r = decideWithReasons(program, household, { date, values: false, shared });
    const criteria = r.criteria;
    const reasons: Reason[] = new Array(criteria.length);
    const worded: (readonly string[])[] = new Array(criteria.length);
    for (let i = 0; i < criteria.length; i++) {
      const c = criteria[i] as (typeof criteria)[number];
      reasons[i] = { id: c.id, outcome: c.outcome, text: c.sentence };
      worded[i] = c.figures;
    }
    nameRepeatedReasons(reasons, criteria);
    const graded = gradeReasons(program, reasons, r.parameters, worded);
    const dated = datedFacts(program, date);
    const out: Mutable<ProgramScreening> = {
      id: entry.id,
      name: entry.metadata.name,
      status: r.status,
      amount: r.amount,
      amountLabel: dated.amountLabel,
      summary: r.summary,
      reasons: graded.reasons,
      missing: r.missing,
      parameters: r.parameters,
      evidence: graded.evidence,
    };
    if (graded.figuresNote !== undefined) out.figuresNote = graded.figuresNote;
    // Set only when there is one, last, as the result has always listed it.
    const next = nextFigures(dated.later, r.parameters);
    if (next !== undefined) out.nextFiguresOn = next;
    const older = olderYearlyFigures(r.parameters, date);
    if (older !== undefined) out.figuresYear = older;
    return out;
  } catch (error) {
    if (!(error instanceof ParameterLookupError)) throw error;
    const what = program.parameters.get(error.parameterId)?.label ?? { ko: error.parameterId, en: error.parameterId };
    const unavailable = {
      ko: `${koreanDate(date)}에 쓰는 '${what.ko}' 수치를 아직 넣지 못해 판단할 수 없습니다. 센터에 물어봐 주세요.`,
      en: `The figure "${what.en}" in force on ${date} is not in Jibsa yet, so this cannot be decided. Please ask the center.`,
    };
    return {
      id: entry.id,
      name: entry.metadata.name,
      status: 'unknown',
      amount: null,
      amountLabel: datedFacts(program, date).amountLabel,
      summary: unavailable,
      reasons: [],
      missing: [],
      parameters: [],
      evidence: 'recall',
      unavailable,
      unavailableParameter: error.parameterId,
    };
  }
}

/**
 * Two rules met for one cause read the same ("나이 42세가 원가구 기준을 보지 않는 나이 30세 이상입니다"
 * for both of 청년월세's parents' tests): each such reason then begins with its rule's name, so the
 * list does not show one line twice.
 */
function nameRepeatedReasons(reasons: Reason[], criteria: DecisionWithReasons['criteria']): void {
  for (let i = 0; i < criteria.length; i++) {
    const c = criteria[i] as (typeof criteria)[number];
    const s = c.sentence.ko;
    for (let j = 0; j < criteria.length; j++) {
      const t = (criteria[j] as (typeof criteria)[number]).sentence.ko;
      // Lengths first: sentences are built by joining, and comparing their text flattens them.
      if (j === i || t.length !== s.length || t !== s) continue;
      const r = reasons[i] as Reason;
      reasons[i] = {
        id: r.id,
        outcome: r.outcome,
        text: { ko: `${c.label.ko}: ${s}`, en: `${capitalize(c.label.en)}: ${c.sentence.en}` },
      };
      break;
    }
  }
}

/** Ends a reason resting on a weak figure wherever reasons are plain text. */
export const WEAK_MARK = ' ※';

/**
 * A result's reasons as plain text (the CLI's table, CSV and NDJSON), each resting on a weak figure
 * ending " ※"; `figuresNote` says which figures those are, once.
 */
export function markedReasons(p: ProgramScreening): Label[] {
  return p.reasons.map((r) => (r.weak ? { ko: `${r.text.ko}${WEAK_MARK}`, en: `${r.text.en}${WEAK_MARK}` } : r.text));
}

/** The day the program began, when `date` is before it (a plain "no", not "figures missing"). */
export function startsAfter(program: NonNullable<CatalogEntry['program']>, date: string): string | undefined {
  const from = program.inForce?.from;
  return from && date < from && !inForceOn(program, date) ? from : undefined;
}

/** When a newer period of any figure the result read begins after `date`: the earliest such day. */
function nextFigures(later: ReadonlyMap<string, string>, used: DecisionWithReasons['parameters']): string | undefined {
  // Most programs have no figure dated after a recent date: nothing the result read can have one.
  if (later.size === 0) return undefined;
  let next: string | undefined;
  for (let i = 0; i < used.length; i++) {
    const from = later.get((used[i] as (typeof used)[number]).id);
    if (from !== undefined && (next === undefined || from < next)) next = from;
  }
  return next;
}

/**
 * What a program's results share on one date, remembered per program for the last date asked (a
 * screening asks the same for every household on one date; programs are frozen): the amount's
 * label with its figures filled in, and the first day of each figure's first period after the date,
 * for the figures that have one.
 */
interface Dated {
  readonly date: string;
  readonly amountLabel: Label | null;
  readonly later: ReadonlyMap<string, string>;
}

const datedByProgram = new WeakMap<object, Dated>();

function datedFacts(program: NonNullable<CatalogEntry['program']>, date: string): Dated {
  let hit = datedByProgram.get(program);
  if (hit === undefined || hit.date !== date) {
    const amountLabel = program.amount ? fillFigures(program.amount.label, program, date) : null;
    hit = { date, amountLabel, later: laterPeriods(program, date) };
    datedByProgram.set(program, hit);
  }
  return hit;
}

function laterPeriods(program: NonNullable<CatalogEntry['program']>, date: string): Map<string, string> {
  const later = new Map<string, string>();
  for (const [id, def] of program.parameters) {
    let next: string | null = null;
    for (const period of def.periods) {
      if (period.from > date && (next === null || period.from < next)) next = period.from;
    }
    if (next !== null) later.set(id, next);
  }
  return later;
}

/** Screening a date before the program existed: a plain "no", not "figures missing". */
function notYetStarted(entry: CatalogEntry, startDate: string, verified: boolean): ProgramScreening {
  // An unchecked start date says so, like any [미확인] figure.
  const text = {
    ko: `이 제도는 ${koreanDate(startDate)}에 시작되어 그 전 날짜에는 받을 수 없었습니다.${verified ? '' : ' (시작일은 공식 안내로 아직 확인하지 못했습니다.)'}`,
    en: `This program started on ${startDate}; it did not exist on earlier dates.${verified ? '' : ' (The start date is not yet checked against the official notice.)'}`,
  };
  return {
    id: entry.id,
    name: entry.metadata.name,
    status: 'ineligible',
    amount: null,
    amountLabel: entry.program?.amount ? fillFigures(entry.program.amount.label, entry.program, startDate) : null,
    summary: text,
    reasons: [{ id: 'program-started', outcome: false, text }],
    missing: [],
    parameters: [],
    evidence: verified ? 'official' : 'single',
  };
}

const koreanDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}년 ${m}월 ${d}일`;
};

/** An input missing for several programs is asked before one missing for a single program. */
function rankQuestions(programs: readonly ProgramScreening[]) {
  const byPath = new Map<string, { path: string; label: Label; programs: string[]; best: number }>();
  for (const p of programs) {
    for (const m of p.missing) {
      const seen = byPath.get(m.path) ?? { path: m.path, label: m.label, programs: [], best: Number.POSITIVE_INFINITY };
      seen.programs.push(p.id);
      seen.best = Math.min(seen.best, m.rank);
      byPath.set(m.path, seen);
    }
  }
  return [...byPath.values()]
    .sort((a, b) => b.programs.length - a.programs.length || a.best - b.best)
    .map(({ path, label, programs }) => ({ path, label, programs }));
}
