import type { Label } from '../schema/fields.ts';

/* What `decide` answers, apart from how (interpreter in decide.ts, generated code in compile.ts). */

export type Status = 'eligible' | 'ineligible' | 'unknown';

export interface MissingInput {
  /** "rent", "members[1].age", or "members" when the member list itself is unknown. */
  readonly path: string;
  readonly label: Label;
  /** 1 = ask first. */
  readonly rank: number;
  /** Criterion ids this input could still decide, or "amount". */
  readonly affects: readonly string[];
}

export interface CriterionOutcome {
  readonly id: string;
  readonly label: Label;
  readonly outcome: boolean | null;
}

/** The fast result: no sentences, no trace. What a questionnaire loop needs. */
export interface Decision {
  readonly id: string;
  readonly status: Status;
  /** Only when eligible: an ineligible household gets nothing, an undecided one is not promised anything. */
  readonly amount: number | null;
  readonly criteria: readonly CriterionOutcome[];
  readonly missing: readonly MissingInput[];
}
