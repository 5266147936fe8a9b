import type { Citation, Evidence, Label } from '@jibsa/rules';
import type { ProgramAbout, ProgramMetadata } from '../catalog/metadata.ts';

/**
 * The JSON format a 주거복지센터 uses to add its own LOCAL programs without touching engine code
 * (documented with an example in packages/programs/LOCAL-PROGRAMS.md). Version tag: FORMAT.
 * Every number is a dated, cited Figure, like the national parameters.
 */
export const FORMAT = 'jibsa-local-program@1';

export interface FigurePeriod {
  readonly from: string;
  readonly to?: string;
  readonly value: number;
  readonly citation: Citation;
  /** What the figure rests on: official · secondary · single · recall. */
  readonly evidence?: Evidence;
  /** Older files: true reads as `official`, false as `recall`. One of the two is required. */
  readonly verified?: boolean;
  readonly note?: string;
}

export interface Figure {
  readonly label?: Label;
  readonly periods: readonly FigurePeriod[];
}

export interface LocalCriteria {
  /** household.region values, e.g. ["metro"] (광주광역시 is "metro"). */
  readonly regions?: readonly string[];
  /** household.gwangjuDistrict values: dong, seo, nam, buk, gwangsan. */
  readonly districts?: readonly string[];
  readonly tenures?: readonly string[];
  readonly housingTypes?: readonly string[];
  /** true: nobody in the household may own a home (무주택). */
  readonly noHomeOwned?: boolean;
  /** Age of the applicant (the member marked 가구주), inclusive bounds. */
  readonly applicantAge?: { readonly min?: Figure; readonly max?: Figure };
  /**
   * Income at or below a share of 기준 중위소득 for the household size.
   * basis "recognized" = 소득인정액 (복지부 method); "gross" = members' income summed, no deductions.
   */
  readonly income?: { readonly basis: 'recognized' | 'gross'; readonly maxShareOfMedian: Figure };
}

export interface LocalAmount {
  readonly label?: Label;
  /** A fixed monthly amount (KRW/month). */
  readonly monthly: Figure;
  /** true: never more than the monthly rent the household pays. */
  readonly upToMonthlyRent?: boolean;
}

export interface LocalProgramFile {
  readonly format: typeof FORMAT;
  /** "local.<lowercase-words>", unique in the catalog. */
  readonly id: string;
  /** true for an example that is not a real program: names get a "[예시]"/"[SAMPLE]" prefix. */
  readonly sample?: boolean;
  /** The card's metadata and the page's texts (ProgramAbout) in one object. */
  readonly metadata: Omit<ProgramMetadata & ProgramAbout, 'id'>;
  readonly criteria: LocalCriteria;
  readonly amount?: LocalAmount;
}

/** One problem in a file: where (a JSON path such as `criteria.income.maxShareOfMedian.periods[0].citation.url`) and what. */
export interface LocalProgramError {
  readonly path: string;
  readonly message: Label;
}
