import { type Evidence, isIsoDate, listParameters, type Program, periodInForce, weakestEvidence } from '@jibsa/rules';
import { partialYears } from './partial-years.ts';
import type { CatalogEntry } from './registry.ts';

export const FIRST_YEAR = 2019;
export const FIRST_DATE = `${FIRST_YEAR}-01-01`;

/** A date screening accepts: a real calendar day (2025-02-30 is not) from the first covered year on. */
export function isScreeningDate(date: unknown): date is string {
  return isIsoDate(date) && date >= FIRST_DATE;
}

/**
 * Years (from 2019 to `lastYear`) in which every parameter a program uses has a period in force for
 * the whole time the program existed that year. The program's own period in force (`inForce`, the
 * one every backend applies) skips the years outside it and, in its first and last year, asks for
 * figures only for the days it existed.
 */
export function yearsCovered(program: Program, lastYear: number): number[] {
  const params = listParameters(program);
  const { from, until } = program.inForce ?? {};
  const years: number[] = [];
  for (let y = FIRST_YEAR; y <= lastYear; y++) {
    let start = `${y}-01-01`;
    let end = `${y}-12-31`;
    if ((from && from > end) || (until && until < start)) continue;
    if (from && from > start) start = from;
    if (until && until < end) end = until;
    if (params.every((d) => periodInForce(d, start) && periodInForce(d, end))) years.push(y);
  }
  return years;
}

/** The weakest evidence among the figures a program uses on a day (`recall` where a figure is missing). */
export function evidenceOn(program: Program, date: string): Evidence {
  return weakestEvidence(listParameters(program).map((d) => periodInForce(d, date)?.evidence ?? 'recall'));
}

/** Whether a year's figures were all read in the official text (mid-year). */
export function yearVerified(program: Program, year: number): boolean {
  return evidenceOn(program, `${year}-07-01`) === 'official';
}

/** The years a catalog entry can be screened for; none for information-only entries. */
export function entryYears(entry: CatalogEntry, lastYear: number): number[] {
  return entry.program ? yearsCovered(entry.program, lastYear) : [];
}

/** Of the years an entry covers, those where some households cannot be screened for missing table cells. */
export function entryPartialYears(entry: CatalogEntry, lastYear: number): number[] {
  return entry.program ? partialYears(entry.program, entryYears(entry, lastYear)) : [];
}
