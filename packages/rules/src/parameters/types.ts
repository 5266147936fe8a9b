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

export interface ParameterPeriod {
  /** First day this value is in force, ISO date (inclusive). */
  from: string;
  /** Optional last day in force (inclusive). If absent, runs until the next period's `from` (or open-ended for the last). */
  to?: string;
  value: number | TableValue;
  citation: Citation;
  /** false when the figure was not checked against the official text: surfaced in the UI and the closing note. */
  verified: boolean;
  /** Why unverified, or a legal quirk worth knowing. */
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
