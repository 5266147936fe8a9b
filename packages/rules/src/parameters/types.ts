/**
 * Dated, cited policy parameters. Shared contract between the engine (`packages/rules`)
 * and policy content (`packages/programs`): content is plain data of these shapes.
 */

/** Where a figure comes from: a law, a 고시, an official guide or notice. */
export interface Citation {
  /** e.g. "보건복지부 고시 제2025-135호 (2026년 기준 중위소득 및 생계·의료급여 선정기준과 최저보장수준)" */
  title: string;
  /** Official URL (law.go.kr, mohw.go.kr, molit.go.kr, myhome.go.kr, bokjiro.go.kr …). */
  url: string;
  /** Article, table or page within the source, e.g. "제2조 별표1". */
  article?: string;
}

/** Units are checked by the engine: adding KRW to a count is rejected when a program is defined. */
export type Unit =
  | 'KRW' // a stock amount (assets, deposit, debt)
  | 'KRW/month' // a monthly flow (income, rent, benefit)
  | 'KRW/year'
  | 'ratio' // 0.48 means 48 %
  | 'count' // persons, rooms
  | 'years' // ages, durations
  | 'm2'
  | 'bool';

/**
 * A table value: keys are dimension values (e.g. household size "1".."7", 급지 "1".."4").
 * Nested for two dimensions, in the order given by `dimensions`.
 */
export type TableValue = { readonly [key: string]: number | TableValue };

/**
 * The evidence a figure rests on, strongest first:
 * - `official`: read in the 고시, 사업안내, law text, or a government page itself;
 * - `secondary`: two or more independent non-official copies agree;
 * - `single`: one non-official copy;
 * - `recall`: not seen in any source (memory, an unsourced lead, a placeholder).
 */
export type Evidence = 'official' | 'secondary' | 'single' | 'recall';

/** The grades, strongest first. */
export const EVIDENCE_GRADES: readonly Evidence[] = Object.freeze(['official', 'secondary', 'single', 'recall']);

/** True below `secondary`: a result that rests on such a figure says so. */
export function isWeakEvidence(e: Evidence): boolean {
  return e === 'single' || e === 'recall';
}

/** The weakest of some grades (`official` for none). */
export function weakestEvidence(grades: Iterable<Evidence>): Evidence {
  let worst = 0;
  for (const g of grades) worst = Math.max(worst, EVIDENCE_GRADES.indexOf(g));
  return EVIDENCE_GRADES[worst] as Evidence;
}

export interface ParameterPeriod {
  /** First day this value is in force, ISO date (inclusive). */
  from: string;
  /** Optional last day in force (inclusive). If absent, runs until the next period's `from` (or open-ended for the last). */
  to?: string;
  value: number | TableValue;
  citation: Citation;
  /** What the figure rests on (see `Evidence`): surfaced in the UI, the API and the reasons. */
  evidence: Evidence;
  /**
   * Table cells whose evidence differs from the period's, keyed by their keys joined with "." (e.g.
   * `{ "7": "single" }` when the 7인 cell was seen in one copy only). A result reads the cell's grade.
   */
  cellEvidence?: { readonly [keys: string]: Evidence };
  /** What the evidence is (file ids, copies seen), or a legal quirk worth knowing. */
  note?: string;
}

export interface ParameterDef {
  /** Stable dotted id, laid out like the policy: "housing-benefit.standard-rent". */
  id: string;
  label: { ko: string; en: string };
  unit: Unit;
  /** Table dimensions, outermost first, e.g. ["gradeZone", "householdSize"]. Absent for a scalar. */
  dimensions?: readonly string[];
  /**
   * How a table handles keys beyond its largest numeric key, e.g. household sizes above 7.
   * "last": reuse the largest key's value. "error": out of range is an error.
   * Content that needs a rule (기준중위소득 8인 이상) encodes it in the program, not here.
   */
  beyondMax?: 'last' | 'error';
  periods: readonly ParameterPeriod[];
  /**
   * Why no program's rule reads this figure (shown to people, a published table kept to check a computed
   * line, a rule not encoded yet …). A parameter no program reads and without this reason fails a test.
   */
  informationOnly?: string;
  /** Ids of the cited parameters a re-keyed or joined copy was built from (a copy reads them). */
  derivedFrom?: readonly string[];
}
